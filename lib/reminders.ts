/**
 * Reminders in the background: a badge with the number of follow-ups due, and one
 * notification a day for follow-ups due and call deadlines coming up for the user's project
 * ideas. Reads the store per event and keeps nothing in memory.
 */
import { openPipelineDb } from './db';
import { countDue } from './pipeline';
import { localIsoDate } from './dates-local';
import { daysUntil } from './calls';
import { ideaDeadline } from './ideas';
import type { ProjectIdea } from './model';

export const REMINDER_ALARM = 'follow-up-check';
const LAST_NOTIFIED_KEY = 'lastFollowUpNotification';

/** Ideas whose deadline is within their reminder window and not yet past, soonest first. */
export function deadlinesComingUp(ideas: ProjectIdea[], today: string): { idea: ProjectIdea; days: number }[] {
  return ideas
    .map((idea) => ({ idea, deadline: ideaDeadline(idea) }))
    .filter((item): item is { idea: ProjectIdea; deadline: string } => !!item.deadline)
    .map(({ idea, deadline }) => ({ idea, days: daysUntil(deadline, today) }))
    .filter(({ idea, days }) => days >= 0 && days <= idea.remindDaysBefore)
    .sort((a, b) => a.days - b.days);
}

export function reminderMessage(due: number, deadlines: { idea: ProjectIdea; days: number }[]): string | undefined {
  const parts: string[] = [];
  if (due > 0) parts.push(`${due} partner${due === 1 ? ' is' : 's are'} waiting for your follow-up.`);
  for (const { idea, days } of deadlines.slice(0, 2)) parts.push(`“${idea.title}”: call deadline ${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`}.`);
  return parts.length ? parts.join(' ') : undefined;
}

export async function refreshReminders(notify: boolean): Promise<number> {
  const today = localIsoDate(new Date());
  const db = await openPipelineDb();
  let due: number;
  let ideas: ProjectIdea[];
  try {
    [due, ideas] = await Promise.all([countDue(db), db.getAll('ideas')]);
  } finally {
    db.close();
  }
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c2410c' });
  await browser.action.setTitle({ title: due > 0 ? `Partner Pipeline — ${due} follow-up${due === 1 ? '' : 's'} due` : 'Partner Pipeline' });
  const message = reminderMessage(due, deadlinesComingUp(ideas, today));
  const stored = await browser.storage.local.get(LAST_NOTIFIED_KEY);
  if (notify && message && stored[LAST_NOTIFIED_KEY] !== today) {
    await browser.notifications.create('reminders', { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: 'Partner Pipeline', message });
    await browser.storage.local.set({ [LAST_NOTIFIED_KEY]: today });
  }
  return due;
}
