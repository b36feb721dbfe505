import { i18n } from '@/lib/i18n';

interface IdeaTimingFieldsProps {
  fieldId: (name: string) => string;
  deadline: string;
  remind: string;
  remindError?: string;
  onChange: (change: { deadline?: string; remind?: string }) => void;
}

/** The idea's own deadline and how many days before it to remind. */
export function IdeaTimingFields({ fieldId: f, deadline, remind, remindError, onChange }: IdeaTimingFieldsProps) {
  return (
    <>
      <div class="bd-field">
        <label for={f('deadline')}>{i18n.t('ideas.editor.ownDeadline')}</label>
        <input
          id={f('deadline')}
          type="date"
          value={deadline}
          aria-describedby={f('deadline-hint')}
          onInput={(e) => onChange({ deadline: e.currentTarget.value })}
        />
        <span id={f('deadline-hint')} class="bd-hint">
          {i18n.t('ideas.editor.ownDeadlineHint')}
        </span>
      </div>
      <div class="bd-field">
        <label for={f('remind')}>{i18n.t('ideas.editor.remind')}</label>
        <input
          id={f('remind')}
          type="number"
          min={0}
          max={365}
          step={1}
          value={remind}
          aria-invalid={!!remindError}
          aria-describedby={remindError ? f('remind-error') : undefined}
          onInput={(e) => onChange({ remind: e.currentTarget.value })}
        />
        {remindError && (
          <p id={f('remind-error')} class="bd-error">
            {remindError}
          </p>
        )}
      </div>
    </>
  );
}
