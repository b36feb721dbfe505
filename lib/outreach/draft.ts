/**
 * The values a draft's placeholders take, from the partner, the idea, the call and the user's
 * organisation, written for the template's language (dates and country names through Intl).
 * Pure: plain data in, values out.
 */
import { ideaDeadline } from '../domain/calls';
import type { MyOrganisation, Organisation, PartnerEvent, ProjectIdea } from '../domain/model';
import type { PlaceholderValues } from './placeholders';

export interface DraftContext {
  organisation: Pick<Organisation, 'id' | 'name' | 'country' | 'pastProjects'>;
  idea?: Pick<ProjectIdea, 'title' | 'action' | 'description' | 'deadline' | 'roundId'>;
  me: MyOrganisation | null;
  events: Pick<PartnerEvent, 'name' | 'date' | 'orgIds'>[];
}

function countryName(code: string | undefined, language: string): string | undefined {
  if (!code) return undefined;
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function longDate(iso: string | undefined, language: string): string | undefined {
  if (!iso) return undefined;
  try {
    return new Intl.DateTimeFormat([language, 'en'], { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  } catch {
    return iso;
  }
}

export function placeholderValues(context: DraftContext, language: string): PlaceholderValues {
  const { organisation, idea, me } = context;
  const project = organisation.pastProjects?.[0];
  const metAt = context.events
    .filter((event) => event.orgIds.includes(organisation.id))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    'partner.name': organisation.name,
    'partner.country': countryName(organisation.country, language),
    'idea.title': idea?.title,
    'idea.action': idea?.action,
    'idea.summary': idea?.description,
    'call.deadline': idea ? longDate(ideaDeadline(idea), language) : undefined,
    'me.organisation': me?.name,
    'me.name': me?.contactName,
    'their.pastProject': project ? project.title : undefined,
    metAt: metAt?.name,
  };
}
