/**
 * The board's data: every partner's summary and the stages, read through lib/queries.ts (no zod), reloaded
 * when anything changes (here or in another tab). Loads never overlap: a change during a load
 * queues exactly one more.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onChanged } from '@/lib/changes';
import { afterPaint } from '@/lib/after-paint';
import { openPipelineDb } from '@/lib/db';
import type { PartnerSummary, Stage } from '@/lib/model';
import { boardFirstScreen, getStages, listPartners } from '@/lib/queries';
import { describeStorageError } from '@/lib/storage-errors';
import { repairSummaries } from '@/lib/summaries';
import { i18n } from '@/lib/i18n';

export interface BoardData {
  partners: PartnerSummary[];
  stages: Stage[];
  /** Increases with every load: views that read more (the detail panel) follow it. */
  version: number;
  /** Partners per stage while only the first screen is loaded; absent once all are. */
  totals?: Record<string, number>;
}

export function describeLoadError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'VersionError' || name === 'BlockedError') return describeStorageError(error);
  return i18n.t('board.loadFailed');
}

/** `writing()` true: a change heard from elsewhere waits, the writer reloads when it is done. */
export function useBoardData(writing: () => boolean = () => false) {
  const [data, setData] = useState<BoardData>();
  const [error, setError] = useState<string>();
  const busy = useRef<Promise<void>>();
  const queued = useRef(false);
  const version = useRef(0);

  const loadOnce = async () => {
    const db = await openPipelineDb({ onBlocked: () => setError(describeStorageError({ name: 'BlockedError' })) });
    try {
      if (version.current === 0) {
        // First load: paint the columns from the stage index, then read everything.
        const first = await boardFirstScreen(db);
        if (!writing()) setData({ partners: first.partners, stages: first.stages, totals: first.totals, version: ++version.current });
        await afterPaint(); // the columns are on screen before every summary is read
      }
      const [partners, stages] = await Promise.all([listPartners(db), getStages(db)]);
      // A write started while we read: what we read may be older than the screen; its reload follows.
      if (writing()) return;
      setData({ partners, stages, version: ++version.current });
      setError(undefined);
      // A write that left summaries out of step (none should): mend, and load once more.
      if (await repairSummaries(db)) queued.current = true;
    } finally {
      db.close();
    }
  };

  const reload = (): Promise<void> => {
    if (busy.current) {
      queued.current = true;
      return busy.current;
    }
    busy.current = (async () => {
      try {
        do {
          queued.current = false;
          await loadOnce();
        } while (queued.current);
      } catch (failure) {
        setError(describeLoadError(failure));
      } finally {
        busy.current = undefined;
      }
    })();
    return busy.current;
  };

  // Layout effect: the read starts with the first render, not a frame later (first paint waits for it).
  useLayoutEffect(() => {
    void reload();
    return onChanged(() => {
      if (!writing()) void reload();
    });
  }, []);

  /** Change the shown data at once (before the write lands), e.g. a card moved with the keyboard. */
  const patch = (change: (partners: PartnerSummary[]) => PartnerSummary[]) =>
    setData((current) => (current ? { ...current, partners: change(current.partners) } : current));

  return { data, error, reload, patch };
}
