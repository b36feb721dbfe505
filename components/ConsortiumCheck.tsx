import type { ConsortiumCheck as Check } from '@/lib/consortium';
import { countryLabel } from '@/lib/format';

interface ConsortiumCheckProps {
  /** Unique on the page (headings are referenced by id). */
  id: string;
  check: Check;
  action?: string;
}

const place = (org: { name: string; country?: string }) => (org.country ? `${org.name} (${countryLabel(org.country)})` : `${org.name} (no country)`);
const orgs = (n: number) => `${n} ${n === 1 ? 'organisation' : 'organisations'}`;
const countries = (n: number) => `${n} ${n === 1 ? 'country' : 'countries'}`;

/** The verdict in words first, then what it rests on: countries, types, who is pending, who does not count. */
export function ConsortiumCheck({ id, check, action }: ConsortiumCheckProps) {
  const rule = check.minOrganisations && check.minCountries ? `at least ${orgs(check.minOrganisations)} from ${countries(check.minCountries)}` : '';
  const verdict =
    check.meetsMinimum === true
      ? { mark: '✓', tone: 'ok', text: `Meets the minimum for ${action}: ${rule}.` }
      : check.meetsMinimum === false
        ? { mark: '✗', tone: 'short', text: `Not enough yet for ${action} (${rule}). Still needed:` }
        : { mark: '?', tone: 'unknown', text: 'The consortium cannot be checked yet.' };
  return (
    <section class="ii-check" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Consortium check</h3>
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
        <dt>Countries that count</dt>
        <dd>{check.countingCountries.length ? check.countingCountries.map((code) => countryLabel(code)).join(', ') : 'None yet: only confirmed organisations count.'}</dd>
        <dt>Types of organisation</dt>
        <dd>{check.types.length ? check.types.join(', ') : check.confirmed.length ? 'Not known: add the type in the partner details.' : 'None confirmed yet.'}</dd>
        <dt>Still pending</dt>
        <dd>{check.pending.length ? check.pending.map(place).join(', ') : 'Nobody.'}</dd>
        {check.notCounting.length > 0 && (
          <>
            <dt>Confirmed, but not counting</dt>
            <dd>
              {check.notCounting.map(place).join(', ')}
              <span class="bd-hint ii-block">
                Organisations from countries outside the EU and the associated countries (Iceland, Liechtenstein, Norway, North Macedonia, Serbia, Türkiye) can take part in
                some actions, but do not count towards the minimum.
              </span>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
