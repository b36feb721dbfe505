/** The statistics tab's outreach sections: reply rates from the contact log, and how confirmed partners came. */
import { ReplyRateTable } from '@/components/outreach/ReplyRateTable';
import { chains, confirmedPartners, replyRates, type Chain, type ReplyDimension } from '@/lib/outreach/outreach-stats';
import { STARTER_TEMPLATES } from '@/lib/outreach/starters';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { formatNumber } from '@/lib/i18n/format';
import type { SourceOrigin } from '@/lib/domain/model';
import { i18n } from '@/lib/i18n';
import { languageName } from '../outreach/outreach-words';
import type { IdeasData } from './useIdeasData';

const DIMENSIONS: { id: ReplyDimension; title: () => string }[] = [
  { id: 'template', title: () => i18n.t('outreach.stats.byTemplate') },
  { id: 'language', title: () => i18n.t('outreach.stats.byLanguage') },
  { id: 'idea', title: () => i18n.t('outreach.stats.byIdea') },
  { id: 'platform', title: () => i18n.t('outreach.stats.byPlatform') },
  { id: 'event', title: () => i18n.t('outreach.stats.byEvent') },
];

export function OutreachStats({ data }: { data: IdeasData }) {
  const rates = replyRates(data.contactLog, data.organisations, data.events);
  const templates = [...data.templates, ...STARTER_TEMPLATES];
  const label = (dimension: ReplyDimension, key: string): string => {
    if (dimension === 'template')
      return templates.find((t) => t.id === key)?.name ?? i18n.t('outreach.stats.deletedTemplate');
    if (dimension === 'language') return languageName(key);
    if (dimension === 'idea')
      return data.ideas.find((idea) => idea.id === key)?.title ?? i18n.t('outreach.stats.deletedIdea');
    if (dimension === 'event') return data.events.find((event) => event.id === key)?.name ?? key;
    return PLATFORM_NAMES[key as SourceOrigin] ?? key;
  };
  const confirmed = confirmedPartners(data.entries, data.ideas);
  const { total, chains: found } = chains(confirmed, data.organisations, data.events, data.introductions);
  const through = (chain: Chain) =>
    chain.kind === 'introduced'
      ? (data.organisations.get(chain.ref)?.name ?? i18n.t('outreach.origin.deleted'))
      : chain.kind === 'event'
        ? (data.events.find((event) => event.id === chain.ref)?.name ?? chain.ref)
        : chain.kind === 'past-project'
          ? i18n.t('outreach.origin.pastProject')
          : PLATFORM_NAMES[chain.kind as SourceOrigin];
  return (
    <>
      <section class="ii-stats-section" aria-labelledby="ii-stats-chains">
        <h2 id="ii-stats-chains">{i18n.t('outreach.stats.chainsTitle')}</h2>
        {found.length === 0 ? (
          <p class="bd-muted">{i18n.t('outreach.stats.noChains')}</p>
        ) : (
          <ul data-testid="chains">
            {found.map((chain) => (
              <li key={`${chain.kind}:${chain.ref}`}>
                {i18n.t('outreach.stats.chain', total, [
                  formatNumber(chain.count),
                  formatNumber(total),
                  through(chain),
                ])}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="ii-stats-section" aria-labelledby="ii-stats-replies">
        <h2 id="ii-stats-replies">{i18n.t('outreach.stats.repliesTitle')}</h2>
        {data.contactLog.every((entry) => !entry.sent) ? (
          <p class="bd-muted">{i18n.t('outreach.stats.noMessages')}</p>
        ) : (
          DIMENSIONS.map((dimension) => (
            <ReplyRateTable
              key={dimension.id}
              caption={dimension.title()}
              rowHeader={i18n.t('outreach.stats.which')}
              rows={rates[dimension.id].map((row) => ({ ...row, label: label(dimension.id, row.key) }))}
            />
          ))
        )}
      </section>
    </>
  );
}
