import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionRule, CallRound } from '@/lib/calls';
import type { ProjectIdea } from '@/lib/model';
import { formatDate, formatNumber } from '@/lib/format';
import { i18n } from '@/lib/i18n';
import { MAX } from '@/lib/limits';
import { applicantDraft, IdeaApplicantFields } from './IdeaApplicantFields';

/** What the form hands back; an empty string means "not set" (and clears the field when editing). */
export interface IdeaDraft {
  title: string;
  action: string;
  roundId: string;
  deadline: string;
  description: string;
  remindDaysBefore: number;
  /** The idea's own applicant, when it is not the user's organisation (empty: the user's). */
  applicantName: string;
  applicantCountry: string;
}

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

const GROUPS = [
  { label: () => i18n.t('ideas.editor.groupKa1'), prefix: 'KA1' },
  { label: () => i18n.t('ideas.editor.groupKa2'), prefix: 'KA2' },
];

const withoutRemind = <T extends { remind: string }>({ remind: _r, ...rest }: T) => rest;

/** Create or edit a project idea: title, action, call round (its deadline shown), own deadline, description, reminder. */
export function IdeaEditor({ id, idea, actions, roundsFor, today, onSave, onCancel }: IdeaEditorProps) {
  const [draft, setDraft] = useState<Omit<IdeaDraft, 'remindDaysBefore'> & { remind: string }>({
    title: idea?.title ?? '',
    action: idea?.action ?? '',
    roundId: idea?.roundId ?? '',
    deadline: idea?.deadline ?? '',
    description: idea?.description ?? '',
    remind: String(idea?.remindDaysBefore ?? 14),
    ...applicantDraft(idea),
  });
  const [errors, setErrors] = useState<{ title?: string; remind?: string }>({});
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);
  const rounds = roundsFor(draft.action || undefined);
  const round = rounds.find((r) => r.id === draft.roundId);
  const allPassed = rounds.length > 0 && rounds.every((r) => r.deadline < today);
  const set = (change: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...change }));
  const f = (name: string) => `${id}-${name}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const remind = Number(draft.remind);
    const found = {
      ...(draft.title.trim() ? {} : { title: i18n.t('ideas.editor.needTitle') }),
      ...(draft.title.trim().length > MAX.title ? { title: i18n.t('ideas.editor.titleTooLong', [formatNumber(MAX.title)]) } : {}),
      ...(draft.remind.trim() !== '' && Number.isInteger(remind) && remind >= 0 && remind <= 365 ? {} : { remind: i18n.t('ideas.editor.remindRange') }),
    };
    setErrors(found);
    if (found.title || found.remind) return document.getElementById(f(found.title ? 'title' : 'remind'))?.focus();
    await onSave({ ...withoutRemind(draft), title: draft.title.trim(), description: draft.description.trim(), remindDaysBefore: remind });
  };

  return (
    <form class="ii-editor bd-form--grid" aria-labelledby={f('heading')} onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onCancel()} noValidate>
      <h2 id={f('heading')} class="bd-field--wide">{idea ? i18n.t('ideas.editor.editTitle', [idea.title]) : i18n.t('ideas.editor.newTitle')}</h2>
      <div class="bd-field bd-field--wide">
        <label for={f('title')}>{i18n.t('ideas.editor.title')}</label>
        <input id={f('title')} ref={title} value={draft.title} aria-invalid={!!errors.title} aria-describedby={errors.title ? f('title-error') : undefined} onInput={(e) => set({ title: e.currentTarget.value })} />
        {errors.title && <p id={f('title-error')} class="bd-error">{errors.title}</p>}
      </div>
      <div class="bd-field">
        <label for={f('action')}>{i18n.t('ideas.editor.action')}</label>
        <select id={f('action')} value={draft.action} onChange={(e) => {
          const action = e.currentTarget.value;
          set({ action, roundId: roundsFor(action || undefined).some((r) => r.id === draft.roundId) ? draft.roundId : '' });
        }}>
          <option value="">{i18n.t('ideas.editor.notChosen')}</option>
          {GROUPS.map((group) => (
            <optgroup key={group.prefix} label={group.label()}>
              {actions.filter((a) => a.code.startsWith(group.prefix)).map((a) => (
                <option key={a.code} value={a.code}>{`${a.code} · ${a.name}`}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="bd-field">
        <label for={f('round')}>{i18n.t('ideas.editor.round')}</label>
        <select id={f('round')} value={draft.roundId} aria-describedby={f('round-hint')} onChange={(e) => set({ roundId: e.currentTarget.value })}>
          <option value="">{i18n.t('ideas.editor.notChosen')}</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.deadline < today ? i18n.t('ideas.editor.roundOptionPassed', [r.label, formatDate(r.deadline)]) : i18n.t('ideas.editor.roundOption', [r.label, formatDate(r.deadline)])}
            </option>
          ))}
        </select>
        <span id={f('round-hint')} class="bd-hint">
          {round ? i18n.t('ideas.editor.roundDeadline', [formatDate(round.deadline)]) : draft.action ? i18n.t('ideas.editor.roundsFor', [draft.action]) : i18n.t('ideas.editor.chooseActionFirst')}{' '}
          {allPassed && i18n.t('ideas.editor.allPassed')}
        </span>
      </div>
      <div class="bd-field">
        <label for={f('deadline')}>{i18n.t('ideas.editor.ownDeadline')}</label>
        <input id={f('deadline')} type="date" value={draft.deadline} aria-describedby={f('deadline-hint')} onInput={(e) => set({ deadline: e.currentTarget.value })} />
        <span id={f('deadline-hint')} class="bd-hint">{i18n.t('ideas.editor.ownDeadlineHint')}</span>
      </div>
      <div class="bd-field">
        <label for={f('remind')}>{i18n.t('ideas.editor.remind')}</label>
        <input id={f('remind')} type="number" min={0} max={365} step={1} value={draft.remind} aria-invalid={!!errors.remind} aria-describedby={errors.remind ? f('remind-error') : undefined} onInput={(e) => set({ remind: e.currentTarget.value })} />
        {errors.remind && <p id={f('remind-error')} class="bd-error">{errors.remind}</p>}
      </div>
      <div class="bd-field bd-field--wide">
        <label for={f('description')}>{i18n.t('ideas.editor.description')}</label>
        <textarea id={f('description')} rows={3} maxLength={MAX.longText} value={draft.description} onInput={(e) => set({ description: e.currentTarget.value })} />
      </div>
      <IdeaApplicantFields id={f('applicant')} name={draft.applicantName} country={draft.applicantCountry} onChange={(applicantName, applicantCountry) => set({ applicantName, applicantCountry })} />
      <div class="bd-form__actions bd-field--wide">
        <button type="submit" class="pp-button bd-primary">{idea ? i18n.t('common.saveChanges') : i18n.t('ideas.editor.create')}</button>
        <button type="button" class="pp-button" onClick={onCancel}>{i18n.t('common.cancel')}</button>
      </div>
    </form>
  );
}
