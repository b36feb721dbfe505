/** Pure helpers of the board: columns from partners and stages, tag suggestions. No DB, no zod. */
import type { PartnerSummary, Stage } from '@/lib/domain/model';
import { filterPartners } from '@/lib/domain/search';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

export interface Column {
  stage: Stage;
  /** Partners of the stage that match the filter, most recently changed first. */
  partners: PartnerSummary[];
  /** All partners of the stage, filter or not; undefined while not counted yet (first screen). */
  total: number | undefined;
}

export interface Columns {
  columns: Column[];
  /** How many partners match the filter on the whole board. */
  shown: number;
  /** Partners in archived stages: kept, but not on the board. */
  archived: number;
}

/**
 * One column per stage that is not archived. A partner whose stage no longer exists goes to
 * the first column (so it is never lost); one in an archived stage is counted, not shown.
 */
export function buildColumns(
  partners: PartnerSummary[],
  stages: Stage[],
  query: string,
  totals?: Record<string, number>,
  /** A further filter, e.g. how the partner came. */
  keep?: (partner: PartnerSummary) => boolean,
): Columns {
  const visible = stages.filter((stage) => !stage.archived);
  const archivedIds = new Set(stages.filter((stage) => stage.archived).map((stage) => stage.id));
  const byStage = new Map<string, { stage: Stage; partners: PartnerSummary[]; total: number | undefined }>(
    visible.map((stage) => [stage.id, { stage, partners: [], total: 0 }]),
  );
  const first = visible[0]?.id;
  const columnOf = (partner: PartnerSummary) =>
    byStage.has(partner.stageId) ? partner.stageId : archivedIds.has(partner.stageId) ? undefined : first;
  let archived = 0;
  for (const partner of partners) {
    const id = columnOf(partner);
    if (id) byStage.get(id)!.total! += 1;
    else archived++;
  }
  // While only a first screen is loaded, a stage's total is known only when it holds the whole stage.
  if (totals) for (const column of byStage.values()) column.total = totals[column.stage.id];
  const kept = keep ? partners.filter(keep) : partners;
  const matching = query.trim() ? filterPartners(kept, { query }) : kept;
  let shown = 0;
  for (const partner of matching) {
    const id = columnOf(partner);
    if (!id) continue;
    byStage.get(id)!.partners.push(partner);
    shown++;
  }
  return { columns: [...byStage.values()], shown, archived };
}

/** The column a partner is shown in (see buildColumns), or undefined when its stage is archived. */
export function columnStageId(partner: PartnerSummary, stages: Stage[]): string | undefined {
  const stage = stages.find((s) => s.id === partner.stageId);
  if (stage) return stage.archived ? undefined : stage.id;
  return stages.find((s) => !s.archived)?.id;
}

/** Every tag in use, most used first: the same order as lib/store/entries' allTags, without a DB read. */
export function tagSuggestions(partners: PartnerSummary[]): string[] {
  const counts = new Map<string, number>();
  for (const partner of partners) for (const tag of partner.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag]) => tag);
}

/** "1 partner", "1,234 partners" in the user's language. */
export const partnersWord = (n: number) => i18n.t('board.partners', n, [formatNumber(n)]);

/** The organisation id in "#org=<id>" (the popup opens the board at one partner this way). */
export function orgFromHash(hash: string): string | undefined {
  const match = /(?:^#|&)org=([^&]+)/.exec(hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** How many partners each stage holds (the stage editor says what deleting a stage would move). */
export function stageCounts(partners: PartnerSummary[], stages: Stage[]): Record<string, number> {
  return Object.fromEntries(stages.map((s) => [s.id, partners.filter((p) => p.stageId === s.id).length]));
}
