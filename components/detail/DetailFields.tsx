import { useState } from 'preact/hooks';
import type { Organisation } from '@/lib/domain/model';
import type { EditableField } from '@/lib/store/organisations';
import { fieldLabel } from '@/lib/i18n/field-labels';
import { checkField } from '@/lib/domain/field-check';
import { i18n } from '@/lib/i18n';
import { lowConfidenceFields } from '@/lib/domain/confidence-marks';
import { DETAIL_FIELDS } from '@/lib/domain/organisation-fields';
import { DetailFieldRow, type DetailField } from './DetailFieldRow';

const HINTS: Partial<Record<EditableField, () => string>> = {
  country: () => i18n.t('detail.fields.countryHint'),
  website: () => 'https://…',
  oid: () => i18n.t('detail.fields.oidHint'),
  pic: () => i18n.t('detail.fields.picHint'),
};
/** Long text gets a text area. */
const LONG: readonly EditableField[] = ['description'];
/** The board says "type of organisation" where a bare "type" would be unclear. */
const label = (key: EditableField) => (key === 'type' ? i18n.t('fields.typeOfOrganisation') : fieldLabel(key));

/** Every detail the schema has (lib/domain/organisation-fields.ts), in its order. */
const FIELDS: DetailField[] = DETAIL_FIELDS.map((key) => ({
  key,
  label: () => label(key),
  hint: HINTS[key],
  long: LONG.includes(key),
}));

export { checkField };

const valuesOf = (organisation: Organisation) =>
  Object.fromEntries(FIELDS.map(({ key }) => [key, organisation[key] ?? ''])) as Record<EditableField, string>;

interface DetailFieldsProps {
  organisation: Organisation;
  /** Only the changed fields; resolves true when saved. */
  onSave: (fields: Partial<Record<EditableField, string>>) => Promise<boolean>;
}

/** Every detail of the organisation, editable, checked before saving. */
export function DetailFields({ organisation, onSave }: DetailFieldsProps) {
  const initial = valuesOf(organisation);
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
        {FIELDS.map((field) => (
          <DetailFieldRow
            key={field.key}
            field={field}
            value={values[field.key]}
            error={errors[field.key]}
            unsure={unsure.has(field.key) && edits[field.key] === undefined}
            onInput={(value) => setEdits({ ...edits, [field.key]: value })}
          />
        ))}
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
