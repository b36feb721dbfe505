import { FunnelChart } from '@/components/ideas/FunnelChart';
import { MonthlyChart } from '@/components/ideas/MonthlyChart';
import { FunnelTable, MonthTable } from '@/components/ideas/StatsTable';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import type { Milestone, OutreachStats } from '@/lib/domain/stats';
import { i18n } from '@/lib/i18n';

interface StatsSectionsProps {
  stats: OutreachStats;
  colours: Record<Milestone, string>;
  labels: Record<Milestone, string>;
}

/** The funnel overall and over time (chart and table), then per platform, idea and event. */
export function StatsSections({ stats, colours, labels }: StatsSectionsProps) {
  const all = i18n.t('stats.allPartners');
  return (
    <>
      <section class="ii-stats-section" aria-labelledby="ii-stats-overall">
        <h2 id="ii-stats-overall">{all}</h2>
        <div class="ii-stats-pair">
          <FunnelChart title={all} funnel={stats.overall} colours={colours} labels={labels} />
          <FunnelTable
            caption={i18n.t('stats.inNumbers')}
            rowHeader={i18n.t('stats.whichPartners')}
            rows={[{ key: 'all', label: all, funnel: stats.overall }]}
            empty=""
          />
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
          rows={stats.byPlatform.map(({ origin, funnel }) => ({
            key: origin,
            label: PLATFORM_NAMES[origin],
            funnel,
          }))}
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
  );
}
