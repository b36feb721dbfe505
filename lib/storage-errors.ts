/** Storage failures in plain words. Quota errors also arrive as AbortError on some browsers. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException))) return false;
  const name = (error as { name?: string }).name ?? '';
  const inner = (error as { inner?: { name?: string } }).inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' || /quota/i.test((error as Error).message ?? '');
}

export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) return 'Your disk is full, so nothing was saved. Free some space and try again; your saved partners are untouched.';
  const name = (error as { name?: string } | null)?.name;
  if (name === 'AbortError') return 'Saving was interrupted, so nothing was changed. Please try again.';
  if (name === 'VersionError' || name === 'BlockedError')
    return 'Partner Pipeline was updated in another window. Close its other tabs and try again; nothing was lost.';
  if (error instanceof Error && error.message && !/^[A-Z][a-zA-Z]+Error/.test(error.message) && error.name === 'Error') return error.message;
  return 'Something went wrong while saving, so nothing was changed. Please try again.';
}
