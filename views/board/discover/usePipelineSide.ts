/** Discover's reads and writes of the pipeline: "already saved · stage" marks and Add to pipeline. */
import { useEffect, useState } from 'preact/hooks';
import { command } from '@/lib/commands/client';
import type { PastProjectDetails, RankedRow } from '@/lib/discover/protocol';
import { readDatabase } from '@/lib/reads';
import { describeStorageError } from '@/lib/i18n/storage-errors';
import type { IdeasData } from '../ideas/useIdeasData';

/** The stage of each result already saved as a partner (identity-matched), by result index. */
export function useSavedMarks(ranked: RankedRow[], pipeline: IdeasData | undefined): Map<number, string> {
  const [marks, setMarks] = useState<Map<number, string>>(new Map());
  useEffect(() => {
    if (!ranked.length || !pipeline) return void setMarks(new Map());
    void readDatabase(async (db) => {
      const { savedMark } = await import('@/lib/reads/tools');
      const found = new Map<number, string>();
      for (const row of ranked) {
        const mark = await savedMark(db, row, pipeline.stages);
        if (mark) found.set(row.index, mark.stageName);
      }
      setMarks(found);
    });
  }, [ranked, pipeline]);
  return marks;
}

/** Adds the organisations one by one (a command each); true when all went in, else the problem in words. */
export async function addAll(
  indexes: number[],
  details: (index: number) => Promise<PastProjectDetails[]>,
  onAdded: (index: number) => void,
): Promise<true | string> {
  try {
    for (const index of indexes) {
      const projects = await details(index);
      await command('discover.addToPipeline', { projects });
      onAdded(index);
    }
    return true;
  } catch (error) {
    return describeStorageError(error);
  }
}
