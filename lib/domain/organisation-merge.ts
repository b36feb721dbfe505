/**
 * One merge of two organisation records, with a policy per use: saving again from a page
 * (lib/store/repo.ts), merging probable duplicates (lib/store/merge.ts) and importing a backup
 * (lib/backup/import-plan.ts). The receiving record's details win; a missing one is filled in; every
 * source, platform id, page, contact and past project is kept once. The policies say only what
 * really differs between the uses: when two sources are the same page, which copy of a repeated
 * item stays, whether differing details are reported, and the record's time afterwards.
 */
import { canonicalUrl, foldText } from './identity';
import type { Organisation, Source } from './model';
import { DETAIL_FIELDS, FOLDED_FIELDS, type DetailField } from './organisation-fields';

/** What joins a record: another record, or what one page says about it (no id, no contacts). */
export type Incoming = Pick<Organisation, 'platformIds' | 'sourceUrls' | 'sources'> &
  Partial<Pick<Organisation, DetailField | 'contacts' | 'pastProjects' | 'createdAt' | 'updatedAt'>>;

export interface MergePolicy {
  /** Two sources are the same page when their keys agree. */
  sourceKey: (source: Source) => string;
  /** On the same page or past project twice: keep ours, or take the new reading (a page read again). */
  repeated: 'keep' | 'renew';
  /** Two values of a detail that say the same thing (an import reports the others as kept). */
  sameDetail?: (field: DetailField, mine: string, theirs: string) => boolean;
  /** The record's time after the merge. */
  updatedAt: (mine: Organisation, theirs: Incoming) => string;
}

export interface Difference {
  field: DetailField;
  mine: string;
  theirs: string;
}

export interface Joined {
  organisation: Organisation;
  /** False when the incoming record adds nothing (the receiving record is returned as it was). */
  changed: boolean;
  /** Details both have with different values (ours is kept); only where the policy compares. */
  differences: Difference[];
}

/** `mine` itself when `theirs` adds nothing, so "changed" is a reference check. */
function union<T>(mine: T[], theirs: T[], key: (item: T) => string, renew?: (old: T, next: T) => T): T[] {
  const position = new Map(mine.map((item, index) => [key(item), index]));
  let result = mine;
  for (const item of theirs) {
    const k = key(item);
    const at = position.get(k);
    if (at === undefined) {
      if (result === mine) result = [...mine];
      position.set(k, result.push(item) - 1);
    } else if (renew) {
      if (result === mine) result = [...mine];
      result[at] = renew(result[at]!, item);
    }
  }
  return result;
}

function fillDetails(mine: Organisation, theirs: Incoming, policy: MergePolicy) {
  const filled: Partial<Organisation> = {};
  const differences: Difference[] = [];
  for (const field of DETAIL_FIELDS) {
    const [a, b] = [mine[field], theirs[field]];
    if (b === undefined) continue;
    if (a === undefined) filled[field] = b as never;
    else if (policy.sameDetail && !policy.sameDetail(field, a, b)) differences.push({ field, mine: a, theirs: b });
  }
  return { filled, differences };
}

export function joinOrganisations(mine: Organisation, theirs: Incoming, policy: MergePolicy): Joined {
  const { filled, differences } = fillDetails(mine, theirs, policy);
  const renew = policy.repeated === 'renew';
  const platformIds = union(mine.platformIds, theirs.platformIds, String);
  const sourceUrls = union(mine.sourceUrls, theirs.sourceUrls, String);
  // A page read again replaces what it said, but it was first saved when it was.
  const sources = union(
    mine.sources,
    theirs.sources,
    policy.sourceKey,
    renew ? (old, next) => ({ ...next, savedAt: old.savedAt }) : undefined,
  );
  const contacts = union(mine.contacts, theirs.contacts ?? [], (contact) => contact.id);
  const projects = theirs.pastProjects?.length
    ? union(
        mine.pastProjects ?? [],
        theirs.pastProjects,
        (project) => project.identifier,
        renew ? (_, next) => next : undefined,
      )
    : mine.pastProjects;
  const lists = [platformIds, sourceUrls, sources, contacts, projects] as const;
  const before = [mine.platformIds, mine.sourceUrls, mine.sources, mine.contacts, mine.pastProjects];
  const changed = Object.keys(filled).length > 0 || lists.some((list, index) => list !== before[index]);
  if (!changed) return { organisation: mine, changed, differences };
  const createdAt = theirs.createdAt && theirs.createdAt < mine.createdAt ? theirs.createdAt : mine.createdAt;
  const organisation: Organisation = {
    ...mine,
    ...filled,
    platformIds,
    sourceUrls,
    sources,
    contacts,
    ...(projects ? { pastProjects: projects } : {}),
    createdAt,
    updatedAt: policy.updatedAt(mine, theirs),
  };
  return { organisation, changed, differences };
}

/** Import: a source is its page (canonical address) or, without one, when and what it read. */
const importSourceKey = (source: Source) =>
  source.url ? `url:${canonicalUrl(source.url)}` : `page:${source.origin}|${source.savedAt}|${source.extracted.name}`;

/** The same detail written differently: an address in another form, an e-mail in capitals, a name's accents. */
function sameDetail(field: DetailField, a: string, b: string): boolean {
  if (a === b) return true;
  if (field === 'website') return canonicalUrl(a) === canonicalUrl(b);
  if (field === 'email') return a.toLowerCase() === b.toLowerCase();
  return (FOLDED_FIELDS as readonly string[]).includes(field) && foldText(a) === foldText(b);
}

const later = (a: string, b: string | undefined) => (b && b > a ? b : a);

/** An import meets a record we have: ours wins, what differs is reported, the later change time stays. */
export const IMPORT_MERGE: MergePolicy = {
  sourceKey: importSourceKey,
  repeated: 'keep',
  sameDetail,
  updatedAt: (mine, theirs) => later(mine.updatedAt, theirs.updatedAt),
};

/** The user merges two saved records: the survivor's details win; the merge is the change. */
export const duplicateMerge = (at: string): MergePolicy => ({
  sourceKey: (source) => source.url ?? `${source.origin}:${source.savedAt}`,
  repeated: 'keep',
  updatedAt: () => at,
});

/** A page saved again: the page's new reading replaces the old one of the same page. */
export const saveAgainMerge = (at: string): MergePolicy => ({
  sourceKey: (source) => (source.url ? canonicalUrl(source.url) : `${source.origin}:${source.savedAt}`),
  repeated: 'renew',
  updatedAt: () => at,
});
