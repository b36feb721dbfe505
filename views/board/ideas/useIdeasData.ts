/**
 * The data of the project ideas, events and statistics tabs: organisations, their pipeline
 * entries, ideas, events and stages, read straight from IndexedDB, reloaded by the one load loop
 * (views/live) when anything changes here or in another tab. Writes are commands, run one after
 * the other through the one write queue, which reloads once none is pending.
 */
import { useRef, useState } from 'preact/hooks';
import type { Database } from '@/lib/store/db';
import type {
  ContactLogEntry,
  Introduction,
  Organisation,
  OutreachTemplate,
  PartnerEvent,
  PartnerSummary,
  PipelineEntry,
  ProjectIdea,
  Stage,
} from '@/lib/domain/model';
import { readStages, summarise } from '@/lib/reads';
import { describeLoadError } from '../useBoardData';
import { readOutreachSettings, type OutreachSettings } from '@/lib/reads/settings';
import { useLiveData } from '@/views/live/useLiveData';
import { useWriteQueue } from '@/views/live/useWriteQueue';

export type { Write as IdeaWrite } from '@/views/live/useWriteQueue';

export interface IdeasData {
  organisations: Map<string, Organisation>;
  entries: PipelineEntry[];
  /** Every partner as the board lists them, most recently changed first. */
  partners: PartnerSummary[];
  ideas: ProjectIdea[];
  events: PartnerEvent[];
  stages: Stage[];
  /** The user's organisation (the applicant) and the other outreach settings. */
  settings: OutreachSettings;
  contactLog: ContactLogEntry[];
  introductions: Introduction[];
  templates: OutreachTemplate[];
}

export async function loadIdeasData(db: Database): Promise<IdeasData> {
  const tx = db.transaction(['organisations', 'pipeline', 'ideas', 'events', 'meta'], 'readonly');
  const [organisations, entries, ideas, events, stages] = await Promise.all([
    tx.objectStore('organisations').getAll(),
    tx.objectStore('pipeline').getAll(),
    tx.objectStore('ideas').getAll(),
    tx.objectStore('events').index('by-date').getAll(),
    readStages(tx.objectStore('meta')),
  ]);
  await tx.done;
  const settings = await readOutreachSettings(db);
  const outreach = db.transaction(['contactLog', 'introductions', 'templates'], 'readonly');
  const [contactLog, introductions, templates] = await Promise.all([
    outreach.objectStore('contactLog').getAll(),
    outreach.objectStore('introductions').getAll(),
    outreach.objectStore('templates').getAll(),
  ]);
  await outreach.done;
  const entryOf = new Map(entries.map((entry) => [entry.orgId, entry]));
  return {
    organisations: new Map(organisations.map((org) => [org.id, org])),
    entries,
    partners: organisations
      .map((org) => summarise(org, entryOf.get(org.id)))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    ideas: ideas.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    events: events.reverse(),
    stages,
    settings,
    contactLog,
    introductions,
    templates,
  };
}

export function useIdeasData() {
  const [problem, setProblem] = useState<string>();
  const writingRef = useRef<() => boolean>(() => false);
  const { data, error, reload } = useLiveData<IdeasData>(async ({ db, show }) => show(await loadIdeasData(db)), {
    describeError: describeLoadError,
    writing: () => writingRef.current(),
  });
  // The loop needs to know whether the queue is writing, and the queue reloads through the loop.
  const { write, writing } = useWriteQueue(reload, setProblem);
  writingRef.current = writing;
  return { data, error, problem, setProblem, reload, write };
}
