/** The ideas view's small pieces: the form's draft as idea fields, who applies, skipping the first-run question. */
import type { IdeaDraft } from '@/components/ideas/idea-form';
import type { Applicant } from '@/lib/domain/consortium';
import type { RunCommand } from '@/lib/commands/client';
import type { IdeaInput } from '@/lib/store/ideas';
import type { MyOrganisation, ProjectIdea } from '@/lib/domain/model';

/** Who applies: the idea's own applicant, else the user's organisation ("Your organisation …"). */
export function applicantOf(idea: ProjectIdea, me: MyOrganisation | null | undefined): Applicant | undefined {
  if (idea.applicant) return { ...idea.applicant };
  return me ? { name: me.name, ...(me.country ? { country: me.country } : {}), own: true } : undefined;
}
export const OPTIONS_URL = () => browser.runtime.getURL('/options.html');
export const skipMe = (run: RunCommand) => run('settings.skipMyOrganisation', {});

/** The form's draft as the idea's fields: the applicant's name and country become one value (or none). */
export function ideaInput({ applicantName: raw, applicantCountry, ...rest }: IdeaDraft): IdeaInput {
  const applicantName = raw.trim();
  const applicant = applicantName
    ? { name: applicantName, ...(applicantCountry ? { country: applicantCountry } : {}) }
    : undefined;
  return { ...rest, applicant } as IdeaInput;
}
export const withoutEmpty = (input: IdeaInput) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== '' && value !== undefined)) as IdeaInput;

/** Save the form: a new idea (empty fields left out) or the one being edited. */
export const saveIdea = (editing: string | undefined, draft: IdeaDraft) => (run: RunCommand) =>
  editing && editing !== 'new'
    ? run('ideas.edit', { ideaId: editing, input: ideaInput(draft) })
    : run('ideas.create', { input: withoutEmpty(ideaInput(draft)) });

/** Save the event form: a new event or the one being edited. */
export const saveEvent =
  (editing: string | undefined, input: { name: string; date: string; place?: string }) => (run: RunCommand) =>
    editing && editing !== 'new' ? run('events.edit', { eventId: editing, input }) : run('events.create', { input });
