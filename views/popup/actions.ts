/** The popup's actions outside the database: tabs, the board, the privacy page, the page's own save. */
import { platformsOfUrl } from '@/lib/platforms/facts';

/** The privacy page (what is stored, where, how to export and erase it) in a tab. */
export function openPrivacy(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/privacy.html') });
  window.close();
}

/** The board in a tab, at one partner when given. */
export function openBoard(orgId?: string): void {
  const hash = orgId ? `#org=${encodeURIComponent(orgId)}` : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/board.html${hash}`) });
  window.close();
}

/** The active tab's id when it shows a page of one of the platforms (its address is visible through our host permissions). */
export async function activePlatformTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && platformsOfUrl(tab.url).length > 0 ? tab.id : undefined;
}

/** Ask that page to save (the same as its button, or hand entry where nothing can be read). */
export async function saveFromTab(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'page.save' });
  window.close();
}
