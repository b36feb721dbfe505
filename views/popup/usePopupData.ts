/**
 * The popup's data: the first screen from the summaries' index (fast first paint), then every
 * summary for search once painted, then the backup nudge and the readers' notices.
 */
import { afterPaint } from '@/views/live/after-paint';
import { command } from '@/lib/commands/client';
import { useLiveData, type LoadContext } from '@/views/live/useLiveData';
import type { PartnerSummary, Platform, Stage } from '@/lib/domain/model';
import {
  backupNudge,
  firstScreen,
  getMeta,
  listPartners,
  outdatedReaders,
  readBackupState,
  summariesToMend,
} from '@/lib/reads';

export interface PartnerListData {
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

export interface PopupData {
  pipeline: PartnerListData;
  nudge?: string;
  outdated: { platform: Platform; seenAt: string }[];
}

async function loadPopup({ db, show }: LoadContext<PopupData>): Promise<void> {
  const first = await firstScreen(db);
  let shown: PopupData = { pipeline: partnerListData(first.partners, first.complete, first.stages), outdated: [] };
  const showPartners = (partners: PartnerSummary[]) =>
    show((shown = { ...shown, pipeline: partnerListData(partners, true, first.stages) }));
  show(shown);
  if (!first.complete) {
    await afterPaint(); // the first screen is on screen before every summary is read
    showPartners(await listPartners(db));
  }
  // A write that left summaries out of step (none should): mend, then show the mended list.
  if ((await summariesToMend(db)).length > 0 && (await command('summaries.repair', {})))
    showPartners(await listPartners(db));
  const dismissedAt = await getMeta(db, 'backupNudgeDismissedAt');
  const nudge = backupNudge({ ...(await readBackupState(db)), dismissedAt: dismissedAt ?? null }) ?? undefined;
  show((shown = { ...shown, nudge, outdated: await outdatedReaders(db) }));
}

function partnerListData(partners: PartnerSummary[], complete: boolean, stages: Stage[]): PartnerListData {
  return {
    partners,
    ...(complete ? { counts: countByStage(partners) } : {}),
    total: partners.length,
    stages,
    complete,
  };
}

/** Loaded by the one load loop (views/live): again whenever anything changes elsewhere. */
export function usePopupData() {
  const { data, error, reload } = useLiveData(loadPopup);
  return {
    data: data?.pipeline,
    error,
    nudge: data?.nudge,
    outdated: data?.outdated ?? [],
    reload: () => void reload(),
  };
}
