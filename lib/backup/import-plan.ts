/**
 * The pure planning of an import (see lib/backup/import.ts): given the file and what the database's
 * indexes found (lib/backup/import-apply.ts looks them up), decides per organisation and per record what
 * happens — new / updated / unchanged / conflicting / rejected — and which records to write.
 *
 * Merge rules (the default mode): an organisation joins the existing one with the same id, else
 * the same OID, PIC or platform id. Empty fields are filled from the file; where both have a value
 * the browser's value is kept and the row is "conflicting" (the preview says which fields).
 * Sources (by page address), contacts and notes (by id), past projects (by identifier), history
 * (by time, kind and text), tags, platform ids and page addresses are united without duplicates.
 * The existing stage and next follow-up win. Derived keys (nameKey, domain) are recomputed on
 * every organisation written, never taken from the file. Settings: an empty profile takes the file's stages, otherwise stages the file
 * adds are appended. Other stores of the registry: a record with a new key is added; for an
 * existing key the store's own `merge` rule applies (ideas gain the file's members, events its
 * organisations), else the browser's record is kept (conflicting when they differ). Records that
 * point at organisations follow them when they joined an existing one under another id.
 * Replace mode matches nothing: every record of the file is written as new, and its settings as they are.
 */
import { withIdentityKeys } from '../domain/dedupe';
import {
  EXPORTED_META,
  EXPORTED_META_KEYS,
  EXPORTED_STORE_NAMES,
  EXPORTED_STORES,
  type AnyMetaSpec,
  type AnyStoreSpec,
  type ExportedMeta,
  type ExportedStore,
} from './exchange';
import { issueText, type Backup, type RejectedRecord } from './import-read';
import { REPORT_INPUT } from '../i18n/import-words';
import { formatDate } from '../i18n/format';
import { i18n } from '../i18n';
import { fieldName } from '../i18n/field-labels';
import { stageNameById } from '../domain/stages';
import {
  OrganisationSchema,
  PipelineEntrySchema,
  StageSchema,
  type Organisation,
  type PipelineEntry,
  type Stage,
} from '../domain/model';
import { IMPORT_MERGE, joinOrganisations } from '../domain/organisation-merge';

export type ImportMode = 'merge' | 'replace';
export type OrganisationStatus = 'new' | 'updated' | 'unchanged' | 'conflicting' | 'rejected';
export const ORGANISATION_STATUSES: OrganisationStatus[] = ['new', 'updated', 'unchanged', 'conflicting', 'rejected'];
export type MatchKey = 'id' | 'OID' | 'PIC' | 'platform id';

export interface OrganisationRow {
  status: OrganisationStatus;
  name: string;
  /** Its id in the file. */
  fileId: string;
  /** The id it is stored under: another one when it joined an existing organisation. */
  storedId?: string;
  matchedBy?: MatchKey;
  /** Where the browser's value was kept over the file's. */
  conflicts: string[];
  /** Why it cannot be imported. */
  reasons: string[];
}

export interface StoreSummary {
  new: number;
  updated: number;
  unchanged: number;
  conflicting: number;
  rejected: number;
}

export interface ImportPreview {
  mode: ImportMode;
  rows: OrganisationRow[];
  counts: Record<OrganisationStatus, number>;
  /** Every exported store, organisations included. */
  stores: Record<ExportedStore, StoreSummary>;
  /** Records that cannot be imported and belong to no organisation row. */
  rejected: RejectedRecord[];
  /** Replace mode: how many organisations now saved would be removed. */
  removed: number;
  /** Settings that would change. */
  settings: ExportedMeta[];
  /** The state of the data the preview was made from: apply refuses if it has changed since. */
  revision: string;
}

export interface Existing {
  organisation: Organisation;
  entry: PipelineEntry | undefined;
}

/** What the database holds that the file's organisations may match, as its indexes answered. */
export interface MatchSnapshot {
  organisationCount: number;
  storeCounts: Record<ExportedStore, number>;
  /** Existing organisations that any lookup returned, by their id. */
  byId: Map<string, Existing>;
  /** Identity key → id of the existing organisation the index returned. */
  byOid: Map<string, string>;
  byPic: Map<string, string>;
  byPlatformId: Map<string, string>;
  settings: Partial<Record<ExportedMeta, unknown>>;
}

/** Records of the other stores, with their keys, as the database holds them. */
export type OtherSnapshot = Map<ExportedStore, Map<string, unknown>>;

export interface Write {
  store: ExportedStore;
  value: unknown;
}

export interface OrganisationPlan {
  rows: OrganisationRow[];
  idMap: Map<string, string>;
  writes: Write[];
  settings: [ExportedMeta, unknown][];
}

/** The stage list the plan names stages by: the file's or ours, whichever the settings keep. */
function stagesOf(value: unknown): Stage[] {
  const parsed = StageSchema.array().safeParse(value);
  return parsed.success ? parsed.data : [];
}

export const emptySummary = (): StoreSummary => ({ new: 0, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 });
const short = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);
const kept = (label: string, mine: string, theirs: string) =>
  i18n.t('import.kept', [label, short(mine), short(theirs)]);
const later = (a: string, b: string) => (a >= b ? a : b);

/** `mine` itself when `theirs` adds nothing (so "changed" is a reference check). */
function unionBy<T>(mine: T[], theirs: T[], key: (item: T) => string): T[] {
  const seen = new Set(mine.map(key));
  const added = theirs.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return added.length ? [...mine, ...added] : mine;
}

/** The import's merge (lib/domain/organisation-merge.ts, the import policy): ours kept, what differs said in words. */
export function mergeOrganisation(
  mine: Organisation,
  theirs: Organisation,
): { organisation: Organisation; changed: boolean; conflicts: string[] } {
  const { organisation, changed, differences } = joinOrganisations(mine, theirs, IMPORT_MERGE);
  return { organisation, changed, conflicts: differences.map((d) => kept(fieldName(d.field), d.mine, d.theirs)) };
}

export function mergeEntry(
  mine: PipelineEntry | undefined,
  theirs: PipelineEntry | undefined,
  stageNameOf: (id: string) => string,
): { entry: PipelineEntry | undefined; changed: boolean; conflicts: string[] } {
  if (!theirs) return { entry: mine, changed: false, conflicts: [] };
  if (!mine) return { entry: theirs, changed: true, conflicts: [] };
  const conflicts: string[] = [];
  if (mine.stageId !== theirs.stageId)
    conflicts.push(kept(fieldName('stage'), stageNameOf(mine.stageId), stageNameOf(theirs.stageId)));
  if (mine.nextFollowUp && theirs.nextFollowUp && mine.nextFollowUp !== theirs.nextFollowUp)
    conflicts.push(kept(fieldName('nextFollowUp'), formatDate(mine.nextFollowUp), formatDate(theirs.nextFollowUp)));
  const tags = unionBy(mine.tags, theirs.tags, String);
  const notes = unionBy(mine.notes, theirs.notes, (note) => note.id);
  let history = unionBy(mine.history, theirs.history, (event) => `${event.at}|${event.kind}|${event.text ?? ''}`);
  if (history !== mine.history) history = [...history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const followUp = !mine.nextFollowUp && theirs.nextFollowUp ? { nextFollowUp: theirs.nextFollowUp } : {};
  const changed = tags !== mine.tags || notes !== mine.notes || history !== mine.history || 'nextFollowUp' in followUp;
  if (!changed) return { entry: mine, changed, conflicts };
  return {
    entry: { ...mine, ...followUp, tags, notes, history, updatedAt: later(mine.updatedAt, theirs.updatedAt) },
    changed,
    conflicts,
  };
}

interface Planned extends Existing {
  isNew: boolean;
  changed: boolean;
}

/** Decides, per organisation of the file, what happens. Pure. */
export function planOrganisations(backup: Backup, snapshot: MatchSnapshot, mode: ImportMode): OrganisationPlan {
  const rows: OrganisationRow[] = [];
  const idMap = new Map<string, string>();
  const settings = planSettings(backup, snapshot, mode);
  const stages = stagesOf(
    settings.find(([key]) => key === 'stages')?.[1] ?? snapshot.settings.stages ?? backup.data.stages,
  );
  const stageNameOf = (id: string) => stageNameById(stages, id);
  const entries = new Map(backup.data.pipeline.map((entry) => [entry.orgId, entry]));
  const working = new Map<string, Planned>();
  const claimed = {
    oid: new Map<string, string>(),
    pic: new Map<string, string>(),
    platformId: new Map<string, string>(),
  };
  const claim = (id: string, org: Organisation) => {
    if (org.oid) claimed.oid.set(org.oid, id);
    if (org.pic) claimed.pic.set(org.pic, id);
    for (const platformId of org.platformIds) claimed.platformId.set(platformId, id);
  };
  const findMatch = (org: Organisation): [string, MatchKey] | undefined => {
    if (working.has(org.id) || snapshot.byId.has(org.id)) return [org.id, 'id'];
    const oid = org.oid && (claimed.oid.get(org.oid) ?? snapshot.byOid.get(org.oid));
    if (oid) return [oid, 'OID'];
    const pic = org.pic && (claimed.pic.get(org.pic) ?? snapshot.byPic.get(org.pic));
    if (pic) return [pic, 'PIC'];
    for (const platformId of org.platformIds) {
      const hit = claimed.platformId.get(platformId) ?? snapshot.byPlatformId.get(platformId);
      if (hit) return [hit, 'platform id'];
    }
    return undefined;
  };

  for (const org of backup.data.organisations) {
    const entry = entries.get(org.id);
    const match = mode === 'merge' ? findMatch(org) : undefined;
    const row: OrganisationRow = { status: 'new', name: org.name, fileId: org.id, conflicts: [], reasons: [] };
    rows.push(row);
    if (!match) {
      working.set(org.id, { organisation: withIdentityKeys(org), entry, isNew: true, changed: true });
      idMap.set(org.id, org.id);
      claim(org.id, org);
      row.storedId = org.id;
      continue;
    }
    const [storedId, matchedBy] = match;
    const base: Planned = working.get(storedId) ?? { ...snapshot.byId.get(storedId)!, isNew: false, changed: false };
    const joined = mergeOrganisation(base.organisation, org);
    const linked = mergeEntry(base.entry, entry && { ...entry, orgId: storedId }, stageNameOf);
    Object.assign(row, { storedId, matchedBy, conflicts: [...joined.conflicts, ...linked.conflicts] });
    const checked = joined.changed ? OrganisationSchema.safeParse(joined.organisation, REPORT_INPUT) : undefined;
    const checkedEntry =
      linked.changed && linked.entry ? PipelineEntrySchema.safeParse(linked.entry, REPORT_INPUT) : undefined;
    if (checked?.success === false || checkedEntry?.success === false) {
      const issues = [...(checked?.error?.issues ?? []), ...(checkedEntry?.error?.issues ?? [])];
      Object.assign(row, {
        status: 'rejected',
        storedId: undefined,
        reasons: issues.slice(0, 5).map((issue) => i18n.t('import.cannotMerge', [issueText(issue)])),
      });
      continue;
    }
    const changed = joined.changed || linked.changed;
    row.status = row.conflicts.length ? 'conflicting' : changed ? 'updated' : 'unchanged';
    idMap.set(org.id, storedId);
    if (changed) {
      const organisation = withIdentityKeys(checked?.data ?? joined.organisation);
      working.set(storedId, {
        organisation,
        entry: checkedEntry?.data ?? linked.entry,
        isNew: base.isNew,
        changed: true,
      });
      claim(storedId, organisation);
    } else working.set(storedId, base);
  }
  for (const record of backup.rejected) {
    if (record.store === 'organisations')
      rows.push({
        status: 'rejected',
        name: record.name ?? record.key,
        fileId: record.key,
        conflicts: [],
        reasons: record.reasons,
      });
  }
  const writes: Write[] = [];
  for (const planned of working.values()) {
    if (!planned.changed) continue;
    writes.push({ store: 'organisations', value: planned.organisation });
    if (planned.entry) writes.push({ store: 'pipeline', value: planned.entry });
  }
  return { rows, idMap, writes, settings };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function planSettings(backup: Backup, snapshot: MatchSnapshot, mode: ImportMode): [ExportedMeta, unknown][] {
  const changes: [ExportedMeta, unknown][] = [];
  for (const key of EXPORTED_META_KEYS) {
    const spec: AnyMetaSpec = EXPORTED_META[key];
    const current = snapshot.settings[key] ?? spec.fallback();
    const incoming = backup.data[key];
    const next =
      mode === 'replace' ? incoming : spec.merge(current, incoming, { emptyProfile: snapshot.organisationCount === 0 });
    if (!sameValue(next, current)) changes.push([key, next]);
  }
  return changes;
}

/** Records of the stores without special rules: new keys are added, existing ones kept. Pure. */
export function planOtherStores(
  backup: Backup,
  idMap: Map<string, string>,
  existing: OtherSnapshot,
  mode: ImportMode,
): { writes: Write[]; stores: Partial<Record<ExportedStore, StoreSummary>> } {
  const writes: Write[] = [];
  const stores: Partial<Record<ExportedStore, StoreSummary>> = {};
  for (const [name, records] of remappedOthers(backup, idMap)) {
    const spec: AnyStoreSpec = EXPORTED_STORES[name];
    const summary = (stores[name] = emptySummary());
    for (const record of records) {
      const current = existing.get(name)?.get(String((record as Record<string, unknown>)[spec.key]));
      const merged = current !== undefined && spec.merge ? spec.merge(current, record) : current;
      if (mode === 'replace' || current === undefined) {
        summary.new += 1;
        writes.push({ store: name, value: record });
      } else if (merged !== current) {
        summary.updated += 1;
        writes.push({ store: name, value: merged });
      } else if (sameValue(current, record)) summary.unchanged += 1;
      else summary.conflicting += 1;
    }
  }
  return { writes, stores };
}

export const SPECIAL_STORES = new Set<ExportedStore>(['organisations', 'pipeline']);

export function remappedOthers(backup: Backup, idMap: Map<string, string>): [ExportedStore, unknown[]][] {
  const orgId = (id: string) => idMap.get(id) ?? id;
  return EXPORTED_STORE_NAMES.filter((name) => !SPECIAL_STORES.has(name)).map((name) => {
    const spec: AnyStoreSpec = EXPORTED_STORES[name];
    const records = backup.data[name] as unknown[];
    return [name, spec.remapOrgIds ? records.map((record) => spec.remapOrgIds!(record, orgId)) : records];
  });
}
