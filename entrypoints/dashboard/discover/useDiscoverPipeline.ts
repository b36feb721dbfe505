import { useEffect, useState } from 'preact/hooks';
import { onChanged } from '@/lib/changes';
import { readPipeline } from '@/lib/reads';
import { describeStorageError } from '@/lib/storage-errors';
import { loadIdeasData, type IdeasData } from '../ideas/useIdeasData';

/** The pipeline as Discover needs it (ideas, "already saved" marks), reloaded when anything changes. */
export function useDiscoverPipeline(onProblem: (message: string) => void) {
  const [pipeline, setPipeline] = useState<IdeasData>();
  const loadPipeline = () =>
    readPipeline(loadIdeasData).then(setPipeline, (e: unknown) => onProblem(describeStorageError(e)));
  useEffect(() => {
    void loadPipeline();
    return onChanged(() => void loadPipeline());
  }, []);
  return { pipeline, loadPipeline };
}
