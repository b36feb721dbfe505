import { useEffect, useMemo, useState } from 'preact/hooks';
import { BackupNudge } from '@/components/BackupNudge';
import { DueList } from '@/components/DueList';
import { EmptyState } from '@/components/EmptyState';
import { FilterBar } from '@/components/FilterBar';
import { PartnerList } from '@/components/PartnerList';
import { StageCounts } from '@/components/StageCounts';
import { localIsoDate } from '@/lib/dates-local';
import { filterPartners, sortPartners, type PartnerFilter, type SortOrder } from '@/lib/search';
import { describeStorageError } from '@/lib/storage-errors';
import { usePipelineData } from './usePipelineData';
import { openBoard, withDb, writeAndNotify } from './actions';

const VISIBLE_ROWS = 200;
/** `performance.mark('pp:popup-first-render')` once per page, for scripts/bench-pipeline.ts. */
let firstRenderMarked = false;

/** The popup's container: reads the store through a hook, hands plain data to components. */
export function App() {
  const { data, error: loadError, nudge } = usePipelineData();
  const [nudgeHidden, setNudgeHidden] = useState(false);
  const [filter, setFilter] = useState<PartnerFilter>({ query: '' });
  const [sort, setSort] = useState<SortOrder>('recent');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const today = localIsoDate(new Date());

  const shown = useMemo(() => (data ? sortPartners(filterPartners(data.partners, filter), sort) : []), [data, filter, sort]);
  const due = useMemo(
    () => (data?.partners ?? []).filter((p) => p.nextFollowUp && p.nextFollowUp <= today).sort((a, b) => a.nextFollowUp!.localeCompare(b.nextFollowUp!)),
    [data, today],
  );
  const facets = useMemo(() => {
    const partners = data?.partners ?? [];
    return {
      countries: [...new Set(partners.map((p) => p.country).filter((c): c is string => !!c))].sort(),
      origins: [...new Set(partners.flatMap((p) => p.origins))].sort(),
      tags: [...new Set(partners.flatMap((p) => p.tags))].sort(),
    };
  }, [data]);

  useEffect(() => {
    if (firstRenderMarked || !data || data.total === 0) return;
    firstRenderMarked = true;
    performance.mark('pp:popup-first-render');
  }, [data]);

  const run = async (action: () => Promise<string | void>) => {
    try {
      setError(undefined);
      const message = await writeAndNotify(action);
      if (message) setStatus(message);
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  };

  const onStageChange = (id: string, stageId: string) =>
    run(async () => {
      const { setStage } = await import('@/lib/repo');
      await withDb((db) => setStage(db, id, stageId));
    });

  const problem = error ?? loadError;
  return (
    <main class="pp-app">
      <header class="pp-head">
        <h1>Partner Pipeline</h1>
        {data && data.total > 0 && (
          <StageCounts stages={data.stages} counts={data.counts} active={filter.stageId} onToggle={(id) => setFilter({ ...filter, stageId: filter.stageId === id ? undefined : id })} />
        )}
      </header>
      {problem && <p class="pp-banner" role="alert">{problem}</p>}
      {nudge && !nudgeHidden && (
        <BackupNudge
          message={nudge}
          onExport={() => void run(async () => {
            const { downloadExport } = await import('@/lib/download');
            const count = await downloadExport();
            setNudgeHidden(true);
            return `Exported ${count} organisation${count === 1 ? '' : 's'}.`;
          })}
          onDismiss={() => void run(async () => {
            setNudgeHidden(true);
            await withDb((db) => db.put('meta', new Date().toISOString(), 'backupNudgeDismissedAt'));
          })}
        />
      )}
      {!data && !problem && <p class="pp-loading">Loading your partners…</p>}
      {data && data.total === 0 && (
        <EmptyState title="No partners saved yet">
          <p>
            Open an organisation or partner request on <strong>OTLAS</strong>, <strong>EPALE</strong>, <strong>ESEP / eTwinning</strong> or the{' '}
            <strong>Erasmus+ Project Results Platform</strong>, then click <strong>Save partner</strong> next to its title.
          </p>
        </EmptyState>
      )}
      {data && data.total > 0 && (
        <>
          <FilterBar filter={filter} sort={sort} {...facets} onFilter={setFilter} onSort={setSort} />
          <DueList due={due} today={today} onOpen={openBoard} onDone={(id) => run(async () => {
            const { completeFollowUp } = await import('@/lib/pipeline');
            await withDb((db) => completeFollowUp(db, id));
            return 'Follow-up marked done.';
          })} />
          {shown.length === 0 ? (
            <p class="pp-none" role="status">No partner matches “{filter.query}”. Try fewer words or clear the filters.</p>
          ) : (
            <PartnerList partners={shown.slice(0, VISIBLE_ROWS)} stages={data.stages} onOpen={openBoard} onStageChange={(id, stageId) => void onStageChange(id, stageId)} />
          )}
          {shown.length > VISIBLE_ROWS && <p class="pp-more">{shown.length - VISIBLE_ROWS} more: refine the search or open the board.</p>}
        </>
      )}
      <footer class="pp-foot">
        <button type="button" class="pp-button" onClick={() => openBoard()}>Open board</button>
        <button type="button" class="pp-button" onClick={() => void run(async () => {
          const { downloadExport } = await import('@/lib/download');
          const count = await downloadExport();
          return `Exported ${count} organisation${count === 1 ? '' : 's'}.`;
        })}>Export JSON</button>
        <button type="button" class="pp-button" onClick={() => void browser.runtime.openOptionsPage()}>Backup</button>
        <span class="pp-status" role="status">{status}</span>
      </footer>
    </main>
  );
}
