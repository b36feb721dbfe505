/**
 * Follow-up reminders in the background: a badge with the number due, and one notification a
 * day when something is due. Reads the store per event and keeps nothing in memory.
 */
import { openPipelineDb } from './db';
import { countDue } from './pipeline';
import { localIsoDate } from './dates-local';

export const REMINDER_ALARM = 'follow-up-check';
const LAST_NOTIFIED_KEY = 'lastFollowUpNotification';

export async function refreshReminders(notify: boolean): Promise<number> {
  const db = await openPipelineDb();
  let due: number;
  try {
    due = await countDue(db);
  } finally {
    db.close();
  }
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c2410c' });
  await browser.action.setTitle({ title: due > 0 ? `Partner Pipeline — ${due} follow-up${due === 1 ? '' : 's'} due` : 'Partner Pipeline' });
  const today = localIsoDate(new Date());
  const stored = await browser.storage.local.get(LAST_NOTIFIED_KEY);
  if (notify && due > 0 && stored[LAST_NOTIFIED_KEY] !== today) {
    await browser.notifications.create('follow-ups', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Time to follow up',
      message: `${due} partner${due === 1 ? ' is' : 's are'} waiting for your follow-up.`,
    });
    await browser.storage.local.set({ [LAST_NOTIFIED_KEY]: today });
  }
  return due;
}
