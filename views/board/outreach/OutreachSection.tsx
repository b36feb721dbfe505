/**
 * The partner panel's outreach: how the partner came, the contact log with "Did you send it?" and
 * one-click outcomes, and the composer. Changes are commands through the board's queue;
 * components get plain data.
 */
import { useState } from 'preact/hooks';
import { Composer, type OpenedDraft } from '@/components/outreach/Composer';
import { ContactLog } from '@/components/outreach/ContactLog';
import type { Organisation, Outcome, ProjectIdea } from '@/lib/domain/model';
import { placeholderValues } from '@/lib/outreach/draft';
import { proposeLanguage } from '@/lib/outreach/language';
import { STARTER_TEMPLATES } from '@/lib/outreach/starters';
import type { RunCommand } from '@/lib/commands/client';
import { worked, type Write } from '@/views/live/useWriteQueue';
import { logEntryViews, recipientsOf } from './log-entry-views';
import { describeOrigins, languageName, platformPage } from './outreach-words';
import { useOutreachData } from './useOutreachData';

interface OutreachSectionProps {
  organisation: Organisation;
  ideas: ProjectIdea[];
  version: number;
  today: string;
  write: Write;
}

export function OutreachSection({ organisation, ideas, version, today, write }: OutreachSectionProps) {
  const data = useOutreachData(organisation.id, version);
  const [composing, setComposing] = useState(false);
  if (!data) return null;
  // The command's result when it worked; undefined when it failed (the board's banner says why).
  const run = <T,>(work: (command: RunCommand) => Promise<T>) =>
    write(work).then((outcome) => (outcome.ok ? outcome.value : undefined));
  const templates = [...data.templates, ...STARTER_TEMPLATES];
  const languages = [...new Set(templates.map((t) => t.language))];
  const proposed = proposeLanguage({ country: organisation.country }, languages, data.settings.outreachLanguage);
  const memberOf = ideas.filter((idea) => idea.members.some((m) => m.orgId === organisation.id));
  const templateName = (id?: string) => templates.find((t) => t.id === id)?.name;
  const opened = (draft: OpenedDraft) =>
    void run((command) => command('outreach.logDraftOpened', { draft: { orgId: organisation.id, ...draft } }));
  const outcome = (logId: string, kind: Outcome, until?: string) =>
    void run((command) => command('outreach.recordOutcome', { logId, kind, ...(until ? { until } : {}) }));
  const refer = async (logId: string, name: string, country?: string) => {
    const result = await run((command) =>
      command('outreach.referTo', { logId, target: { fields: { name, ...(country ? { country } : {}) } } }),
    );
    if (!result) return 'failed' as const;
    return 'probable' in result
      ? result.probable.map(({ orgId, name: n, country: c }) => ({ orgId, name: n, country: c }))
      : ('done' as const);
  };
  return (
    <>
      <ContactLog
        origins={describeOrigins(organisation, data)}
        today={today}
        entries={logEntryViews(data, organisation, ideas, templateName, today)}
        onWrite={() => setComposing(true)}
        onSent={(logId, sent) => void run((command) => command('outreach.answerSent', { logId, sent, today }))}
        onOutcome={outcome}
        onRefer={refer}
        onReferExisting={(logId, orgId) =>
          void run((command) => command('outreach.referTo', { logId, target: { orgId } }))
        }
      />
      {composing && (
        <Composer
          partnerName={organisation.name}
          templates={templates}
          proposedLanguage={proposed}
          languageName={languageName}
          ideas={[...memberOf, ...ideas.filter((idea) => !memberOf.includes(idea))].map(({ id, title }) => ({
            id,
            title,
          }))}
          valuesFor={(language, ideaId) =>
            placeholderValues(
              {
                organisation,
                idea: ideas.find((idea) => idea.id === ideaId),
                me: data.settings.me,
                events: data.events,
              },
              language,
            )
          }
          recipients={recipientsOf(organisation)}
          platformUrl={platformPage(organisation)}
          onOpened={opened}
          onSaveTemplate={(template) => worked(write((command) => command('outreach.saveTemplate', { template })))}
          onClose={() => setComposing(false)}
        />
      )}
    </>
  );
}
