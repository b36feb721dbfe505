import { i18n } from '@/lib/i18n';
import { countryOptions } from './manual-draft';

interface CountrySelectProps {
  id: string;
  value: string;
  /** What choosing none says ("Not known", "No country"). */
  noneLabel: string;
  onChange: (code: string) => void;
}

/** Every country the browser can name, in the user's language: one list wherever a country is picked. */
export function CountrySelect({ id, value, noneLabel, onChange }: CountrySelectProps) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{noneLabel}</option>
      {countryOptions().map((c) => (
        <option key={c.code} value={c.code}>
          {i18n.t('events.manual.countryOption', [c.name, c.code])}
        </option>
      ))}
    </select>
  );
}
