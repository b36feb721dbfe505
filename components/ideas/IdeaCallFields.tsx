import type { ActionRule, CallRound } from '@/lib/domain/calls';
import { formatDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

interface IdeaCallFieldsProps {
  fieldId: (name: string) => string;
  action: string;
  roundId: string;
  actions: ActionRule[];
  roundsFor: (action: string | undefined) => CallRound[];
  /** YYYY-MM-DD: rounds whose deadline is before it are marked as passed. */
  today: string;
  onChange: (change: { action?: string; roundId: string }) => void;
}

const GROUPS = [
  { label: () => i18n.t('ideas.editor.groupKa1'), prefix: 'KA1' },
  { label: () => i18n.t('ideas.editor.groupKa2'), prefix: 'KA2' },
];

/** The idea's action (grouped KA1 / KA2) and call round, with the round's deadline as a hint. */
export function IdeaCallFields({
  fieldId: f,
  action,
  roundId,
  actions,
  roundsFor,
  today,
  onChange,
}: IdeaCallFieldsProps) {
  const rounds = roundsFor(action || undefined);
  const round = rounds.find((r) => r.id === roundId);
  const allPassed = rounds.length > 0 && rounds.every((r) => r.deadline < today);
  return (
    <>
      <div class="bd-field">
        <label for={f('action')}>{i18n.t('ideas.editor.action')}</label>
        <select
          id={f('action')}
          value={action}
          onChange={(e) => {
            const chosen = e.currentTarget.value;
            onChange({
              action: chosen,
              roundId: roundsFor(chosen || undefined).some((r) => r.id === roundId) ? roundId : '',
            });
          }}
        >
          <option value="">{i18n.t('ideas.editor.notChosen')}</option>
          {GROUPS.map((group) => (
            <optgroup key={group.prefix} label={group.label()}>
              {actions
                .filter((a) => a.code.startsWith(group.prefix))
                .map((a) => (
                  <option key={a.code} value={a.code}>{`${a.code} · ${a.name}`}</option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="bd-field">
        <label for={f('round')}>{i18n.t('ideas.editor.round')}</label>
        <select
          id={f('round')}
          value={roundId}
          aria-describedby={f('round-hint')}
          onChange={(e) => onChange({ roundId: e.currentTarget.value })}
        >
          <option value="">{i18n.t('ideas.editor.notChosen')}</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.deadline < today
                ? i18n.t('ideas.editor.roundOptionPassed', [r.label, formatDate(r.deadline)])
                : i18n.t('ideas.editor.roundOption', [r.label, formatDate(r.deadline)])}
            </option>
          ))}
        </select>
        <span id={f('round-hint')} class="bd-hint">
          {round
            ? i18n.t('ideas.editor.roundDeadline', [formatDate(round.deadline)])
            : action
              ? i18n.t('ideas.editor.roundsFor', [action])
              : i18n.t('ideas.editor.chooseActionFirst')}{' '}
          {allPassed && i18n.t('ideas.editor.allPassed')}
        </span>
      </div>
    </>
  );
}
