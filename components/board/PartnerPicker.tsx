import { useRef, useState } from 'preact/hooks';
import type { PartnerSummary } from '@/lib/domain/model';
import { countryLabel } from '@/lib/i18n/format';
import { filterPartners } from '@/lib/domain/search';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

interface PartnerPickerProps {
  /** Unique on the page: ids of the field and its list derive from it. */
  id: string;
  label: string;
  /** The partners that can be picked (those already in are left out by the caller). */
  partners: PartnerSummary[];
  /** Words for the button: "Add" → "Add Fundacja Młodzi Razem". */
  verb?: string;
  onPick: (orgId: string) => void;
  limit?: number;
}

/** A search box over the saved partners with an Add button per match: name, city, country, tags, notes. */
export function PartnerPicker({
  id,
  label,
  partners,
  verb = i18n.t('picker.add'),
  onPick,
  limit = 6,
}: PartnerPickerProps) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const matches = filterPartners(partners, { query });
  const shown = matches.slice(0, limit);
  const [found, few] = [formatNumber(matches.length), formatNumber(shown.length)];
  const status =
    partners.length === 0
      ? i18n.t('picker.allIn')
      : !query.trim()
        ? matches.length > shown.length
          ? i18n.t('picker.recent', [few, found])
          : i18n.t('picker.canAdd', matches.length, [found])
        : matches.length === 0
          ? i18n.t('picker.noMatch', [query.trim()])
          : matches.length > shown.length
            ? i18n.t('picker.tooMany', [found, few])
            : i18n.t('picker.matches', matches.length, [found]);
  return (
    <div class="ii-picker">
      <label for={`${id}-search`}>{label}</label>
      <input
        id={`${id}-search`}
        ref={input}
        type="search"
        value={query}
        placeholder={i18n.t('picker.placeholder')}
        aria-describedby={`${id}-status`}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p id={`${id}-status`} class="bd-hint" aria-live="polite">
        {status}
      </p>
      {shown.length > 0 && (
        <ul class="ii-picker__list" aria-label={i18n.t('picker.listLabel')}>
          {shown.map((partner) => (
            <li key={partner.id}>
              <span class="ii-picker__who">
                <span class="ii-picker__name">{partner.name}</span>
                <span class="bd-muted">
                  {[countryLabel(partner.country), partner.city].filter(Boolean).join(' · ')}
                </span>
              </span>
              <button
                type="button"
                class="pp-button pp-button--small"
                aria-label={i18n.t('picker.addLabel', [verb, partner.name])}
                onClick={() => {
                  onPick(partner.id);
                  setQuery('');
                  input.current?.focus();
                }}
              >
                {verb}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
