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
import { PLATFORM_NAMES } from '@/lib/platforms';
import { stageColour } from '@/lib/stage-colours';
import { MILESTONES, outreachStats, type Milestone } from '@/lib/stats';
import { useIdeasData } from './useIdeasData';
import { LoadState } from './view-parts';

export function StatsView() {
  const { data, error, reload } = useIdeasData();
  const stats = useMemo(() => data && outreachStats([...data.organisations.values()], data.entries, data.ideas, data.events, data.stages), [data]);
  const stageIds = (data?.stages ?? []).map((s) => s.id);
  const colours = Object.fromEntries(MILESTONES.map((m) => [m, stageColour(stageIds, m)])) as Record<Milestone, string>;
  const labels = Object.fromEntries(MILESTONES.map((m) => [m, data?.stages.find((s) => s.id === m)?.name ?? m])) as Record<Milestone, string>;

  return (
    <div class="ii-view">
      <header class="ii-view__head">
        <h1>Statistics</h1>
      </header>
      <p class="bd-hint ii-intro">
        How far your outreach got. <strong>Contacted</strong> counts partners who reached the stage “{labels.contacted}” or a later one; <strong>replied</strong>, “
        {labels.replied}” or later (a “Not a fit” answer is a reply too); <strong>confirmed</strong>, “{labels.confirmed}”. Rates are out of those contacted. For
        project ideas, each organisation’s stage in that idea counts.
      </p>
      <LoadState loaded={!!data} error={error} what="your statistics" onRetry={() => void reload()} />
      {data && stats && data.organisations.size === 0 && (
        <EmptyState title="No statistics yet">
          <p>
            Save partners from OTLAS, EPALE, ESEP / eTwinning or the Project Results Platform, then move them through the stages on the board as you contact them and
            they answer. The numbers and charts appear here.
          </p>
        </EmptyState>
      )}
      {data && stats && data.organisations.size > 0 && (
        <>
          <section class="ii-stats-section" aria-labelledby="ii-stats-overall">
            <h2 id="ii-stats-overall">All partners</h2>
            <div class="ii-stats-pair">
              <FunnelChart title="All partners" funnel={stats.overall} colours={colours} labels={labels} />
              <FunnelTable caption="In numbers" rowHeader="Which partners" rows={[{ key: 'all', label: 'All partners', funnel: stats.overall }]} empty="" />
            </div>
          </section>
          <section class="ii-stats-section" aria-labelledby="ii-stats-month">
            <h2 id="ii-stats-month">Over time</h2>
            {stats.byMonth.length === 0 ? (
              <p class="bd-muted">Nothing yet: when you move a partner to “{labels.contacted}” or a later stage, the month it happened is counted here.</p>
            ) : (
              <div class="ii-stats-pair">
                <MonthlyChart rows={stats.byMonth} colours={colours} labels={labels} />
                <MonthTable rows={stats.byMonth} />
              </div>
            )}
          </section>
          <section class="ii-stats-section" aria-labelledby="ii-stats-platform">
            <h2 id="ii-stats-platform">By platform</h2>
            <FunnelTable caption="Where you found them" rowHeader="Platform" rows={stats.byPlatform.map(({ origin, funnel }) => ({ key: origin, label: PLATFORM_NAMES[origin], funnel }))} empty="No partners yet." />
          </section>
          <section class="ii-stats-section" aria-labelledby="ii-stats-idea">
            <h2 id="ii-stats-idea">By project idea</h2>
            <FunnelTable caption="Stages within each project idea" rowHeader="Project idea" rows={stats.byIdea.map(({ id, title, funnel }) => ({ key: id, label: title, funnel }))} empty="No project ideas yet: create one in the Project ideas tab and add partners to it." />
          </section>
          <section class="ii-stats-section" aria-labelledby="ii-stats-event">
            <h2 id="ii-stats-event">By event</h2>
            <FunnelTable caption="Organisations met at each event" rowHeader="Event" rows={stats.byEvent.map(({ id, name, funnel }) => ({ key: id, label: name, funnel }))} empty="No events yet: note the contact seminars and forums you went to in the Events tab." />
          </section>
        </>
      )}
    </div>
  );
}
