import { useState } from 'preact/hooks';
import type { ProjectIdea } from '@/lib/domain/model';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { MAX } from '@/lib/domain/limits';
import { applicantDraft } from './IdeaApplicantFields';

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

/** The form's own state: the reminder stays text until it is checked. */
export type IdeaFormDraft = Omit<IdeaDraft, 'remindDaysBefore'> & { remind: string };

export interface IdeaFormErrors {
  title?: string;
  remind?: string;
}

const withoutRemind = <T extends { remind: string }>({ remind: _r, ...rest }: T) => rest;

function ideaFormErrors(draft: IdeaFormDraft): IdeaFormErrors {
  const remind = Number(draft.remind);
  return {
    ...(draft.title.trim() ? {} : { title: i18n.t('ideas.editor.needTitle') }),
    ...(draft.title.trim().length > MAX.title
      ? { title: i18n.t('ideas.editor.titleTooLong', [formatNumber(MAX.title)]) }
      : {}),
    ...(draft.remind.trim() !== '' && Number.isInteger(remind) && remind >= 0 && remind <= 365
      ? {}
      : { remind: i18n.t('ideas.editor.remindRange') }),
  };
}

/** The idea form's draft, its errors and its submit (which focuses the first wrong field). */
export function useIdeaForm(
  idea: ProjectIdea | undefined,
  fieldId: (name: string) => string,
  onSave: (draft: IdeaDraft) => Promise<boolean>,
) {
  const [draft, setDraft] = useState<IdeaFormDraft>({
    title: idea?.title ?? '',
    action: idea?.action ?? '',
    roundId: idea?.roundId ?? '',
    deadline: idea?.deadline ?? '',
    description: idea?.description ?? '',
    remind: String(idea?.remindDaysBefore ?? 14),
    ...applicantDraft(idea),
  });
  const [errors, setErrors] = useState<IdeaFormErrors>({});
  const set = (change: Partial<IdeaFormDraft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = ideaFormErrors(draft);
    setErrors(found);
    if (found.title || found.remind) return document.getElementById(fieldId(found.title ? 'title' : 'remind'))?.focus();
    await onSave({
      ...withoutRemind(draft),
      title: draft.title.trim(),
      description: draft.description.trim(),
      remindDaysBefore: Number(draft.remind),
    });
  };

  return { draft, set, errors, submit };
}
