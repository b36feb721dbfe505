/**
 * The popup's data: the first screen from the summaries' index (fast first paint), then every
 * summary for search once painted; reloaded when anything changes elsewhere.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { afterPaint } from '@/lib/after-paint';
import { getMeta, openPipelineDb } from '@/lib/db';
import { onChanged } from '@/lib/changes';
import type { PartnerSummary, Platform, Stage } from '@/lib/model';
import { firstScreen, listPartners, outdatedReaders } from '@/lib/queries';
import { describeStorageError } from '@/lib/storage-errors';
import { repairSummaries } from '@/lib/summaries';
import { backupNudge, readBackupState } from '@/lib/backup';

export interface PipelineData {
  partners: PartnerSummary[];
  /** Per stage; undefined until every partner is loaded (counting scans them all). */
  counts?: Record<string, number>;
  /** How many are loaded: all of them once `complete`. */
  total: number;
  stages: Stage[];
  /** False until every partner is loaded (search and filters need them all). */
  complete: boolean;
}

function countByStage(partners: PartnerSummary[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const partner of partners) counts[partner.stageId] = (counts[partner.stageId] ?? 0) + 1;
  return counts;
}

export function usePipelineData(): { data?: PipelineData; error?: string; nudge?: string; outdated: { platform: Platform; seenAt: string }[]; reload: () => void } {
  const [data, setData] = useState<PipelineData>();
  const [error, setError] = useState<string>();
  const [nudge, setNudge] = useState<string>();
  const [outdated, setOutdated] = useState<{ platform: Platform; seenAt: string }[]>([]);

  const load = async () => {
    try {
      const db = await openPipelineDb({ onBlocked: () => setError(describeStorageError({ name: 'BlockedError' })) });
      try {
        const first = await firstScreen(db);
        const show = (partners: PartnerSummary[], complete: boolean) =>
          setData({ partners, ...(complete ? { counts: countByStage(partners) } : {}), total: partners.length, stages: first.stages, complete });
        show(first.partners, first.complete);
        if (!first.complete) {
          await afterPaint(); // the first screen is on screen before every summary is read
          show(await listPartners(db), true);
        }
        // A write that left summaries out of step (none should): mend, then show the mended list.
        if (await repairSummaries(db)) show(await listPartners(db), true);
        const dismissedAt = await getMeta(db, 'backupNudgeDismissedAt');
        setNudge(backupNudge({ ...(await readBackupState(db)), dismissedAt: dismissedAt ?? null }) ?? undefined);
        setOutdated(await outdatedReaders(db));
      } finally {
        db.close();
      }
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  };

  // Layout effect: the read starts with the first render, not a frame later (first paint waits for it).
  useLayoutEffect(() => {
    void load();
    return onChanged(() => void load());
  }, []);

  return { data, error, nudge, outdated, reload: () => void load() };
}
