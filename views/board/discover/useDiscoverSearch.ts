import { useEffect, useState } from 'preact/hooks';
import type { FilterValues } from '@/components/discover/DiscoverFilters';
import { i18n } from '@/lib/i18n';
import type { IdeasData } from '../ideas/useIdeasData';
import { rankOptions } from './search-options';
import type { RankedRow, useDiscoverWorker } from './useDiscoverWorker';
import { addAll } from './usePipelineSide';

interface DiscoverSearchSide {
  announce: (text: string) => void;
  loadPipeline: () => Promise<void>;
  onProblem: (message: string) => void;
}

function toggled(selected: Set<number>, index: number): Set<number> {
  const next = new Set(selected);
  if (!next.delete(index)) next.add(index);
  return next;
}

/**
 * The ranked organisations for the filters (searched again when the stored lists or the idea
 * change), which of them are selected, and adding them to the pipeline.
 */
export function useDiscoverSearch(
  discover: ReturnType<typeof useDiscoverWorker>,
  pipeline: IdeasData | undefined,
  filters: FilterValues,
  { announce, loadPipeline, onProblem }: DiscoverSearchSide,
) {
  const [ranked, setRanked] = useState<RankedRow[]>([]);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);

  const search = async () => {
    const idea = pipeline?.ideas.find((i) => i.id === filters.ideaId);
    const rows = await discover.rank(rankOptions(filters, idea, pipeline?.organisations ?? new Map()));
    setRanked(rows);
    setSelected(new Set());
  };
  useEffect(() => {
    if (discover.stored) void search();
  }, [discover.stored, filters.ideaId]);

  const add = async (indexes: number[]) => {
    setBusy(true);
    const added = await addAll(indexes, discover.details, (index) =>
      announce(i18n.t('discover.results.added', [ranked.find((r) => r.index === index)?.name ?? ''])),
    );
    if (added === true) {
      setSelected(new Set());
      await loadPipeline();
    } else onProblem(added);
    setBusy(false);
  };
  const toggle = (index: number) => setSelected(toggled(selected, index));

  return { ranked, selected, busy, search, add, toggle };
}
