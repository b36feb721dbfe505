import { useEffect, useState } from 'preact/hooks';
import type { Organisation, PipelineEntry, ProjectIdea } from '@/lib/domain/model';
import { getPartner, readDatabase } from '@/lib/reads';
import { describeLoadError } from './useBoardData';

export type LoadedPartner =
  { organisation: Organisation; entry: PipelineEntry; ideas: ProjectIdea[] } | 'missing' | { error: string };

/** One partner and the project ideas for the side panel, read again when `version` changes. */
export function useDetailPartner(orgId: string, version: number): LoadedPartner | undefined {
  const [loaded, setLoaded] = useState<LoadedPartner>();
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const [found, ideas] = await readDatabase((db) => Promise.all([getPartner(db, orgId), db.getAll('ideas')]));
        if (current) setLoaded(found ? { ...found, ideas } : 'missing');
      } catch (failure) {
        if (current) setLoaded({ error: describeLoadError(failure) });
      }
    })();
    return () => void (current = false);
  }, [orgId, version]);
  return loaded;
}
