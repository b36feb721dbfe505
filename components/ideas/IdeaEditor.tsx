import { useEffect, useRef } from 'preact/hooks';
import type { ActionRule, CallRound } from '@/lib/domain/calls';
import type { ProjectIdea } from '@/lib/domain/model';
import { i18n } from '@/lib/i18n';
import { MAX } from '@/lib/domain/limits';
import { IdeaApplicantFields } from './IdeaApplicantFields';
import { IdeaCallFields } from './IdeaCallFields';
import { IdeaTimingFields } from './IdeaTimingFields';
import { useIdeaForm, type IdeaDraft } from './idea-form';

interface IdeaEditorProps {
  id: string;
  idea?: ProjectIdea;
  actions: ActionRule[];
  roundsFor: (action: string | undefined) => CallRound[];
  /** YYYY-MM-DD: rounds whose deadline is before it are marked as passed. */
  today: string;
  /** Resolves true when saved (the form then closes). */
  onSave: (draft: IdeaDraft) => Promise<boolean>;
  onCancel: () => void;
}

/** Create or edit a project idea: title, action, call round (its deadline shown), own deadline, description, reminder. */
export function IdeaEditor({ id, idea, actions, roundsFor, today, onSave, onCancel }: IdeaEditorProps) {
  const f = (name: string) => `${id}-${name}`;
  const { draft, set, errors, submit } = useIdeaForm(idea, f, onSave);
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);

  return (
    <form
      class="ii-editor bd-form--grid"
      aria-labelledby={f('heading')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
    >
      <h2 id={f('heading')} class="bd-field--wide">
        {idea ? i18n.t('ideas.editor.editTitle', [idea.title]) : i18n.t('ideas.editor.newTitle')}
      </h2>
      <div class="bd-field bd-field--wide">
        <label for={f('title')}>{i18n.t('ideas.editor.title')}</label>
        <input
          id={f('title')}
          ref={title}
          value={draft.title}
          aria-invalid={!!errors.title}
          aria-describedby={errors.title ? f('title-error') : undefined}
          onInput={(e) => set({ title: e.currentTarget.value })}
        />
        {errors.title && (
          <p id={f('title-error')} class="bd-error">
            {errors.title}
          </p>
        )}
      </div>
      <IdeaCallFields
        fieldId={f}
        action={draft.action}
        roundId={draft.roundId}
        actions={actions}
        roundsFor={roundsFor}
        today={today}
        onChange={set}
      />
      <IdeaTimingFields
        fieldId={f}
        deadline={draft.deadline}
        remind={draft.remind}
        remindError={errors.remind}
        onChange={set}
      />
      <div class="bd-field bd-field--wide">
        <label for={f('description')}>{i18n.t('ideas.editor.description')}</label>
        <textarea
          id={f('description')}
          rows={3}
          maxLength={MAX.longText}
          value={draft.description}
          onInput={(e) => set({ description: e.currentTarget.value })}
        />
      </div>
      <IdeaApplicantFields
        id={f('applicant')}
        name={draft.applicantName}
        country={draft.applicantCountry}
        onChange={(applicantName, applicantCountry) => set({ applicantName, applicantCountry })}
      />
      <div class="bd-form__actions bd-field--wide">
        <button type="submit" class="pp-button bd-primary">
          {idea ? i18n.t('common.saveChanges') : i18n.t('ideas.editor.create')}
        </button>
        <button type="button" class="pp-button" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
