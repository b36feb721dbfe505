/**
 * Reminders in the background: a badge with the number of follow-ups due, and one
 * notification a day for follow-ups due and call deadlines coming up for the user's project
 * ideas. Reads the store per event and keeps nothing in memory.
 */
import { openDatabase } from '../store/db';
import { countDue } from '../store/entries';
import { localIsoDate } from '../domain/dates-local';
import { daysUntil } from '../domain/calls';
import { ideaDeadline } from '../store/ideas';
import type { ProjectIdea } from '../domain/model';
import { formatNumber } from '../i18n/format';
import { i18n } from '../i18n';

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
  if (due > 0) parts.push(i18n.t('reminders.due', due, [formatNumber(due)]));
  for (const { idea, days } of deadlines.slice(0, 2))
    parts.push(
      days === 0
        ? i18n.t('reminders.deadlineToday', [idea.title])
        : i18n.t('reminders.deadlineIn', days, [formatNumber(days), idea.title]),
    );
  return parts.length ? parts.join(' ') : undefined;
}

export async function refreshReminders(notify: boolean): Promise<number> {
  const today = localIsoDate(new Date());
  const db = await openDatabase();
  let due: number;
  let ideas: ProjectIdea[];
  try {
    [due, ideas] = await Promise.all([countDue(db), db.getAll('ideas')]);
  } finally {
    db.close();
  }
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c2410c' });
  await browser.action.setTitle({
    title: due > 0 ? i18n.t('reminders.badgeTitle', due, [formatNumber(due)]) : i18n.t('app.name'),
  });
  const message = reminderMessage(due, deadlinesComingUp(ideas, today));
  const stored = await browser.storage.local.get(LAST_NOTIFIED_KEY);
  if (notify && message && stored[LAST_NOTIFIED_KEY] !== today) {
    await browser.notifications.create('reminders', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: i18n.t('app.name'),
      message,
    });
    await browser.storage.local.set({ [LAST_NOTIFIED_KEY]: today });
  }
  return due;
}
