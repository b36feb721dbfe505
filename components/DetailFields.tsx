import { useState } from 'preact/hooks';
import type { Organisation } from '@/lib/model';
import type { EditableField } from '@/lib/organisations';
import { countryLabel } from '@/lib/format';
import { isHttpUrl, MAX, PATTERNS } from '@/lib/limits';

const FIELDS: { key: EditableField; label: string; hint?: string; long?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'country', label: 'Country', hint: 'Two-letter code, e.g. PL' },
  { key: 'city', label: 'City' },
  { key: 'region', label: 'Region' },
  { key: 'type', label: 'Type of organisation' },
  { key: 'website', label: 'Website', hint: 'https://…' },
  { key: 'email', label: 'E-mail' },
  { key: 'phone', label: 'Phone' },
  { key: 'oid', label: 'OID', hint: 'E and 8 digits' },
  { key: 'pic', label: 'PIC', hint: '9 digits' },
  { key: 'description', label: 'Description', long: true },
];

const LIMITS: Partial<Record<EditableField, number>> = { name: MAX.name, city: MAX.place, region: MAX.place, type: MAX.type, phone: MAX.phone, description: MAX.longText };

/** The value as it will be saved (codes in capitals), and a plain-words problem if it cannot be. */
export function checkField(key: EditableField, raw: string): { value: string; error?: string } {
  let value = raw.trim();
  if (key === 'country' || key === 'oid') value = value.toUpperCase();
  if (key === 'pic') value = value.replace(/\s+/g, '');
  if (!value) return key === 'name' ? { value, error: 'The name is needed.' } : { value };
  const limit = LIMITS[key];
  if (limit && value.length > limit) return { value, error: `This is too long: at most ${limit.toLocaleString()} characters.` };
  if (key === 'country' && !PATTERNS.isoCountry.test(value)) return { value, error: 'Use the two-letter country code, for example PL for Poland or DE for Germany.' };
  if (key === 'country' && countryLabel(value) === value) return { value, error: `"${value}" is not a country code we know. Use the two-letter code, for example PL.` };
  if (key === 'website' && (value.length > MAX.url || !isHttpUrl(value))) return { value, error: 'Use the full web address, starting with https:// or http://' };
  if (key === 'email' && (value.length > MAX.email || !PATTERNS.email.test(value))) return { value, error: 'This does not look like an e-mail address (name@example.org).' };
  if (key === 'oid' && !PATTERNS.oid.test(value)) return { value, error: 'An OID is the letter E followed by 8 digits, for example E10123456.' };
  if (key === 'pic' && !PATTERNS.pic.test(value)) return { value, error: 'A PIC has exactly 9 digits, for example 949123456.' };
  return { value };
}

interface DetailFieldsProps {
  organisation: Organisation;
  /** Only the changed fields; resolves true when saved. */
  onSave: (fields: Partial<Record<EditableField, string>>) => Promise<boolean>;
}

/** Every detail of the organisation, editable, checked before saving. */
export function DetailFields({ organisation, onSave }: DetailFieldsProps) {
  const initial = Object.fromEntries(FIELDS.map(({ key }) => [key, organisation[key] ?? ''])) as Record<EditableField, string>;
  const [edits, setEdits] = useState<Partial<Record<EditableField, string>>>({});
  const values = { ...initial, ...edits };
  const [errors, setErrors] = useState<Partial<Record<EditableField, string>>>({});
  const [message, setMessage] = useState<string>();
  const changed = FIELDS.filter(({ key }) => values[key] !== initial[key]).map(({ key }) => key);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Partial<Record<EditableField, string>> = {};
    const fields: Partial<Record<EditableField, string>> = {};
    for (const key of changed) {
      const { value, error } = checkField(key, values[key]);
      if (error) found[key] = error;
      else fields[key] = value;
    }
    setErrors(found);
    const firstWrong = FIELDS.find(({ key }) => found[key]);
    if (firstWrong) {
      (event.currentTarget as HTMLFormElement).querySelector<HTMLElement>(`#bd-field-${firstWrong.key}`)?.focus();
      setMessage(`Please fix ${Object.keys(found).length === 1 ? 'the field' : 'the fields'} marked with ⚠.`);
      return;
    }
    setMessage(changed.length ? undefined : 'Nothing changed.');
    if (changed.length && (await onSave(fields))) {
      setEdits({});
      setMessage('Saved.');
    }
  };

  return (
    <section class="bd-section" aria-labelledby="bd-fields-title">
      <h3 id="bd-fields-title">Details</h3>
      <form class="bd-form bd-form--grid" onSubmit={(event) => void submit(event)} noValidate>
        {FIELDS.map(({ key, label, hint, long }) => {
          const id = `bd-field-${key}`;
          const error = errors[key];
          const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
          const common = {
            id,
            value: values[key],
            'aria-invalid': error ? true : undefined,
            'aria-describedby': describedBy,
            onInput: (event: Event) => setEdits({ ...edits, [key]: (event.currentTarget as HTMLInputElement).value }),
          };
          return (
            <div key={key} class={long ? 'bd-field bd-field--wide' : 'bd-field'}>
              <label for={id}>{label}</label>
              {long ? <textarea rows={4} {...common} /> : <input type={key === 'website' ? 'url' : key === 'email' ? 'email' : 'text'} {...common} />}
              {hint && (
                <span id={`${id}-hint`} class="bd-hint">
                  {hint}
                </span>
              )}
              {error && (
                <p id={`${id}-error`} class="bd-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <div class="bd-field--wide bd-form__actions">
          <button type="submit" class="pp-button bd-primary" disabled={changed.length === 0}>
            Save details
          </button>
          <span class="bd-status" role="status">
            {message}
          </span>
        </div>
      </form>
    </section>
  );
}
