/**
 * The "Statistics" tab: how far the outreach got (contacted → replied → confirmed), overall, per
 * platform, per project idea, per event and per month. Charts are drawn by hand in SVG, each with
 * a spoken summary and a table with the same numbers beside it.
 */
import { useMemo } from 'preact/hooks';
import { EmptyState } from '@/components/shared/EmptyState';
import { stageColour } from '@/lib/domain/stage-colours';
import { MILESTONES, outreachStats, type Milestone } from '@/lib/domain/stats';
import { useIdeasData } from './useIdeasData';
import { LoadState } from './view-parts';
import { OutreachStats } from './OutreachStats';
import { StatsIntro } from './StatsIntro';
import { StatsSections } from './StatsSections';
import { i18n } from '@/lib/i18n';
import { stageNameById } from '@/lib/domain/stages';

export function StatsView() {
  const { data, error, reload } = useIdeasData();
  const stats = useMemo(
    () => data && outreachStats([...data.organisations.values()], data.entries, data.ideas, data.events, data.stages),
    [data],
  );
  const stageIds = (data?.stages ?? []).map((s) => s.id);
  const colours = Object.fromEntries(MILESTONES.map((m) => [m, stageColour(stageIds, m)])) as Record<Milestone, string>;
  const stages = data?.stages ?? [];
  const labels = Object.fromEntries(MILESTONES.map((m) => [m, stageNameById(stages, m)])) as Record<Milestone, string>;

  return (
    <div class="ii-view">
      <header class="ii-view__head">
        <h1>{i18n.t('stats.title')}</h1>
      </header>
      <StatsIntro labels={labels} stages={stages} />
      <LoadState
        loaded={!!data}
        error={error}
        failed={i18n.t('stats.loadFailedTitle')}
        loading={i18n.t('stats.loading')}
        onRetry={() => void reload()}
      />
      {data && stats && data.organisations.size === 0 && (
        <EmptyState title={i18n.t('stats.emptyTitle')}>
          <p>{i18n.t('stats.emptyBody')}</p>
        </EmptyState>
      )}
      {data && stats && data.organisations.size > 0 && (
        <>
          <StatsSections stats={stats} colours={colours} labels={labels} />
          <OutreachStats data={data} />
        </>
      )}
    </div>
  );
}
