/**
 * The "Discover" tab: import project lists (in a worker), rank their organisations for a project idea
 * or words, and add the chosen ones to the pipeline with their past projects. The pipeline is read
 * for ideas and "already saved" marks; writes go through the pipeline's own save path.
 */
import { useEffect, useState } from 'preact/hooks';
import { DiscoverFilters, type FilterValues } from '@/components/discover/DiscoverFilters';
import { DiscoverResults, type ResultView } from '@/components/discover/DiscoverResults';
import { ImportPanel } from '@/components/discover/ImportPanel';
import { ImportSummary } from '@/components/discover/ImportSummary';
import { StoredFiles } from '@/components/discover/StoredFiles';
import { onChanged } from '@/lib/changes';
import { describeReasons } from '@/lib/discover/why';
import { countryLabel, formatDate, formatNumber } from '@/lib/format';
import { i18n } from '@/lib/i18n';
import { describeStorageError } from '@/lib/storage-errors';
import { loadIdeasData, type IdeasData } from '../ideas/useIdeasData';
import { ProblemBanner, useAnnouncer } from '../ideas/view-parts';
import { ACTIONS, EMPTY_FILTERS, rankOptions } from './search-options';
import { useDiscoverWorker, type RankedRow } from './useDiscoverWorker';
import { addAll, useSavedMarks, withPipeline } from './usePipelineSide';

const number = (value: number, digits = 0) =>
  new Intl.NumberFormat(navigator.language, { maximumFractionDigits: digits, minimumFractionDigits: digits })
    .format(value);

/** A ranked row as the results table shows it: place and reasons in words, saved stage if any. */
function resultView(row: RankedRow, marks: Map<number, string>): ResultView {
  return {
    index: row.index, name: row.name, type: row.type, website: row.website, projects: row.projects,
    asCoordinator: row.asCoordinator, lastCallYear: row.lastCallYear, savedStage: marks.get(row.index),
    place: [row.country ? countryLabel(row.country) : '', row.city ?? ''].filter(Boolean).join(' · '),
    why: describeReasons(row.reasons, (n) => formatNumber(n)),
  };
}

function toggled(selected: Set<number>, index: number): Set<number> {
  const next = new Set(selected);
  if (!next.delete(index)) next.add(index);
  return next;
}

export function DiscoverView() {
  const [problem, setProblem] = useState<string>();
  const discover = useDiscoverWorker((message) =>
    setProblem(message ? `${i18n.t('discover.errors.worker')} (${message})` : i18n.t('discover.errors.worker')));
  const [pipeline, setPipeline] = useState<IdeasData>();
  const [filters, setFilters] = useState<FilterValues>(EMPTY_FILTERS);
  const [ranked, setRanked] = useState<RankedRow[]>([]);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [usage, setUsage] = useState<number>();
  const { announce, region } = useAnnouncer();

  const loadPipeline = () => withPipeline(loadIdeasData).then(setPipeline, (e) => setProblem(describeStorageError(e)));
  useEffect(() => {
    void loadPipeline();
    return onChanged(() => void loadPipeline());
  }, []);
  useEffect(() => {
    navigator.storage?.estimate?.().then((estimate) => setUsage(estimate.usage), () => undefined);
  }, [discover.stored]);

  const search = async () => {
    const idea = pipeline?.ideas.find((i) => i.id === filters.ideaId);
    const rows = await discover.rank(rankOptions(filters, idea, pipeline?.organisations ?? new Map()));
    setRanked(rows);
    setSelected(new Set());
  };
  useEffect(() => {
    if (discover.stored) void search();
  }, [discover.stored, filters.ideaId]);

  const marks = useSavedMarks(ranked, pipeline);
  const add = async (indexes: number[]) => {
    setBusy(true);
    const added = await addAll(indexes, discover.details, (index) =>
      announce(i18n.t('discover.results.added', [ranked.find((r) => r.index === index)?.name ?? ''])));
    if (added === true) {
      setSelected(new Set());
      await loadPipeline();
    } else setProblem(added);
    setBusy(false);
  };

  const rows = ranked.map((row) => resultView(row, marks));

  const toggle = (index: number) => setSelected(toggled(selected, index));

  return (
    <div class="dc-view">
      <header class="dc-header">
        <h2>{i18n.t('discover.title')}</h2>
        <p class="bd-muted">{i18n.t('discover.intro')}</p>
      </header>
      <ProblemBanner problem={problem} onDismiss={() => setProblem(undefined)} />
      {region}
      <ImportPanel progress={discover.progress} number={number} onFiles={discover.importFiles}
        onCancel={discover.cancel} />
      {discover.result && (
        <ImportSummary outcomes={discover.result.outcomes} cancelled={discover.result.cancelled}
          number={(n) => number(n)}
          organisations={discover.stored?.organisations} projects={discover.stored?.projects} />
      )}
      <div class="dc-main">
        <DiscoverFilters values={filters} ideas={pipeline?.ideas ?? []} actions={ACTIONS} onChange={setFilters}
          onSearch={() => void search()} />
        {discover.stored && discover.stored.projects === 0 ? (
          <p class="bd-muted dc-results">{i18n.t('discover.results.empty')}</p>
        ) : rows.length === 0 && discover.stored ? (
          <p class="bd-muted dc-results">{i18n.t('discover.results.none')}</p>
        ) : (
          <DiscoverResults rows={rows} selected={selected} busy={busy} number={(n) => number(n)} onToggle={toggle}
            onAdd={(indexes) => void add(indexes)} />
        )}
      </div>
      <StoredFiles files={discover.stored?.files ?? []} usageBytes={usage} number={number}
        date={(iso) => formatDate(iso)} onRemove={(file) => discover.remove(file.id)} />
    </div>
  );
}
