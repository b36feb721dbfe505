/**
 * One organisation, one record: merge two saved organisations (keeping every source, note,
 * tag, contact, past project and history event), undo a merge, remember "not the same", and
 * list probable duplicates for review — all through indexes, one transaction each.
 */
import { countChange, type Database } from './db';
import { syncSummaries } from './summaries';
import {
  MergeRecordSchema,
  OrganisationSchema,
  PipelineEntrySchema,
  type MergeRecord,
  type Organisation,
  type PipelineEntry,
} from '../domain/model';
import { pairKey, withIdentityKeys } from '../domain/dedupe';
import { i18n } from '../i18n';
import { duplicateMerge, joinOrganisations } from '../domain/organisation-merge';

const byId = <T extends { id: string }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()];

/** The survivor with everything the absorbed record adds (lib/domain/organisation-merge.ts, the duplicate policy). */
function mergedOrganisation(survivor: Organisation, absorbed: Organisation, at: string): Organisation {
  const { organisation } = joinOrganisations(survivor, absorbed, duplicateMerge(at));
  // Undo recognises its merge by this time, even where the absorbed record added nothing.
  return withIdentityKeys({ ...organisation, updatedAt: at });
}

function mergedEntry(
  survivor: PipelineEntry,
  absorbed: PipelineEntry,
  absorbedName: string,
  at: string,
): PipelineEntry {
  const dates = [survivor.nextFollowUp, absorbed.nextFollowUp].filter((d): d is string => !!d).sort();
  const history = [...survivor.history, ...absorbed.history].sort((a, b) => a.at.localeCompare(b.at));
  return {
    ...survivor,
    tags: [...new Set([...survivor.tags, ...absorbed.tags])],
    notes: byId([...survivor.notes, ...absorbed.notes]).sort((a, b) => a.at.localeCompare(b.at)),
    ...(dates[0] ? { nextFollowUp: dates[0] } : {}),
    history: [...history, { at, kind: 'merged', text: i18n.t('history.mergedWith', [absorbedName]) }],
    updatedAt: at,
  };
}

/** Merge `absorbedId` into `survivorId`; returns the merge's id for undo. */
export async function mergeOrganisations(db: Database, survivorId: string, absorbedId: string): Promise<string> {
  if (survivorId === absorbedId) throw new Error(i18n.t('errors.mergeWithItself'));
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'merges', 'meta'], 'readwrite');
  const organisations = tx.objectStore('organisations');
  const pipeline = tx.objectStore('pipeline');
  const [survivor, absorbed, survivorEntry, absorbedEntry] = await Promise.all([
    organisations.get(survivorId),
    organisations.get(absorbedId),
    pipeline.get(survivorId),
    pipeline.get(absorbedId),
  ]);
  if (!survivor || !absorbed || !survivorEntry || !absorbedEntry)
    throw new Error(i18n.t('errors.mergeOrganisationGone'));
  const at = new Date().toISOString();
  const record: MergeRecord = MergeRecordSchema.parse({
    id: crypto.randomUUID(),
    at,
    survivorId,
    absorbedId,
    before: [
      { organisation: survivor, entry: survivorEntry },
      { organisation: absorbed, entry: absorbedEntry },
    ],
  });
  await organisations.put(OrganisationSchema.parse(mergedOrganisation(survivor, absorbed, at)));
  await pipeline.put(PipelineEntrySchema.parse(mergedEntry(survivorEntry, absorbedEntry, absorbed.name, at)));
  await organisations.delete(absorbedId);
  await pipeline.delete(absorbedId);
  await tx.objectStore('merges').put(record);
  await syncSummaries(tx, [survivorId, absorbedId]);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return record.id;
}

/** Put both organisations back exactly as they were before the merge. */
export async function undoMerge(db: Database, mergeId: string): Promise<void> {
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'merges'], 'readwrite');
  const record = await tx.objectStore('merges').get(mergeId);
  if (!record) throw new Error(i18n.t('errors.mergeGone'));
  // Undo puts back both as they were: refuse if the merged organisation changed since, or that change would be lost.
  const [organisation, entry] = await Promise.all([
    tx.objectStore('organisations').get(record.survivorId),
    tx.objectStore('pipeline').get(record.survivorId),
  ]);
  if (organisation?.updatedAt !== record.at || entry?.updatedAt !== record.at) {
    throw new Error(i18n.t('errors.mergeChanged'));
  }
  for (const { organisation, entry } of record.before) {
    await tx.objectStore('organisations').put(organisation);
    await tx.objectStore('pipeline').put(entry);
  }
  await tx.objectStore('merges').delete(mergeId);
  await syncSummaries(tx, [record.survivorId, record.absorbedId]);
  await tx.done;
}

/** "Not the same organisation": never propose this pair again. */
export async function markNotSame(db: Database, a: string, b: string): Promise<void> {
  await db.put('notSame', { pair: pairKey(a, b), at: new Date().toISOString() });
}

export interface DuplicateGroup {
  /** Why they look alike, in words. */
  reason: string;
  organisations: Pick<Organisation, 'id' | 'name' | 'country' | 'city' | 'website'>[];
}

/** Probable duplicates for review: equal keys sit next to each other in the name and domain indexes. */
export async function findProbableDuplicates(db: Database): Promise<DuplicateGroup[]> {
  const tx = db.transaction(['organisations', 'notSame'], 'readonly');
  const notSame = new Set(await tx.objectStore('notSame').getAllKeys());
  const groups: DuplicateGroup[] = [];
  const seenPairs = new Set<string>();
  for (const [index, reason] of [
    ['by-name-key', i18n.t('duplicates.sameNameAndCountry')],
    ['by-domain', i18n.t('duplicates.sameWebsite')],
  ] as const) {
    let run: Organisation[] = [];
    let cursor = await tx.objectStore('organisations').index(index).openCursor();
    const summary = ({ id, name, country, city, website }: Organisation) => ({ id, name, country, city, website });
    const flush = () => {
      const pairs = run.flatMap((a, i) => run.slice(i + 1).map((b) => [a, b] as const));
      const open = pairs.filter(([a, b]) => !notSame.has(pairKey(a.id, b.id)) && !seenPairs.has(pairKey(a.id, b.id)));
      open.forEach(([a, b]) => seenPairs.add(pairKey(a.id, b.id)));
      // A group is offered whole only if no pair in it was called different; otherwise pair by pair.
      if (open.length > 0 && open.length === pairs.length) groups.push({ reason, organisations: run.map(summary) });
      else for (const [a, b] of open) groups.push({ reason, organisations: [summary(a), summary(b)] });
    };
    const keyOf = (org: Organisation) => (index === 'by-name-key' ? org.nameKey : org.domain);
    while (cursor) {
      if (run.length && keyOf(run[0]!) !== cursor.key) {
        flush();
        run = [];
      }
      run.push(cursor.value);
      cursor = await cursor.continue();
    }
    flush();
  }
  await tx.done;
  return groups;
}
