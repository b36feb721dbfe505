import { useEffect, useState } from 'preact/hooks';
import { onChanged } from '@/lib/protocol/changes';
import { readDatabase } from '@/lib/reads';
import { describeStorageError } from '@/lib/i18n/storage-errors';
import { loadIdeasData, type IdeasData } from '../ideas/useIdeasData';

/** The pipeline as Discover needs it (ideas, "already saved" marks), reloaded when anything changes. */
export function useDiscoverPipeline(onProblem: (message: string) => void) {
  const [pipeline, setPipeline] = useState<IdeasData>();
  const loadPipeline = () =>
    readDatabase(loadIdeasData).then(setPipeline, (e: unknown) => onProblem(describeStorageError(e)));
  useEffect(() => {
    void loadPipeline();
    return onChanged(() => void loadPipeline());
  }, []);
  return { pipeline, loadPipeline };
}
