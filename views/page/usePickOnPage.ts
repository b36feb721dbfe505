/**
 * Pick on page and "read by your rule" in the panel (issue 12). The panel asks its page's content
 * script, through the background, to let the user point at a field's value; the value fills the
 * field at once (it passed the field's shape check there) and its rule is kept until the user saves.
 * Fields a rule read are marked, with Undo (the reader's own value back) and Forget this rule.
 */
import { useState } from 'preact/hooks';
import type { PanelField } from '@/lib/domain/organisation-fields';
import type { PickState } from '@/components/rules/PickOnPage';
import { fieldLabel } from '@/lib/i18n/field-labels';
import { i18n } from '@/lib/i18n';
import type { PanelRules } from '@/lib/protocol/messages';
import { sendMessage } from '@/lib/protocol/send';

type ByField<T> = Partial<Record<PanelField, T>>;

interface PickDeps {
  rules?: PanelRules;
  /** Fills a field as the user's own value. */
  setField: (field: PanelField, value: string) => void;
  setStatus: (text: string | undefined) => void;
  setError: (text: string | undefined) => void;
}

export function usePickOnPage({ rules, setField, setStatus, setError }: PickDeps) {
  const [picking, setPicking] = useState<PanelField>();
  const [problems, setProblems] = useState<ByField<PickState>>({});
  /** Rules made by picking, saved with the partner; `null`: picked, but no rule reads it back. */
  const [picked, setPicked] = useState<ByField<unknown | null>>({});
  const [byRule, setByRule] = useState<ByField<string>>(rules?.readByRule ?? {});
  const [notices, setNotices] = useState(rules?.setAside ?? []);

  const start = async (field: PanelField) => {
    setPicking(field);
    setError(undefined);
    setProblems((current) => ({ ...current, [field]: 'idle' }));
    const reply = await sendMessage({ type: 'pageRules.pick', field, fieldLabel: fieldLabel(field) });
    setPicking(undefined);
    if (!reply.ok) {
      // The answer was lost (the page reloaded, the browser stopped the worker): stop the page's overlay too.
      void sendMessage({ type: 'pageRules.pickControl', action: 'cancel' });
      return setError(reply.error);
    }
    const result = reply.result;
    if (result.status === 'cancelled') return;
    if (result.status !== 'picked') return setProblems((current) => ({ ...current, [field]: result.status }));
    setField(field, result.value);
    setPicked((current) => ({ ...current, [field]: result.rule ?? null }));
    setByRule(({ [field]: _replaced, ...rest }) => rest);
    // Back to the field that was filled, for keyboard and screen-reader users.
    requestAnimationFrame(() => document.getElementById(`pp-field-${field}`)?.focus());
  };
  const control = (action: 'useSelection' | 'cancel') => {
    void sendMessage({ type: 'pageRules.pickControl', action }).then((reply) => {
      if (reply.ok && action === 'useSelection' && !reply.used) setError(i18n.t('rules.panel.noSelection'));
    });
  };
  const undo = (field: PanelField) => {
    setField(field, rules?.builtIn[field as keyof PanelRules['builtIn']] ?? '');
    setByRule(({ [field]: _undone, ...rest }) => rest);
  };
  const forget = async (field: PanelField) => {
    const ruleId = byRule[field];
    if (!ruleId) return;
    const reply = await sendMessage({ type: 'pageRules.forget', ruleId });
    if (!reply.ok) return setError(reply.error);
    setByRule(({ [field]: _forgotten, ...rest }) => rest);
    setStatus(i18n.t('rules.panel.forgotten', [fieldLabel(field)]));
  };
  /** After the partner is saved: the picks become rules for the next page of this kind (what to add to the status). */
  const saveRules = async (): Promise<string | undefined> => {
    const made = Object.values(picked).filter((rule) => rule !== null && rule !== undefined);
    setPicked({});
    if (made.length === 0) return undefined;
    const reply = await sendMessage({ type: 'pageRules.save', rules: made });
    if (!reply.ok) return void setError(reply.error);
    return i18n.t('rules.panel.rulesSaved', reply.saved, [String(reply.saved)]);
  };
  const dismissNotices = () => setNotices([]);
  return { picking, problems, picked, byRule, notices, start, control, undo, forget, saveRules, dismissNotices };
}
export type PickOnPageState = ReturnType<typeof usePickOnPage>;
