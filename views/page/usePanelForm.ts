/** The panel's form: what each field shows, what the user changed (typed or picked), and each field's problem. */
import { useState } from 'preact/hooks';
import type { PanelField } from '@/lib/domain/organisation-fields';
import type { ExtractedOrganisation } from '@/lib/domain/model';
import { textFields } from './field-marks';
import { typedValue, validateField } from './validate-field';

type Fields = Partial<Record<PanelField, string>>;

export function usePanelForm(read: ExtractedOrganisation | undefined, prefill?: Partial<ExtractedOrganisation>) {
  const [values, setValues] = useState<Partial<ExtractedOrganisation>>(read ?? prefill ?? {});
  // Hand entry starts from what the readers found: suggested, not "corrected by you", until the user types.
  const suggested = read ? {} : textFields(prefill);
  const [edited, setEdited] = useState<Fields>({});
  const [errors, setErrors] = useState<Fields>({});

  /** A value the user typed, picked on the page, or put back (Undo): it counts as theirs. */
  const setField = (field: PanelField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: validateField(field, value) }));
  };
  const hasErrors = () => Object.values(errors).some(Boolean);
  /** What the user set, trimmed; empty means "remove". */
  const corrections = () =>
    Object.fromEntries(
      Object.entries({ ...suggested, ...edited }).map(([key, value]) => [key, typedValue(key as PanelField, value)]),
    ) as Partial<ExtractedOrganisation>;
  return { values, edited, suggested, errors, setField, hasErrors, corrections, clearEdited: () => setEdited({}) };
}
export type PanelForm = ReturnType<typeof usePanelForm>;
