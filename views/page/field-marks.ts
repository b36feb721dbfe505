/** What the panel says next to each field: read, not on the page, hidden, please check, corrected, suggested. */
import type { FieldMark } from '@/components/page/FieldRows';
import { PANEL_FIELDS, type PanelField } from '@/lib/domain/organisation-fields';
import type { ExtractedOrganisation } from '@/lib/domain/model';

type TextFields = Partial<Record<PanelField, string>>;

/** The prefill's text fields (what the form shows), without anything else it may carry. */
export const textFields = (prefill: Partial<ExtractedOrganisation> | undefined): TextFields =>
  Object.fromEntries(
    PANEL_FIELDS.flatMap((field) => (typeof prefill?.[field] === 'string' ? [[field, prefill[field]]] : [])),
  );

interface MarkInput {
  read: ExtractedOrganisation | undefined;
  edited: TextFields;
  /** Hand entry's starting values: what the readers found, never "corrected by you" until typed over. */
  suggested: TextFields;
  layoutChanged: boolean;
  contactHidden: boolean;
  /** Read by the user's own rule (shape-checked): "read", even on a page that looks redesigned. */
  trusted?: ReadonlySet<string>;
}

export function fieldMarks(input: MarkInput): Record<PanelField, FieldMark> {
  const { read, edited, suggested, layoutChanged, contactHidden, trusted } = input;
  const markOf = (field: PanelField): FieldMark => {
    if (edited[field] !== undefined) return 'edited';
    if (read?.[field]) return layoutChanged && !trusted?.has(field) ? 'check' : 'read';
    if (suggested[field]) return 'suggested';
    return contactHidden && (field === 'email' || field === 'phone') ? 'hidden' : 'missing';
  };
  return Object.fromEntries(PANEL_FIELDS.map((field) => [field, markOf(field)])) as Record<PanelField, FieldMark>;
}
