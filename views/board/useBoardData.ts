/**
 * The board's data: every partner's summary and the stages, read through lib/reads/index.ts (no zod),
 * reloaded when anything changes (here or in another tab) by the one load loop (views/live).
 */
import { useRef } from 'preact/hooks';
import { afterPaint } from '@/views/live/after-paint';
import { command } from '@/lib/commands/client';
import type { PartnerSummary, Stage } from '@/lib/domain/model';
import { boardFirstScreen, getStages, listPartners, summariesToMend } from '@/lib/reads';
import { describeStorageError } from '@/lib/i18n/storage-errors';
import { i18n } from '@/lib/i18n';
import { useLiveData, type LoadContext } from '@/views/live/useLiveData';

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
  const version = useRef(0);
  const load = async ({ db, show, first, again }: LoadContext<BoardData>) => {
    if (first) {
      // First load: paint the columns from the stage index, then read everything.
      const screen = await boardFirstScreen(db);
      show({ partners: screen.partners, stages: screen.stages, totals: screen.totals, version: ++version.current });
      await afterPaint(); // the columns are on screen before every summary is read
    }
    const [partners, stages] = await Promise.all([listPartners(db), getStages(db)]);
    // A write started while we read: what we read may be older than the screen; its reload follows.
    if (writing()) return;
    show({ partners, stages, version: ++version.current });
    // A write that left summaries out of step (none should): mend, and load once more.
    if ((await summariesToMend(db)).length > 0 && (await command('summaries.repair', {}))) again();
  };
  const { data, setData, error, reload } = useLiveData(load, { describeError: describeLoadError, writing });

  /** Change the shown data at once (before the write lands), e.g. a card moved with the keyboard. */
  const patch = (change: (partners: PartnerSummary[]) => PartnerSummary[]) =>
    setData((current) => (current ? { ...current, partners: change(current.partners) } : current));

  return { data, error, reload, patch };
}
