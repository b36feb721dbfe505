/**
 * The data of the project ideas, events and statistics tabs: organisations, their pipeline
 * entries, ideas, events and stages, read straight from IndexedDB (no zod), reloaded when
 * anything changes here or in another tab. Writes load `./idea-writes` on first use, run one
 * after the other, tell other views, and reload once none is pending.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { notifyChanged, onChanged } from '@/lib/changes';
import { openPipelineDb, readStages, type PipelineDatabase } from '@/lib/db';
import type { ContactLogEntry, Introduction, Organisation, OutreachTemplate, PartnerEvent, PartnerSummary, PipelineEntry, ProjectIdea, Stage } from '@/lib/model';
import { summarise } from '@/lib/queries';
import { describeStorageError } from '@/lib/storage-errors';
import { describeLoadError } from '../useBoardData';
import { readOutreachSettings, type OutreachSettings } from '@/lib/outreach/settings';

export type IdeaWrites = typeof import('./idea-writes');
export type IdeaWrite = <T>(work: (writes: IdeaWrites, db: PipelineDatabase) => Promise<T>, onError?: (message: string) => void) => Promise<{ ok: true; value: T } | { ok: false }>;

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

export async function loadIdeasData(db: PipelineDatabase): Promise<IdeasData> {
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
    partners: organisations.map((org) => summarise(org, entryOf.get(org.id))).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
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
  const [data, setData] = useState<IdeasData>();
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const loading = useRef<Promise<void>>();
  const again = useRef(false);

  const reload = (): Promise<void> => {
    if (loading.current) {
      again.current = true;
      return loading.current;
    }
    loading.current = (async () => {
      try {
        do {
          again.current = false;
          const db = await openPipelineDb({ onBlocked: () => setError(describeStorageError({ name: 'BlockedError' })) });
          try {
            const loaded = await loadIdeasData(db);
            if (pending.current === 0) setData(loaded);
            setError(undefined);
          } finally {
            db.close();
          }
        } while (again.current);
      } catch (failure) {
        setError(describeLoadError(failure));
      } finally {
        loading.current = undefined;
      }
    })();
    return loading.current;
  };

  useEffect(() => {
    void reload();
    return onChanged(() => {
      if (pending.current === 0) void reload();
    });
  }, []);

  const write: IdeaWrite = async (work, onError = setProblem) => {
    pending.current++;
    const run = queue.current.then(async () => {
      try {
        const writes = await import('./idea-writes');
        const db = await openPipelineDb();
        let value;
        try {
          value = await work(writes, db);
        } finally {
          db.close();
        }
        notifyChanged();
        setProblem(undefined);
        return { ok: true as const, value };
      } catch (failure) {
        onError(describeStorageError(failure));
        return { ok: false as const };
      }
    });
    queue.current = run;
    const outcome = await run;
    if (--pending.current === 0) await reload();
    return outcome;
  };

  return { data, error, problem, setProblem, reload, write };
}
