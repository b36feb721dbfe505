/**
 * Probable duplicates for the board to offer for review. They are looked up after the board has
 * painted (through the lazily loaded lib/reads/tools.ts, so the first load stays free of zod), again
 * whenever the board's data changes, and merged or set apart through the board's `write`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DuplicateGroupView } from '@/components/board/DuplicateGroup';
import type { DuplicateGroup } from '@/lib/reads';
import { readDatabase } from '@/lib/reads';
import type { PartnerSummary, Stage } from '@/lib/domain/model';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { stageName } from '@/lib/domain/stages';
import { worked, type Write } from '@/views/live/useWriteQueue';

/** What a merge did, for the "Merged X into Y · Undo" message. */
export interface MergeDone {
  survivor: { id: string; name: string };
  absorbed: { id: string; name: string }[];
  mergeIds: string[];
}

const groupKey = (group: DuplicateGroup) => `${group.reason}|${group.organisations.map((org) => org.id).join('|')}`;

/** Groups with what the board knows about each organisation (platforms, stage), for the dialog. */
export function describeGroups(
  groups: DuplicateGroup[],
  partners: PartnerSummary[],
  stages: Stage[],
): DuplicateGroupView[] {
  const byId = new Map(partners.map((partner) => [partner.id, partner]));
  return groups.map((group) => ({
    key: groupKey(group),
    reason: group.reason,
    organisations: group.organisations.map((org) => {
      const summary = byId.get(org.id);
      const stage = stages.find((s) => s.id === summary?.stageId);
      return {
        ...org,
        platforms: (summary?.origins ?? []).map((origin) => PLATFORM_NAMES[origin]),
        ...(summary ? { stageName: stage ? stageName(stage) : summary.stageId } : {}),
      };
    }),
  }));
}

export function useDuplicates(version: number | undefined, write: Write) {
  const [groups, setGroups] = useState<DuplicateGroup[]>([]);
  /** A merge or "not the same" is being saved. */
  const [busy, setBusy] = useState(false);
  /** Increases with every merge or "not the same": a look-up started before it is out of date. */
  const epoch = useRef(0);

  useEffect(() => {
    if (!version) return; // the board has not painted yet
    let current = true;
    const started = epoch.current;
    void (async () => {
      try {
        const { findProbableDuplicates } = await import('@/lib/reads/tools');
        const found = await readDatabase(findProbableDuplicates);
        if (current && started === epoch.current) setGroups(found);
      } catch {
        // Only an offer to review: the board works without it, and the next change tries again.
      }
    })();
    return () => void (current = false);
  }, [version]);

  const find = (key: string) => groups.find((group) => groupKey(group) === key);
  const drop = (key: string) => setGroups((current) => current.filter((group) => groupKey(group) !== key));

  /** Merge the group's other organisations into `survivorId`; undefined when it did not work. */
  const merge = async (key: string, survivorId: string): Promise<MergeDone | undefined> => {
    const group = find(key);
    const survivor = group?.organisations.find((org) => org.id === survivorId);
    if (!group || !survivor) return undefined;
    const absorbed = group.organisations.filter((org) => org.id !== survivorId);
    epoch.current++;
    setBusy(true);
    const outcome = await write((run) =>
      run('partners.merge', { survivorId, absorbedIds: absorbed.map((org) => org.id) }),
    );
    setBusy(false);
    if (!outcome.ok) return undefined;
    const mergeIds = outcome.value;
    drop(key);
    return {
      survivor: { id: survivor.id, name: survivor.name },
      absorbed: absorbed.map(({ id, name }) => ({ id, name })),
      mergeIds,
    };
  };

  /** "Not the same organisation": never proposed again. */
  const notSame = async (key: string): Promise<boolean> => {
    const group = find(key);
    if (!group) return false;
    epoch.current++;
    setBusy(true);
    const { ok } = await write((run) =>
      run('partners.markNotSame', { orgIds: group.organisations.map((org) => org.id) }),
    );
    setBusy(false);
    if (ok) drop(key);
    return ok;
  };

  const undo = (done: MergeDone) => {
    epoch.current++;
    return worked(write((run) => run('partners.undoMerges', { mergeIds: done.mergeIds })));
  };

  return { groups, busy, merge, notSame, undo };
}
