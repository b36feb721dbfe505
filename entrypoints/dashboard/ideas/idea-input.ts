/** The ideas view's small pieces: the form's draft as idea fields, who applies, skipping the first-run question. */
import type { IdeaDraft } from '@/components/idea-form';
import type { Applicant } from '@/lib/consortium';
import type { PipelineDatabase } from '@/lib/db';
import type { IdeaInput } from '@/lib/ideas';
import type { MyOrganisation, ProjectIdea } from '@/lib/model';

/** Who applies: the idea's own applicant, else the user's organisation ("Your organisation …"). */
export function applicantOf(idea: ProjectIdea, me: MyOrganisation | null | undefined): Applicant | undefined {
  if (idea.applicant) return { ...idea.applicant };
  return me ? { name: me.name, ...(me.country ? { country: me.country } : {}), own: true } : undefined;
}
export const OPTIONS_URL = () => browser.runtime.getURL('/options.html');
export const skipMe = async (_w: unknown, db: PipelineDatabase) =>
  (await import('@/lib/outreach/settings')).skipMyOrganisation(db);

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
