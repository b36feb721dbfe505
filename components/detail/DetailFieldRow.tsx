/** One field of the partner's details form (components/detail/DetailFields.tsx). */
import type { EditableField } from '@/lib/store/organisations';
import { i18n } from '@/lib/i18n';

export interface DetailField {
  key: EditableField;
  label: () => string;
  hint?: () => string;
  /** Long text gets a text area. */
  long: boolean;
}

/** A value only a low-confidence reading stands behind (lib/domain/confidence-marks.ts): check it. */
const UnsureMark = () => (
  <span class="bd-unsure" title={i18n.t('confidence.lowHint')}>
    {' · '}
    {i18n.t('confidence.low')}
  </span>
);

interface DetailFieldRowProps {
  field: DetailField;
  value: string;
  error: string | undefined;
  /** Only a low-confidence reading stands behind the value, and the user has not changed it. */
  unsure: boolean;
  onInput: (value: string) => void;
}

/** One labelled field with its hint and its error, tied together for screen readers. */
export function DetailFieldRow({
  field: { key, label, hint, long },
  value,
  error,
  unsure,
  onInput,
}: DetailFieldRowProps) {
  const id = `bd-field-${key}`;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={long ? 'bd-field bd-field--wide' : 'bd-field'}>
      <label for={id}>
        {label()}
        {unsure && <UnsureMark />}
      </label>
      {long ? (
        <textarea rows={4} {...common} />
      ) : (
        <input type={key === 'website' ? 'url' : key === 'email' ? 'email' : 'text'} {...common} />
      )}
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
}
