/**
 * The "Statistics" tab: how far the outreach got (contacted → replied → confirmed), overall, per
 * platform, per project idea, per event and per month. Charts are drawn by hand in SVG, each with
 * a spoken summary and a table with the same numbers beside it.
 */
import { useMemo } from 'preact/hooks';
import { EmptyState } from '@/components/EmptyState';
import { FunnelChart } from '@/components/FunnelChart';
import { MonthlyChart } from '@/components/MonthlyChart';
import { FunnelTable, MonthTable } from '@/components/StatsTable';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { stageColour } from '@/lib/stage-colours';
import { MILESTONES, outreachStats, type Milestone } from '@/lib/stats';
import { useIdeasData } from './useIdeasData';
import { LoadState } from './view-parts';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/rich-text';
import { stageNameById } from '@/lib/stages';

export function StatsView() {
  const { data, error, reload } = useIdeasData();
  const stats = useMemo(() => data && outreachStats([...data.organisations.values()], data.entries, data.ideas, data.events, data.stages), [data]);
  const stageIds = (data?.stages ?? []).map((s) => s.id);
  const colours = Object.fromEntries(MILESTONES.map((m) => [m, stageColour(stageIds, m)])) as Record<Milestone, string>;
  const stages = data?.stages ?? [];
  const labels = Object.fromEntries(MILESTONES.map((m) => [m, stageNameById(stages, m)])) as Record<Milestone, string>;
  const all = i18n.t('stats.allPartners');

  return (
    <div class="ii-view">
      <header class="ii-view__head">
        <h1>{i18n.t('stats.title')}</h1>
      </header>
      <p class="bd-hint ii-intro">
        {richText([<strong>{i18n.t('stats.contacted')}</strong>, <strong>{i18n.t('stats.replied')}</strong>, <strong>{i18n.t('stats.confirmed')}</strong>], (a, b, c) =>
          i18n.t('stats.intro', [a, b, c, labels.contacted, labels.replied, labels.confirmed, stageNameById(stages, 'not-a-fit')]),
        )}
      </p>
      <LoadState loaded={!!data} error={error} failed={i18n.t('stats.loadFailedTitle')} loading={i18n.t('stats.loading')} onRetry={() => void reload()} />
      {data && stats && data.organisations.size === 0 && (
        <EmptyState title={i18n.t('stats.emptyTitle')}>
          <p>{i18n.t('stats.emptyBody')}</p>
        </EmptyState>
      )}
      {data && stats && data.organisations.size > 0 && (
        <>
          <section class="ii-stats-section" aria-labelledby="ii-stats-overall">
            <h2 id="ii-stats-overall">{all}</h2>
            <div class="ii-stats-pair">
              <FunnelChart title={all} funnel={stats.overall} colours={colours} labels={labels} />
              <FunnelTable caption={i18n.t('stats.inNumbers')} rowHeader={i18n.t('stats.whichPartners')} rows={[{ key: 'all', label: all, funnel: stats.overall }]} empty="" />
            </div>
          </section>
          <section class="ii-stats-section" aria-labelledby="ii-stats-month">
            <h2 id="ii-stats-month">{i18n.t('stats.overTime')}</h2>
            {stats.byMonth.length === 0 ? (
              <p class="bd-muted">{i18n.t('stats.noMonths', [labels.contacted])}</p>
            ) : (
              <div class="ii-stats-pair">
                <MonthlyChart rows={stats.byMonth} colours={colours} labels={labels} />
                <MonthTable rows={stats.byMonth} />
              </div>
            )}
          </section>
          <section class="ii-stats-section" aria-labelledby="ii-stats-platform">
            <h2 id="ii-stats-platform">{i18n.t('stats.byPlatform')}</h2>
            <FunnelTable
              caption={i18n.t('stats.byPlatformCaption')}
              rowHeader={i18n.t('stats.platform')}
              rows={stats.byPlatform.map(({ origin, funnel }) => ({ key: origin, label: PLATFORM_NAMES[origin], funnel }))}
              empty={i18n.t('stats.noPartners')}
            />
          </section>
          <section class="ii-stats-section" aria-labelledby="ii-stats-idea">
            <h2 id="ii-stats-idea">{i18n.t('stats.byIdea')}</h2>
            <FunnelTable
              caption={i18n.t('stats.byIdeaCaption')}
              rowHeader={i18n.t('stats.idea')}
              rows={stats.byIdea.map(({ id, title, funnel }) => ({ key: id, label: title, funnel }))}
              empty={i18n.t('stats.noIdeas')}
            />
          </section>
          <section class="ii-stats-section" aria-labelledby="ii-stats-event">
            <h2 id="ii-stats-event">{i18n.t('stats.byEvent')}</h2>
            <FunnelTable
              caption={i18n.t('stats.byEventCaption')}
              rowHeader={i18n.t('stats.event')}
              rows={stats.byEvent.map(({ id, name, funnel }) => ({ key: id, label: name, funnel }))}
              empty={i18n.t('stats.noEvents')}
            />
          </section>
        </>
      )}
    </div>
  );
}
