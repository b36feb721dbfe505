import type { LogEntryView } from '@/components/outreach/ContactLog';
import type { Recipient } from '@/components/outreach/Composer';
import type { Organisation, ProjectIdea } from '@/lib/domain/model';
import { noReplySuggested } from '@/lib/outreach/cadence';
import { languageName } from './outreach-words';
import type { OutreachData } from './useOutreachData';

/** The contact log as the panel shows it: names instead of ids, and whether to suggest "no reply". */
export function logEntryViews(
  data: OutreachData,
  organisation: Organisation,
  ideas: ProjectIdea[],
  templateName: (id?: string) => string | undefined,
  today: string,
): LogEntryView[] {
  const replied = data.log.some((e) => e.outcome && e.outcome.kind !== 'no-reply');
  return data.log.map((entry) => ({
    id: entry.id,
    at: entry.at,
    channel: entry.channel,
    template: templateName(entry.templateId),
    language: entry.language && languageName(entry.language),
    idea: ideas.find((idea) => idea.id === entry.ideaId)?.title,
    contact: organisation.contacts.find((c) => c.id === entry.contactId)?.name,
    sent: entry.sent,
    outcome: entry.outcome && {
      ...entry.outcome,
      referred: entry.outcome.referredOrgId && data.names.get(entry.outcome.referredOrgId),
    },
    noReplySuggested: !!entry.sentOn && noReplySuggested(entry.sentOn, data.settings.cadence, today, replied),
  }));
}

/** Who a message can go to: contact persons with an address, then the organisation's own address. */
export const recipientsOf = (organisation: Organisation): Recipient[] => [
  ...organisation.contacts
    .filter((c) => c.email)
    .map((c) => ({ email: c.email!, label: `${c.name} <${c.email}>`, contactId: c.id })),
  ...(organisation.email ? [{ email: organisation.email, label: organisation.email }] : []),
];
