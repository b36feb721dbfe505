/**
 * Outreach operations on one organisation's pipeline entry: notes, tags, follow-ups, stage
 * list edits. Each is one transaction and logs itself in the entry's history.
 */
import { countChange, readStages, type Database } from './db';
import { syncSummaries } from './summaries';
import { localIsoDate } from '../domain/dates-local';
import { PipelineEntrySchema, StageSchema, type HistoryEvent, type PipelineEntry, type Stage } from '../domain/model';
import { formatDate, formatNumber } from '../i18n/format';
import { i18n } from '../i18n';
import { stageName } from '../domain/stages';

const now = () => new Date().toISOString();

/** Apply `change` to one entry inside a readwrite transaction, validate, log, and save. */
async function updateEntry(
  db: Database,
  orgId: string,
  change: (entry: PipelineEntry, at: string) => { entry: PipelineEntry; event?: Omit<HistoryEvent, 'at'> },
): Promise<PipelineEntry> {
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'meta'], 'readwrite');
  const current = await tx.objectStore('pipeline').get(orgId);
  if (!current) throw new Error(i18n.t('errors.organisationGone'));
  const at = now();
  const { entry, event } = change(current, at);
  const logged = event ? { ...entry, history: [...entry.history, { at, ...event }] } : entry;
  const valid = PipelineEntrySchema.parse({ ...logged, updatedAt: at });
  await tx.objectStore('pipeline').put(valid);
  await syncSummaries(tx, [orgId]);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return valid;
}

export function addNote(db: Database, orgId: string, text: string): Promise<PipelineEntry> {
  const trimmed = text.trim();
  if (!trimmed) return Promise.reject(new Error(i18n.t('errors.noteEmpty')));
  return updateEntry(db, orgId, (entry, at) => ({
    entry: { ...entry, notes: [...entry.notes, { id: crypto.randomUUID(), at, text: trimmed }] },
    event: { kind: 'note', text: trimmed.length > 120 ? `${trimmed.slice(0, 119)}…` : trimmed },
  }));
}

export function deleteNote(db: Database, orgId: string, noteId: string): Promise<PipelineEntry> {
  return updateEntry(db, orgId, (entry) => ({
    entry: { ...entry, notes: entry.notes.filter((note) => note.id !== noteId) },
  }));
}

export function setTags(db: Database, orgId: string, tags: string[]): Promise<PipelineEntry> {
  const clean = [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
  return updateEntry(db, orgId, (entry) => ({ entry: { ...entry, tags: clean } }));
}

/** A date in the past is allowed: it shows as overdue. `null` clears it. */
export function setFollowUp(db: Database, orgId: string, date: string | null): Promise<PipelineEntry> {
  return updateEntry(db, orgId, (entry) => {
    const { nextFollowUp: _old, ...rest } = entry;
    return date
      ? {
          entry: { ...rest, nextFollowUp: date },
          event: { kind: 'follow-up', text: i18n.t('history.followUpSet', [formatDate(date)]) },
        }
      : { entry: rest, event: { kind: 'follow-up', text: i18n.t('history.followUpCleared') } };
  });
}

/** Done: log it, and either clear the date or move it on by `snoozeDays`. */
export function completeFollowUp(
  db: Database,
  orgId: string,
  snoozeDays?: number,
  today = new Date(),
): Promise<PipelineEntry> {
  return updateEntry(db, orgId, (entry) => {
    const { nextFollowUp: _old, ...rest } = entry;
    if (snoozeDays) {
      const next = localIsoDate(new Date(today.getTime() + snoozeDays * 86_400_000));
      return {
        entry: { ...rest, nextFollowUp: next },
        event: { kind: 'follow-up', text: i18n.t('history.snoozed', [formatDate(next)]) },
      };
    }
    return { entry: rest, event: { kind: 'follow-up-done', text: i18n.t('history.followedUp') } };
  });
}

/** Entries whose follow-up is today or earlier, soonest first (read through the index). */
export async function dueFollowUps(db: Database, today = new Date()): Promise<PipelineEntry[]> {
  const todayIso = localIsoDate(today);
  const tx = db.transaction(['summaries', 'pipeline'], 'readonly');
  const ids = await tx.objectStore('summaries').index('by-follow-up').getAllKeys(IDBKeyRange.upperBound(todayIso));
  const entries = await Promise.all(ids.map((id) => tx.objectStore('pipeline').get(id)));
  await tx.done;
  return entries.filter((entry): entry is PipelineEntry => !!entry);
}

export function countDue(db: Database, today = new Date()): Promise<number> {
  return db.countFromIndex('summaries', 'by-follow-up', IDBKeyRange.upperBound(localIsoDate(today)));
}

/**
 * Replace the stage list (rename, add, reorder, archive). A stage still in use cannot be
 * removed, only archived, so no organisation is ever left without a stage.
 */
export async function saveStages(db: Database, stages: Stage[]): Promise<Stage[]> {
  const valid = stages.map((stage) => StageSchema.parse(stage));
  if (new Set(valid.map((s) => s.id)).size !== valid.length) throw new Error(i18n.t('errors.duplicateStageIds'));
  if (!valid.some((s) => !s.archived)) throw new Error(i18n.t('errors.keepOneStage'));
  const tx = db.transaction(['summaries', 'meta'], 'readwrite');
  const current = await readStages(tx.objectStore('meta'));
  for (const removed of current.filter((old) => !valid.some((s) => s.id === old.id))) {
    // The stage's summaries in the [stageId, updatedAt] index (arrays sort after strings).
    const ofStage = IDBKeyRange.bound([removed.id], [removed.id, []]);
    const inUse = await tx.objectStore('summaries').index('by-stage-updated').count(ofStage);
    if (inUse > 0) {
      tx.done.catch(() => undefined); // the abort below is the answer, not an error to report
      tx.abort();
      throw new Error(i18n.t('errors.stageInUse', inUse, [formatNumber(inUse), stageName(removed)]));
    }
  }
  await tx.objectStore('meta').put(valid, 'stages');
  await tx.done;
  return valid;
}

/** Every tag in use, most used first: for autocomplete. */
export async function allTags(db: Database): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const entry of await db.getAll('pipeline'))
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}
