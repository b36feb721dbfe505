import { useState } from 'preact/hooks';
import { i18n } from '@/lib/i18n';

/** One rule as Options → Page rules shows it (plain data, made by the container). */
export interface RuleView {
  id: string;
  field: string;
  sample: string;
  /** Already formatted, or undefined when it never worked here yet. */
  lastWorked?: string;
  setAside?: 'shape' | 'misses';
  /** The label the rule looks for, when it has one. */
  label?: string;
  imported: boolean;
}

interface RuleRowProps {
  rule: RuleView;
  chosen: boolean;
  busy: boolean;
  onChoose: (id: string, chosen: boolean) => void;
  onLabelChange: (id: string, label: string) => void;
  onDelete: (id: string) => void;
  /** Runs the rule on the platform tab the user looked at last. */
  onTest: (id: string) => void;
}

function status(rule: RuleView): string {
  if (rule.setAside === 'shape') return i18n.t('rules.setAsideShape');
  if (rule.setAside === 'misses') return i18n.t('rules.setAsideMisses');
  return rule.lastWorked ? i18n.t('rules.lastWorked', [rule.lastWorked]) : i18n.t('rules.notYetWorked');
}

/** A rule: its field, sample and record, a checkbox for export, its label to edit, and delete. */
export function RuleRow({ rule, chosen, busy, onChoose, onLabelChange, onDelete, onTest }: RuleRowProps) {
  const [label, setLabel] = useState(rule.label ?? '');
  const labelId = `pp-rule-label-${rule.id.replace(/[^\w-]/g, '-')}`;
  return (
    <li class="pp-rule" data-rule={rule.id}>
      <label class="pp-rule__choose">
        <input
          type="checkbox"
          checked={chosen}
          disabled={busy}
          onChange={(event) => onChoose(rule.id, event.currentTarget.checked)}
        />
        <strong>{rule.field}</strong>
      </label>
      <span class="pp-rule__sample">{i18n.t('rules.sample', [rule.sample])}</span>
      <span class={rule.setAside ? 'pp-rule__status pp-rule__status--aside' : 'pp-rule__status'}>{status(rule)}</span>
      {rule.imported && <span class="pp-rule__origin">{i18n.t('rules.fromFile')}</span>}
      {rule.label !== undefined && (
        <form class="pp-rule__label" onSubmit={(event) => (event.preventDefault(), onLabelChange(rule.id, label))}>
          <label for={labelId}>{i18n.t('rules.labelField')}</label>
          <input
            id={labelId}
            value={label}
            maxLength={80}
            disabled={busy}
            onInput={(event) => setLabel(event.currentTarget.value)}
          />
          <button type="submit" class="pp-button" disabled={busy || !label.trim() || label === rule.label}>
            {i18n.t('rules.saveLabel')}
          </button>
        </form>
      )}
      <button
        type="button"
        class="pp-button"
        disabled={busy}
        onClick={() => onTest(rule.id)}
        aria-label={i18n.t('rules.test.buttonNamed', [rule.field])}
      >
        {i18n.t('rules.test.button')}
      </button>
      <button
        type="button"
        class="pp-button"
        disabled={busy}
        onClick={() => onDelete(rule.id)}
        aria-label={i18n.t('rules.deleteNamed', [rule.field])}
      >
        {i18n.t('common.delete')}
      </button>
    </li>
  );
}
