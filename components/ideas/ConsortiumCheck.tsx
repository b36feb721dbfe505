import type { ConsortiumCheck as Check } from '@/lib/domain/consortium';
import { countryLabel, formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { PartnerCountries } from '../detail/PartnerCountries';

interface ConsortiumCheckProps {
  /** Unique on the page (headings are referenced by id). */
  id: string;
  check: Check;
  action?: string;
}

const place = (org: { name: string; country?: string }) =>
  org.country
    ? i18n.t('consortium.orgInCountry', [org.name, countryLabel(org.country)])
    : i18n.t('consortium.orgWithoutCountry', [org.name]);
const orgs = (n: number) => i18n.t('consortium.organisations', n, [formatNumber(n)]);
const countries = (n: number) => i18n.t('consortium.countries', n, [formatNumber(n)]);

/** The verdict in words first, then what it rests on: countries, types, who is pending, who does not count. */
export function ConsortiumCheck({ id, check, action }: ConsortiumCheckProps) {
  const rule =
    check.minOrganisations && check.minCountries
      ? i18n.t('consortium.rule', [orgs(check.minOrganisations), countries(check.minCountries)])
      : '';
  const verdict =
    check.meetsMinimum === true
      ? { mark: '✓', tone: 'ok', text: i18n.t('consortium.meets', [action ?? '', rule]) }
      : check.meetsMinimum === false
        ? { mark: '✗', tone: 'short', text: i18n.t('consortium.notEnough', [action ?? '', rule]) }
        : { mark: '?', tone: 'unknown', text: i18n.t('consortium.cannotCheck') };
  return (
    <section class="ii-check" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{i18n.t('consortium.title')}</h3>
      <div class={`ii-verdict ii-verdict--${verdict.tone}`} aria-live="polite" data-testid="consortium-verdict">
        <p>
          <span class="ii-verdict__mark" aria-hidden="true">
            {verdict.mark}
          </span>{' '}
          {verdict.text}
        </p>
        {check.missing.length > 0 && (
          <ul>
            {check.missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <dl class="ii-facts">
        <dt>{i18n.t('consortium.countingCountries')}</dt>
        <dd>
          {check.countingCountries.length
            ? check.countingCountries.map((code) => countryLabel(code)).join(', ')
            : i18n.t('consortium.noCountingCountries')}
        </dd>
        <dt>{i18n.t('consortium.types')}</dt>
        <dd>
          {check.types.length
            ? check.types.join(', ')
            : check.confirmed.length
              ? i18n.t('consortium.typesUnknown')
              : i18n.t('consortium.noneConfirmed')}
        </dd>
        <dt>{i18n.t('consortium.pending')}</dt>
        <dd>{check.pending.length ? check.pending.map(place).join(', ') : i18n.t('consortium.nobody')}</dd>
        {check.notCounting.length > 0 && (
          <>
            <dt>{i18n.t('consortium.notCounting')}</dt>
            <dd>
              {check.notCounting.map(place).join(', ')}
              <span class="bd-hint ii-block">{i18n.t('consortium.notCountingHint')}</span>
            </dd>
          </>
        )}
        {/* Last, so the facts above keep their order. */}
        <dt>{i18n.t('participation.applicant')}</dt>
        <dd data-testid="consortium-applicant">
          {check.applicant
            ? i18n.t('participation.applicantIs', [place(check.applicant)])
            : i18n.t('participation.noApplicant')}
        </dd>
      </dl>
      <PartnerCountries id={id} check={check} />
    </section>
  );
}
