/**
 * The contact log: one entry per message opened for one organisation, whether it was sent, and
 * what came back. Each change is one transaction over the log and the partner's pipeline entry:
 * "sent" moves the partner to Contacted and plans the first follow-up; any reply stops the
 * follow-ups ("not now" plans a reminder for the date given instead).
 */
import { syncSummaries } from '../store/summaries';
import { countChange, readStages, type Database } from '../store/db';
import { localIsoDate } from '../domain/dates-local';
import { formatDate } from '../i18n/format';
import { i18n } from '../i18n';
import {
  ContactLogEntrySchema,
  PipelineEntrySchema,
  type ContactLogEntry,
  type HistoryEvent,
  type Outcome,
  type Stage,
} from '../domain/model';
import { stageNameById } from '../domain/stages';
import { DEFAULT_CADENCE, nextFollowUp } from './cadence';

export type DraftOpened = Pick<ContactLogEntry, 'orgId' | 'channel'> &
  Partial<Pick<ContactLogEntry, 'templateId' | 'language' | 'ideaId' | 'contactId'>>;

// A log change may move the partner's stage and follow-up: its summary changes with it.
const LOG_STORES = ['contactLog', 'organisations', 'pipeline', 'summaries', 'meta'] as const;

export async function logDraftOpened(db: Database, draft: DraftOpened, at = new Date()): Promise<ContactLogEntry> {
  const entry = ContactLogEntrySchema.parse({ ...draft, id: crypto.randomUUID(), at: at.toISOString() });
  const tx = db.transaction(['contactLog', 'organisations', 'pipeline', 'summaries', 'meta'], 'readwrite');
  if (!(await tx.objectStore('organisations').getKey(draft.orgId))) throw new Error(i18n.t('errors.organisationGone'));
  await tx.objectStore('contactLog').put(entry);
  await syncSummaries(tx, [draft.orgId]);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return entry;
}

/** Outcomes that mean "they answered" and how far they move the partner (never backwards). */
const OUTCOME_STAGE: Record<Outcome, string | undefined> = {
  positive: 'replied',
  'wants-information': 'replied',
  'not-now': 'replied',
  referred: 'replied',
  declined: 'not-a-fit',
  'no-reply': undefined,
};

type Change = { stageId?: string; followUp?: string | null };

/** Apply one log change and its effect on the pipeline entry, in one transaction. */
async function changeLog(
  db: Database,
  logId: string,
  change: (entry: ContactLogEntry, cadence: number[]) => { entry: ContactLogEntry } & Change,
) {
  const tx = db.transaction([...LOG_STORES], 'readwrite');
  const log = tx.objectStore('contactLog');
  const current = await log.get(logId);
  if (!current) throw new Error(i18n.t('outreach.errors.logGone'));
  const meta = tx.objectStore('meta');
  const cadence = ((await meta.get('cadence')) as number[] | undefined) ?? [...DEFAULT_CADENCE];
  const stages = await readStages(meta);
  const { entry, stageId, followUp } = change(current, cadence);
  await log.put(ContactLogEntrySchema.parse(entry));
  const pipeline = await tx.objectStore('pipeline').get(entry.orgId);
  if (pipeline) {
    const at = new Date().toISOString();
    const history: HistoryEvent[] = [];
    const next = { ...pipeline };
    const order = stages.map((stage) => stage.id);
    const later =
      stageId &&
      order.includes(stageId) &&
      (stageId === 'not-a-fit' || order.indexOf(stageId) > order.indexOf(pipeline.stageId));
    if (later && stageId !== pipeline.stageId) {
      const text = i18n.t('history.stageChanged', [
        stageNameById(stages, pipeline.stageId),
        stageNameById(stages, stageId),
      ]);
      history.push({ at, kind: 'stage', text, stageId });
      next.stageId = stageId;
    }
    if (followUp !== undefined && followUp !== (pipeline.nextFollowUp ?? null)) {
      if (followUp) next.nextFollowUp = followUp;
      else delete next.nextFollowUp;
      history.push({
        at,
        kind: 'follow-up',
        text: followUp
          ? i18n.t('outreach.history.followUpPlanned', [formatDate(followUp)])
          : i18n.t('outreach.history.followUpsStopped'),
      });
    }
    if (history.length)
      await tx
        .objectStore('pipeline')
        .put(PipelineEntrySchema.parse({ ...next, history: [...pipeline.history, ...history], updatedAt: at }));
    await syncSummaries(tx, [entry.orgId]);
  }
  await countChange(meta);
  await tx.done;
  return entry;
}

/** "Did you send it?" — yes: Contacted, and the first follow-up of the cadence; no: the log says so. */
export function answerSent(
  db: Database,
  logId: string,
  sent: boolean,
  today = localIsoDate(new Date()),
): Promise<ContactLogEntry> {
  return changeLog(db, logId, (entry, cadence) =>
    sent
      ? {
          entry: { ...entry, sent: true, sentOn: today },
          stageId: 'contacted',
          followUp: nextFollowUp(today, cadence, today, !!entry.outcome),
        }
      : { entry: { ...entry, sent: false } },
  );
}

export interface OutcomeDetails {
  /** "Not now": ask again on this date. */
  until?: string;
  referredOrgId?: string;
}

/** One click records what came back; any answer stops the follow-ups. */
export function recordOutcome(
  db: Database,
  logId: string,
  kind: Outcome,
  details: OutcomeDetails = {},
): Promise<ContactLogEntry> {
  if (kind === 'not-now' && !details.until) throw new Error(i18n.t('outreach.errors.notNowDate'));
  return changeLog(db, logId, (entry) => ({
    entry: { ...entry, sent: entry.sent ?? true, outcome: { kind, at: new Date().toISOString(), ...details } },
    stageId: OUTCOME_STAGE[kind],
    followUp: kind === 'not-now' ? details.until! : null,
  }));
}

/** After "Mark done" on a follow-up: the next step of the cadence, unless they replied. */
export async function continueCadence(
  db: Database,
  orgId: string,
  today = localIsoDate(new Date()),
): Promise<string | null> {
  const entries = await db.getAllFromIndex('contactLog', 'by-org', orgId);
  const sent = entries.filter((entry) => entry.sent && entry.sentOn).sort((a, b) => a.at.localeCompare(b.at));
  const last = sent[sent.length - 1];
  if (!last) return null;
  const replied = entries.some((entry) => entry.outcome && entry.outcome.kind !== 'no-reply');
  let planned: string | null = null;
  await changeLog(db, last.id, (entry, cadence) => {
    planned = nextFollowUp(entry.sentOn!, cadence, today, replied || !!entry.outcome);
    return { entry, followUp: planned };
  });
  return planned;
}

/** Contact persons stay deletable: deleting one takes them out of every log entry too. */
export async function forgetContactInLog(db: Database, orgId: string, contactId: string): Promise<number> {
  const tx = db.transaction('contactLog', 'readwrite');
  let changed = 0;
  for (const entry of await tx.store.index('by-org').getAll(orgId)) {
    if (entry.contactId !== contactId) continue;
    const { contactId: _gone, ...rest } = entry;
    await tx.store.put(rest);
    changed += 1;
  }
  await tx.done;
  return changed;
}

export function logOf(db: Database, orgId: string): Promise<ContactLogEntry[]> {
  return db
    .getAllFromIndex('contactLog', 'by-org', orgId)
    .then((entries) => entries.sort((a, b) => b.at.localeCompare(a.at)));
}
