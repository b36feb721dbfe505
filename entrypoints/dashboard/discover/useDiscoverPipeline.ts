import { useEffect, useState } from 'preact/hooks';
import { onChanged } from '@/lib/changes';
import { describeStorageError } from '@/lib/storage-errors';
import { loadIdeasData, type IdeasData } from '../ideas/useIdeasData';
import { withPipeline } from './usePipelineSide';

/** The pipeline as Discover needs it (ideas, "already saved" marks), reloaded when anything changes. */
export function useDiscoverPipeline(onProblem: (message: string) => void) {
  const [pipeline, setPipeline] = useState<IdeasData>();
  const loadPipeline = () => withPipeline(loadIdeasData).then(setPipeline, (e) => onProblem(describeStorageError(e)));
  useEffect(() => {
    void loadPipeline();
    return onChanged(() => void loadPipeline());
  }, []);
  return { pipeline, loadPipeline };
}
