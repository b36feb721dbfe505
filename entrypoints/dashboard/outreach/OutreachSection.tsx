/**
 * The partner panel's outreach: how the partner came, the contact log with "Did you send it?" and
 * one-click outcomes, and the composer. Writes go through the board's queue (lib/outreach, loaded
 * on use); components get plain data.
 */
import { useState } from 'preact/hooks';
import { Composer, type OpenedDraft } from '@/components/outreach/Composer';
import { ContactLog } from '@/components/outreach/ContactLog';
import type { PipelineDatabase } from '@/lib/db';
import type { Organisation, Outcome, ProjectIdea } from '@/lib/model';
import { placeholderValues } from '@/lib/outreach/draft';
import { proposeLanguage } from '@/lib/outreach/language';
import { STARTER_TEMPLATES } from '@/lib/outreach/starters';
import type { Write } from '../useWriteQueue';
import { logEntryViews, recipientsOf } from './log-entry-views';
import { describeOrigins, languageName, platformPage } from './outreach-words';
import { useOutreachData } from './useOutreachData';

type OutreachLib = typeof import('./outreach-writes');

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
  const run = <T,>(work: (lib: OutreachLib, db: PipelineDatabase) => Promise<T>) => {
    let result: T | undefined;
    return write(async (_board, db) => void (result = await work(await import('./outreach-writes'), db))).then((ok) =>
      ok ? result : undefined,
    );
  };
  const templates = [...data.templates, ...STARTER_TEMPLATES];
  const languages = [...new Set(templates.map((t) => t.language))];
  const proposed = proposeLanguage({ country: organisation.country }, languages, data.settings.outreachLanguage);
  const memberOf = ideas.filter((idea) => idea.members.some((m) => m.orgId === organisation.id));
  const templateName = (id?: string) => templates.find((t) => t.id === id)?.name;
  const opened = (draft: OpenedDraft) =>
    void run((lib, db) => lib.logDraftOpened(db, { orgId: organisation.id, ...draft }));
  const outcome = (logId: string, kind: Outcome, until?: string) =>
    void run((lib, db) => lib.recordOutcome(db, logId, kind, until ? { until } : {}));
  const refer = async (logId: string, name: string, country?: string) => {
    const result = await run((lib, db) =>
      lib.referTo(db, logId, { fields: { name, ...(country ? { country } : {}) } }),
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
        onSent={(logId, sent) => void run((lib, db) => lib.answerSent(db, logId, sent, today))}
        onOutcome={outcome}
        onRefer={refer}
        onReferExisting={(logId, orgId) => void run((lib, db) => lib.referTo(db, logId, { orgId }))}
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
          onSaveTemplate={(template) => run((lib, db) => lib.saveTemplate(db, template)).then((saved) => !!saved)}
          onClose={() => setComposing(false)}
        />
      )}
    </>
  );
}
