/**
 * The Discover tab's link to its worker: import with progress and Cancel, the stored files, and
 * ranking / details requests answered by id. The worker starts with the tab and stops with it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RankOptions } from '@/lib/discover/rank';
import type { FileOutcomeMessage, PastProjectDetails, RankedRow, WorkerReply } from '@/lib/discover/protocol';
import type { ImportedFile } from '@/lib/discover/types';

export type Progress = Extract<WorkerReply, { type: 'progress' }>;
export interface ImportResult {
  outcomes: FileOutcomeMessage[];
  cancelled: boolean;
}
export interface StoredState {
  files: ImportedFile[];
  projects: number;
  organisations: number;
}

export function useDiscoverWorker(onFailure: (message: string) => void) {
  const worker = useRef<Worker>();
  const waiting = useRef(new Map<number, (reply: WorkerReply) => void>());
  const nextId = useRef(1);
  const [progress, setProgress] = useState<Progress>();
  const [result, setResult] = useState<ImportResult>();
  const [stored, setStored] = useState<StoredState>();

  useEffect(() => {
    const created = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.current = created;
    created.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') setProgress(reply);
      else if (reply.type === 'imported') {
        setProgress(undefined);
        setResult({ outcomes: reply.outcomes, cancelled: reply.cancelled });
      } else if (reply.type === 'state') {
        setStored({ files: reply.files, projects: reply.projects, organisations: reply.organisations });
      } else if (reply.type === 'failed') {
        setProgress(undefined);
        if (reply.id !== undefined) waiting.current.delete(reply.id);
        onFailure(reply.message);
      } else {
        waiting.current.get(reply.id)?.(reply);
        waiting.current.delete(reply.id);
      }
    });
    created.addEventListener('error', () => onFailure(''));
    created.postMessage({ type: 'files' });
    return () => created.terminate();
  }, []);

  const ask = <T extends WorkerReply>(request: Record<string, unknown>): Promise<T> =>
    new Promise((resolve) => {
      const id = nextId.current++;
      waiting.current.set(id, resolve as (reply: WorkerReply) => void);
      worker.current?.postMessage({ ...request, id });
    });

  return {
    progress,
    result,
    stored,
    importFiles: (files: File[]) => {
      setResult(undefined);
      worker.current?.postMessage({ type: 'import', files });
    },
    cancel: () => worker.current?.postMessage({ type: 'cancel' }),
    remove: (fileId: string) => worker.current?.postMessage({ type: 'remove', fileId }),
    rank: async (options: RankOptions) =>
      (await ask<Extract<WorkerReply, { type: 'ranked' }>>({ type: 'rank', options })).rows,
    details: async (index: number): Promise<PastProjectDetails[]> =>
      (await ask<Extract<WorkerReply, { type: 'details' }>>({ type: 'details', index })).projects,
  };
}

export type { RankedRow };
