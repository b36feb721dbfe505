/**
 * The panel's field rows with what page rules add to each: Pick on page (in hand entry, after a save,
 * and on fields not found or to check), "picked on the page", and "read by your rule" with Undo and Forget.
 */
import { FieldRows, type FieldMark } from '@/components/page/FieldRows';
import type { PanelField } from '@/lib/domain/organisation-fields';
import { PickOnPage } from '@/components/rules/PickOnPage';
import { ReadByRule } from '@/components/rules/ReadByRule';
import { fieldLabel } from '@/lib/i18n/field-labels';
import { i18n } from '@/lib/i18n';
import type { ExtractedOrganisation } from '@/lib/domain/model';
import type { PickOnPageState } from './usePickOnPage';
import './panel-rules.css';

interface PanelFieldsProps {
  values: Partial<ExtractedOrganisation>;
  marks: Record<PanelField, FieldMark>;
  errors: Partial<Record<PanelField, string>>;
  onChange: (field: PanelField, value: string) => void;
  pick: PickOnPageState;
  /** Every row offers Pick on page (hand entry, or once saved); else only rows not read or to check. */
  pickEverywhere: boolean;
  busy: boolean;
}

const NEEDS_PICK = new Set<FieldMark>(['missing', 'hidden', 'check', 'suggested']);

export function PanelFields({ values, marks, errors, onChange, pick, pickEverywhere, busy }: PanelFieldsProps) {
  const extra = (field: PanelField) => {
    const label = fieldLabel(field);
    if (pick.byRule[field]) {
      return <ReadByRule field={label} onUndo={() => pick.undo(field)} onForget={() => void pick.forget(field)} />;
    }
    const picked = field in pick.picked;
    const offer = pickEverywhere || picked || NEEDS_PICK.has(marks[field]) || errors[field] !== undefined;
    if (!offer) return null;
    return (
      <>
        {picked && (
          <span class="pp-pick__note">
            {pick.picked[field] === null ? i18n.t('rules.panel.pickedNoRule') : i18n.t('rules.panel.picked')}{' '}
          </span>
        )}
        <PickOnPage
          field={label}
          state={pick.problems[field] ?? 'idle'}
          busy={busy || pick.picking !== undefined}
          onStart={() => void pick.start(field)}
          onUseSelection={() => pick.control('useSelection')}
          onCancel={() => pick.control('cancel')}
        />
      </>
    );
  };
  return <FieldRows values={values} marks={marks} errors={errors} onChange={onChange} extra={extra} />;
}
