import { i18n } from '@/lib/i18n';

interface ReadByRuleProps {
  field: string;
  onUndo: () => void;
  onForget: () => void;
}

/** A field the user's rule read: said so, with Undo (the reader's value back) and Forget this rule. */
export function ReadByRule({ field, onUndo, onForget }: ReadByRuleProps) {
  return (
    <span class="pp-read-by-rule">
      <span class="pp-read-by-rule__mark">{i18n.t('rules.pick.readByRule')}</span>
      <button type="button" class="pp-button" onClick={onUndo} aria-label={i18n.t('rules.pick.undoNamed', [field])}>
        {i18n.t('rules.pick.undo')}
      </button>
      <button type="button" class="pp-button" onClick={onForget} aria-label={i18n.t('rules.pick.forgetNamed', [field])}>
        {i18n.t('rules.pick.forget')}
      </button>
    </span>
  );
}
