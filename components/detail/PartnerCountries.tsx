import type { ConsortiumCheck } from '@/lib/domain/consortium';
import { CALENDAR } from '@/lib/domain/calls';
import { formatDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';
import { SafeLink } from './DetailSources';

const withCountry = (org: { name: string; country?: string }) =>
  org.country ? `${org.name} (${org.country})` : org.name;

/** What organisations from partner countries may do in the idea's action, and who could coordinate; with the rules' source. */
export function PartnerCountries({
  id,
  check,
}: {
  id: string;
  check: Pick<ConsortiumCheck, 'participation' | 'couldCoordinate'>;
}) {
  if (check.participation.length === 0 && !check.couldCoordinate) return null;
  const rules = CALENDAR.participation;
  return (
    <div
      class="ii-partner-countries"
      aria-labelledby={`${id}-partner-countries`}
      role="group"
      data-testid="partner-countries"
    >
      <h4 id={`${id}-partner-countries`}>{i18n.t('participation.title')}</h4>
      <ul>
        {check.participation.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {check.couldCoordinate && (
          <li>
            {check.couldCoordinate.length
              ? i18n.t('participation.couldCoordinate', [check.couldCoordinate.map(withCountry).join(', ')])
              : i18n.t('participation.noneCouldCoordinate')}
          </li>
        )}
      </ul>
      <p class="bd-hint">
        {richText([<SafeLink url={rules.sourceUrl}>{rules.source}</SafeLink>], (source) =>
          i18n.t('participation.source', [formatDate(rules.asOf), source]),
        )}{' '}
        {rules.note}
      </p>
    </div>
  );
}
