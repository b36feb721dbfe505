import type { ComponentChildren } from 'preact';
import type { ExtractedOrganisation } from '@/lib/domain/model';
import { fieldLabel } from '@/lib/i18n/field-labels';
import { PANEL_FIELDS, type PanelField } from '@/lib/domain/organisation-fields';
import { i18n } from '@/lib/i18n';

export type FieldMark = 'read' | 'missing' | 'hidden' | 'check' | 'edited' | 'suggested';

const MARK_TEXT: Record<FieldMark, () => string> = {
  read: () => i18n.t('page.mark.read'),
  missing: () => i18n.t('page.mark.missing'),
  hidden: () => i18n.t('page.mark.hidden'),
  check: () => i18n.t('page.mark.check'),
  edited: () => i18n.t('page.mark.edited'),
  suggested: () => i18n.t('page.mark.suggested'),
};

interface FieldRowsProps {
  values: Partial<ExtractedOrganisation>;
  marks: Record<PanelField, FieldMark>;
  errors: Partial<Record<PanelField, string>>;
  onChange: (field: PanelField, value: string) => void;
  /** More for a row, under its mark (the panel's Pick on page, "read by your rule"). */
  extra?: (field: PanelField) => ComponentChildren;
}

/** The fields read from the page, each editable in place, each with what we know about it. */
export function FieldRows({ values, marks, errors, onChange, extra }: FieldRowsProps) {
  return (
    <div class="pp-fields">
      {PANEL_FIELDS.map((field) => {
        const id = `pp-field-${field}`;
        const error = errors[field];
        return (
          <div class="pp-field" key={field}>
            <label for={id}>{fieldLabel(field)}</label>
            <input
              id={id}
              value={values[field] ?? ''}
              placeholder={marks[field] === 'missing' || marks[field] === 'hidden' ? '—' : ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-mark`}
              onInput={(event) => onChange(field, event.currentTarget.value)}
            />
            <span id={`${id}-mark`} class={`pp-mark pp-mark--${error ? 'error' : marks[field]}`}>
              {error ?? MARK_TEXT[marks[field]]()}
            </span>
            {extra && <span class="pp-field__extra">{extra(field)}</span>}
          </div>
        );
      })}
    </div>
  );
}
