import { useRef, useState } from 'preact/hooks';
import type { PartnerSummary } from '@/lib/model';
import { countryLabel } from '@/lib/format';
import { filterPartners } from '@/lib/search';

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
export function PartnerPicker({ id, label, partners, verb = 'Add', onPick, limit = 6 }: PartnerPickerProps) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const matches = filterPartners(partners, { query });
  const shown = matches.slice(0, limit);
  const status =
    partners.length === 0
      ? 'Every saved partner is in already.'
      : !query.trim()
        ? matches.length > shown.length
          ? `Your ${shown.length} most recent of ${matches.length} partners are shown: type to find the others.`
          : `${matches.length} saved ${matches.length === 1 ? 'partner' : 'partners'} can be added.`
        : matches.length === 0
        ? `No saved partner matches “${query.trim()}”.`
        : matches.length > shown.length
          ? `${matches.length} partners match; the first ${shown.length} are shown. Type more to narrow.`
          : `${matches.length} ${matches.length === 1 ? 'partner matches' : 'partners match'}.`;
  return (
    <div class="ii-picker">
      <label for={`${id}-search`}>{label}</label>
      <input
        id={`${id}-search`}
        ref={input}
        type="search"
        value={query}
        placeholder="Name, city, country or tag…"
        aria-describedby={`${id}-status`}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p id={`${id}-status`} class="bd-hint" aria-live="polite">
        {status}
      </p>
      {shown.length > 0 && (
        <ul class="ii-picker__list" aria-label="Matching partners">
          {shown.map((partner) => (
            <li key={partner.id}>
              <span class="ii-picker__who">
                <span class="ii-picker__name">{partner.name}</span>
                <span class="bd-muted">{[countryLabel(partner.country), partner.city].filter(Boolean).join(' · ')}</span>
              </span>
              <button type="button" class="pp-button pp-button--small" aria-label={`${verb} ${partner.name}`} onClick={() => {
                  onPick(partner.id);
                  setQuery('');
                  input.current?.focus();
                }}>
                {verb}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
