/**
 * The board's "Came through" filter: a platform (from the partner's sources), introduced by
 * someone, or met at an event. The last two need the introductions and events, read (keys and
 * ids only) when the filter is first used and again whenever the board reloads.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { readDatabase } from '@/lib/reads';
import type { PartnerSummary, SourceOrigin } from '@/lib/domain/model';
import { CameThroughSelect } from '@/components/outreach/CameThroughSelect';

export type CameThrough = '' | 'introduced' | 'event' | SourceOrigin;

/** The filter's select, and the test a partner must pass (undefined: no filter). */
export function useCameThrough(version: number | undefined) {
  const [choice, setChoice] = useState<CameThrough>('');
  const [ids, setIds] = useState<{ introduced: Set<string>; event: Set<string> }>();
  const needsIds = choice === 'introduced' || choice === 'event';
  useEffect(() => {
    if (!needsIds) return;
    let current = true;
    void (async () => {
      const [introduced, events] = await readDatabase((db) =>
        Promise.all([db.getAllKeys('introductions'), db.getAll('events')]),
      );
      if (current) setIds({ introduced: new Set(introduced), event: new Set(events.flatMap((event) => event.orgIds)) });
    })().catch(() => undefined);
    return () => void (current = false);
  }, [needsIds, version]);
  // The same function until the choice or the ids change: the board's columns are memoised on it.
  const keep = useMemo(() => {
    if (!choice) return undefined;
    if (choice === 'introduced' || choice === 'event')
      return (partner: PartnerSummary) => !!ids?.[choice].has(partner.id);
    return (partner: PartnerSummary) => partner.origins.includes(choice);
  }, [choice, ids]);
  return { keep, select: <CameThroughSelect value={choice} onChange={(value) => setChoice(value as CameThrough)} /> };
}
