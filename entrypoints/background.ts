import { openDatabase } from '@/lib/store/db';
import { createMessageHandler } from '@/lib/background/handlers';
import { fetchPrpProject } from '@/lib/background/prp-service';
import { REMINDER_ALARM, refreshReminders } from '@/lib/background/reminders';
import { ALL_PAGE_MATCHES } from '@/lib/platforms/facts';
import { onChanged } from '@/lib/protocol/changes';
import { i18n } from '@/lib/i18n';
import { offeredMatchesIn, offeredMatchesInMemory } from '@/lib/background/offers';
import { createPanelOffers, panelOffersInMemory } from '@/lib/protocol/panel-offers';

// zod is set up without `new Function` (forbidden in the MV3 service worker) by lib/domain/zod.ts, its one entry.

const SAVE_MENU = 'save-partner';
const warn = (text: string, detail?: unknown) => console.warn(`[Partner Pipeline] ${text}`, detail ?? '');
const openBoard = async () => void (await browser.tabs.create({ url: browser.runtime.getURL('/board.html') }));
/** Ask the page's content script to save (the same as clicking its button). */
const saveFromTab = (tabId?: number) =>
  tabId !== undefined && browser.tabs.sendMessage(tabId, { type: 'page.save' }).catch(() => undefined);

/** Of these tabs, the one the user looked at last (lastAccessed needs no permission). */
const lastLookedAt = async (ids: Promise<number[]>): Promise<number | undefined> => {
  const tabs = await Promise.all((await ids).map((id) => browser.tabs.get(id).catch(() => undefined)));
  const open = tabs.filter((tab) => tab?.id !== undefined);
  return open.sort((a, b) => (b?.lastAccessed ?? 0) - (a?.lastAccessed ?? 0))[0]?.id;
};

export default defineBackground(() => {
  // storage.session outlives the worker between events; it is missing only in old browsers.
  const offers = browser.storage.session ? offeredMatchesIn(browser.storage.session) : offeredMatchesInMemory();
  const panelOffers = createPanelOffers(browser.storage.session ?? panelOffersInMemory());
  const handleMessage = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    // A page waits for its answer: a database held by another window fails within a second.
    openDb: () => openDatabase({ timeoutMs: 1000 }),
    openBoard: openBoard,
    fetchProject: (identifier) => fetchPrpProject(identifier, fetch.bind(globalThis)),
    offers,
    // The panel is a framed extension page (issue 15): content scripts no longer change partners.
    panelInPage: false,
    log: warn,
    panelOffers,
    // Reaches every extension page; each framed panel keeps only its own offer's.
    tellPanels: async (message) => void (await browser.runtime.sendMessage(message).catch(() => undefined)),
    // Page rules: picking, "Test on this tab" and "Report this page" run in the tab's top document (lib/background/page-rules-handlers).
    askTab: (tabId, request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined),
    platformTab: (platform) => lastLookedAt(panelOffers.tabsOf(platform)),
  });
  browser.tabs.onRemoved.addListener((tabId) => void panelOffers.remove(tabId));
  // Every listener is registered synchronously, so an event that wakes the worker is not missed.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender).then(sendResponse);
    return true;
  });
  browser.runtime.onInstalled.addListener(() => {
    // Ask the browser not to evict our data under storage pressure.
    void navigator.storage?.persist?.();
    browser.contextMenus.create({
      id: SAVE_MENU,
      title: i18n.t('page.contextMenu'),
      contexts: ['page', 'selection', 'link'],
      documentUrlPatterns: ALL_PAGE_MATCHES,
    });
    void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    void refreshReminders(false).catch((error) => warn('Could not count follow-ups', error));
  });
  browser.runtime.onStartup.addListener(
    () => void refreshReminders(true).catch((error) => warn('Could not count follow-ups', error)),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM)
      void refreshReminders(true).catch((error) => warn('Could not count follow-ups', error));
  });
  browser.tabs.onRemoved.addListener((tabId) => void offers.forget(tabId).catch(() => undefined));
  browser.notifications.onClicked.addListener(() => void openBoard());
  browser.contextMenus.onClicked.addListener((info, tab) => info.menuItemId === SAVE_MENU && void saveFromTab(tab?.id));
  browser.commands.onCommand.addListener((command, tab) => command === 'save-partner' && void saveFromTab(tab?.id));
  // Views and the background write the same store: keep the badge in step with every change.
  onChanged(() => void refreshReminders(false).catch((error) => warn('Could not count follow-ups', error)));
});
