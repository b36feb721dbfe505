/** Small helpers for the popup's writes: one connection per action, then tell other views. */
import { notifyChanged } from '@/lib/changes';
import { openPipelineDb, type PipelineDatabase } from '@/lib/db';

export async function withDb<T>(work: (db: PipelineDatabase) => Promise<T>): Promise<T> {
  const db = await openPipelineDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export async function writeAndNotify<T>(action: () => Promise<T>): Promise<T> {
  const result = await action();
  notifyChanged();
  return result;
}

/** The privacy page (what is stored, where, how to export and erase it) in a tab. */
export function openPrivacy(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/privacy.html') });
  window.close();
}

/** The board in a tab, at one partner when given. */
export function openBoard(orgId?: string): void {
  const hash = orgId ? `#org=${encodeURIComponent(orgId)}` : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
  window.close();
}
