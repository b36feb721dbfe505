/**
 * The "Discover" tab: import project lists (in a worker), rank their organisations for a project idea
 * or words, and add the chosen ones to the pipeline with their past projects. The pipeline is read
 * for ideas and "already saved" marks; writes go through the pipeline's own save path.
 */
import { useState } from 'preact/hooks';
import { DiscoverFilters, type FilterValues } from '@/components/discover/DiscoverFilters';
import { DiscoverResults, type ResultView } from '@/components/discover/DiscoverResults';
import { ImportPanel } from '@/components/discover/ImportPanel';
import { ImportSummary } from '@/components/discover/ImportSummary';
import { StoredFiles } from '@/components/discover/StoredFiles';
import { describeReasons } from '@/lib/discover/why';
import { countryLabel, formatDate, formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { ProblemBanner, useAnnouncer } from '../ideas/view-parts';
import { ACTIONS, EMPTY_FILTERS } from './search-options';
import { useDiscoverPipeline } from './useDiscoverPipeline';
import { useDiscoverSearch } from './useDiscoverSearch';
import { useDiscoverWorker, type RankedRow } from './useDiscoverWorker';
import { useSavedMarks } from './usePipelineSide';
import { useStorageUsage } from './useStorageUsage';

const number = (value: number, digits = 0) =>
  new Intl.NumberFormat(navigator.language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
    value,
  );

/** A ranked row as the results table shows it: place and reasons in words, saved stage if any. */
function resultView(row: RankedRow, marks: Map<number, string>): ResultView {
  return {
    index: row.index,
    name: row.name,
    type: row.type,
    website: row.website,
    projects: row.projects,
    asCoordinator: row.asCoordinator,
    lastCallYear: row.lastCallYear,
    savedStage: marks.get(row.index),
    place: [row.country ? countryLabel(row.country) : '', row.city ?? ''].filter(Boolean).join(' · '),
    why: describeReasons(row.reasons, (n) => formatNumber(n)),
  };
}

export function DiscoverView() {
  const [problem, setProblem] = useState<string>();
  const discover = useDiscoverWorker((message) =>
    setProblem(message ? `${i18n.t('discover.errors.worker')} (${message})` : i18n.t('discover.errors.worker')),
  );
  const { pipeline, loadPipeline } = useDiscoverPipeline(setProblem);
  const [filters, setFilters] = useState<FilterValues>(EMPTY_FILTERS);
  const { announce, region } = useAnnouncer();
  const usage = useStorageUsage(discover.stored);
  const { ranked, selected, busy, search, add, toggle } = useDiscoverSearch(discover, pipeline, filters, {
    announce,
    loadPipeline,
    onProblem: setProblem,
  });
  const marks = useSavedMarks(ranked, pipeline);
  const rows = ranked.map((row) => resultView(row, marks));

  return (
    <div class="dc-view">
      <header class="dc-header">
        <h2>{i18n.t('discover.title')}</h2>
        <p class="bd-muted">{i18n.t('discover.intro')}</p>
      </header>
      <ProblemBanner problem={problem} onDismiss={() => setProblem(undefined)} />
      {region}
      <ImportPanel
        progress={discover.progress}
        number={number}
        onFiles={discover.importFiles}
        onCancel={discover.cancel}
      />
      {discover.result && (
        <ImportSummary
          outcomes={discover.result.outcomes}
          cancelled={discover.result.cancelled}
          number={(n) => number(n)}
          organisations={discover.stored?.organisations}
          projects={discover.stored?.projects}
        />
      )}
      <div class="dc-main">
        <DiscoverFilters
          values={filters}
          ideas={pipeline?.ideas ?? []}
          actions={ACTIONS}
          onChange={setFilters}
          onSearch={() => void search()}
        />
        {discover.stored && discover.stored.projects === 0 ? (
          <p class="bd-muted dc-results">{i18n.t('discover.results.empty')}</p>
        ) : rows.length === 0 && discover.stored ? (
          <p class="bd-muted dc-results">{i18n.t('discover.results.none')}</p>
        ) : (
          <DiscoverResults
            rows={rows}
            selected={selected}
            busy={busy}
            number={(n) => number(n)}
            onToggle={toggle}
            onAdd={(indexes) => void add(indexes)}
          />
        )}
      </div>
      <StoredFiles
        files={discover.stored?.files ?? []}
        usageBytes={usage}
        number={number}
        date={(iso) => formatDate(iso)}
        onRemove={(file) => discover.remove(file.id)}
      />
    </div>
  );
}
