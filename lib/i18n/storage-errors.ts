/** Storage failures in plain words. Quota errors also arrive as AbortError on some browsers. */
import { i18n } from './';

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException))) return false;
  const name = (error as { name?: string }).name ?? '';
  const inner = (error as { inner?: { name?: string } }).inner?.name ?? '';
  return (
    name === 'QuotaExceededError' || inner === 'QuotaExceededError' || /quota/i.test((error as Error).message ?? '')
  );
}

export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) return i18n.t('storage.diskFull');
  const name = (error as { name?: string } | null)?.name;
  // Not "please try again": an upgrade fails the same way each time. Say what to do instead.
  // Refused before anything was opened: the runner's own plain words (lib/commands/runner.ts).
  if (name === 'CommandArgumentError' && error instanceof Error) return error.message;
  if (name === 'MigrationError') return i18n.t('safety.migrationFailed');
  if (name === 'AbortError') return i18n.t('storage.interrupted');
  if (name === 'VersionError' || name === 'BlockedError') return i18n.t('storage.updatedElsewhere');
  if (error instanceof Error && error.message && !/^[A-Z][a-zA-Z]+Error/.test(error.message) && error.name === 'Error')
    return error.message;
  return i18n.t('storage.failed');
}
