import type { ExtractedOrganisation } from '@/lib/model';

export type FieldKey = 'name' | 'country' | 'city' | 'type' | 'website' | 'email' | 'phone' | 'oid' | 'pic';
export type FieldMark = 'read' | 'missing' | 'hidden' | 'check' | 'edited';

export const FIELD_LABELS: Record<FieldKey, string> = {
  name: 'Name',
  country: 'Country',
  city: 'City',
  type: 'Type',
  website: 'Website',
  email: 'E-mail',
  phone: 'Phone',
  oid: 'OID',
  pic: 'PIC',
};

const MARK_TEXT: Record<FieldMark, string> = {
  read: 'read from the page',
  missing: 'not on the page',
  hidden: 'hidden (login required)',
  check: 'please check',
  edited: 'corrected by you',
};

interface FieldRowsProps {
  values: Partial<ExtractedOrganisation>;
  marks: Record<FieldKey, FieldMark>;
  errors: Partial<Record<FieldKey, string>>;
  onChange: (field: FieldKey, value: string) => void;
}

/** The fields read from the page, each editable in place, each with what we know about it. */
export function FieldRows({ values, marks, errors, onChange }: FieldRowsProps) {
  return (
    <div class="pp-fields">
      {(Object.keys(FIELD_LABELS) as FieldKey[]).map((field) => {
        const id = `pp-field-${field}`;
        const error = errors[field];
        return (
          <div class="pp-field" key={field}>
            <label for={id}>{FIELD_LABELS[field]}</label>
            <input
              id={id}
              value={values[field] ?? ''}
              placeholder={marks[field] === 'missing' || marks[field] === 'hidden' ? '—' : ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-mark`}
              onInput={(event) => onChange(field, event.currentTarget.value)}
            />
            <span id={`${id}-mark`} class={`pp-mark pp-mark--${error ? 'error' : marks[field]}`}>
              {error ?? MARK_TEXT[marks[field]]}
            </span>
          </div>
        );
      })}
    </div>
  );
}
