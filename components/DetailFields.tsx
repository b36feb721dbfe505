import { useState } from 'preact/hooks';
import type { Organisation } from '@/lib/model';
import type { EditableField } from '@/lib/organisations';
import { countryLabel, formatNumber } from '@/lib/format';
import { fieldLabel } from '@/lib/field-labels';
import { i18n } from '@/lib/i18n';
import { isHttpUrl, MAX, PATTERNS } from '@/lib/limits';
import { lowConfidenceFields } from '@/lib/confidence-marks';

const FIELDS: { key: EditableField; label: () => string; hint?: () => string; long?: boolean }[] = [
  { key: 'name', label: () => fieldLabel('name') },
  { key: 'country', label: () => fieldLabel('country'), hint: () => i18n.t('detail.fields.countryHint') },
  { key: 'city', label: () => fieldLabel('city') },
  { key: 'region', label: () => fieldLabel('region') },
  { key: 'type', label: () => i18n.t('fields.typeOfOrganisation') },
  { key: 'website', label: () => fieldLabel('website'), hint: () => 'https://…' },
  { key: 'email', label: () => fieldLabel('email') },
  { key: 'phone', label: () => fieldLabel('phone') },
  { key: 'oid', label: () => fieldLabel('oid'), hint: () => i18n.t('detail.fields.oidHint') },
  { key: 'pic', label: () => fieldLabel('pic'), hint: () => i18n.t('detail.fields.picHint') },
  { key: 'description', label: () => fieldLabel('description'), long: true },
];

const LIMITS: Partial<Record<EditableField, number>> = { name: MAX.name, city: MAX.place, region: MAX.place, type: MAX.type, phone: MAX.phone, description: MAX.longText };

/** The value as it will be saved (codes in capitals), and a plain-words problem if it cannot be. */
export function checkField(key: EditableField, raw: string): { value: string; error?: string } {
  let value = raw.trim();
  if (key === 'country' || key === 'oid') value = value.toUpperCase();
  if (key === 'pic') value = value.replace(/\s+/g, '');
  if (!value) return key === 'name' ? { value, error: i18n.t('validation.nameNeeded') } : { value };
  const limit = LIMITS[key];
  if (limit && value.length > limit) return { value, error: i18n.t('validation.tooLong', [formatNumber(limit)]) };
  if (key === 'country' && !PATTERNS.isoCountry.test(value)) return { value, error: i18n.t('validation.countryCode') };
  if (key === 'country' && countryLabel(value) === value) return { value, error: i18n.t('validation.unknownCountry', [value]) };
  if (key === 'website' && (value.length > MAX.url || !isHttpUrl(value))) return { value, error: i18n.t('validation.website') };
  if (key === 'email' && (value.length > MAX.email || !PATTERNS.email.test(value))) return { value, error: i18n.t('validation.email') };
  if (key === 'oid' && !PATTERNS.oid.test(value)) return { value, error: i18n.t('validation.oid') };
  if (key === 'pic' && !PATTERNS.pic.test(value)) return { value, error: i18n.t('validation.pic') };
  return { value };
}

/** A value only a low-confidence reading stands behind (lib/confidence-marks.ts): check it. */
const UnsureMark = () => (
  <span class="bd-unsure" title={i18n.t('confidence.lowHint')}>
    {' · '}
    {i18n.t('confidence.low')}
  </span>
);

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
  const unsure = lowConfidenceFields(organisation);

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
      setMessage(Object.keys(found).length === 1 ? i18n.t('detail.fields.fixOne') : i18n.t('detail.fields.fixMany'));
      return;
    }
    setMessage(changed.length ? undefined : i18n.t('detail.fields.nothingChanged'));
    if (changed.length && (await onSave(fields))) {
      setEdits({});
      setMessage(i18n.t('detail.fields.saved'));
    }
  };

  return (
    <section class="bd-section" aria-labelledby="bd-fields-title">
      <h3 id="bd-fields-title">{i18n.t('detail.fields.title')}</h3>
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
              <label for={id}>{label()}{unsure.has(key) && edits[key] === undefined && <UnsureMark />}</label>
              {long ? <textarea rows={4} {...common} /> : <input type={key === 'website' ? 'url' : key === 'email' ? 'email' : 'text'} {...common} />}
              {hint && (
                <span id={`${id}-hint`} class="bd-hint">
                  {hint()}
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
            {i18n.t('detail.fields.save')}
          </button>
          <span class="bd-status" role="status">
            {message}
          </span>
        </div>
      </form>
    </section>
  );
}
