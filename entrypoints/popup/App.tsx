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
import { formatDate, formatNumber } from '@/lib/format';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/rich-text';
import { usePipelineData } from './usePipelineData';
import { activePlatformTab, openBoard, openPrivacy, saveFromTab, withDb, writeAndNotify } from './actions';

const VISIBLE_ROWS = 100;
/** `performance.mark('pp:popup-first-render')` once per page, for scripts/bench-pipeline.ts. */
let firstRenderMarked = false;

/** The popup's container: reads the store through a hook, hands plain data to components. */
export function App() {
  const { data, error: loadError, nudge, outdated } = usePipelineData();
  const [nudgeHidden, setNudgeHidden] = useState(false);
  const [platformTab, setPlatformTab] = useState<number>();
  useEffect(() => void activePlatformTab().then(setPlatformTab, () => undefined), []);
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
        <h1>{i18n.t('popup.title')}</h1>
        {data?.counts && data.total > 0 && (
          <StageCounts stages={data.stages} counts={data.counts} active={filter.stageId} onToggle={(id) => setFilter({ ...filter, stageId: filter.stageId === id ? undefined : id })} />
        )}
      </header>
      {problem && <p class="pp-banner" role="alert">{problem}</p>}
      {outdated.map(({ platform, seenAt }) => (
        <p key={platform} class="pp-notice" role="status">
          {i18n.t('popup.readerOutdated', [PLATFORM_NAMES[platform], formatDate(seenAt)])}
        </p>
      ))}
      {nudge && !nudgeHidden && (
        <BackupNudge
          message={nudge}
          onExport={() => void run(async () => {
            const { downloadExport } = await import('@/lib/download');
            const count = await downloadExport();
            setNudgeHidden(true);
            return i18n.t('popup.exported', count, [formatNumber(count)]);
          })}
          onDismiss={() => void run(async () => {
            setNudgeHidden(true);
            await withDb((db) => db.put('meta', new Date().toISOString(), 'backupNudgeDismissedAt'));
          })}
        />
      )}
      {!data && !problem && <p class="pp-loading">{i18n.t('popup.loading')}</p>}
      {data?.complete && data.total === 0 && (
        <EmptyState title={i18n.t('popup.emptyTitle')}>
          <p>
            {richText(
              [<strong>OTLAS</strong>, <strong>EPALE</strong>, <strong>ESEP / eTwinning</strong>, <strong>{i18n.t('platform.prpFull')}</strong>, <strong>{i18n.t('page.savePartner')}</strong>],
              (a, b, c, d, e) => i18n.t('popup.emptyBody', [a, b, c, d, e]),
            )}
          </p>
        </EmptyState>
      )}
      {data && data.total > 0 && (
        <>
          <FilterBar filter={filter} sort={sort} {...facets} onFilter={setFilter} onSort={setSort} />
          <DueList due={due} today={today} onOpen={openBoard} onDone={(id) => run(async () => {
            const { completeFollowUp } = await import('@/lib/pipeline');
            await withDb((db) => completeFollowUp(db, id));
            return i18n.t('popup.followUpDone');
          })} />
          {shown.length === 0 ? (
            <p class="pp-none" role="status">{i18n.t('popup.noMatch', [filter.query])}</p>
          ) : (
            <PartnerList partners={shown.slice(0, VISIBLE_ROWS)} stages={data.stages} onOpen={openBoard} onStageChange={(id, stageId) => void onStageChange(id, stageId)} />
          )}
          {shown.length > VISIBLE_ROWS && <p class="pp-more">{i18n.t('popup.more', [formatNumber(shown.length - VISIBLE_ROWS)])}</p>}
        </>
      )}
      <footer class="pp-foot">
        {platformTab !== undefined && (
          <button type="button" class="pp-button pp-button--primary" onClick={() => void run(() => saveFromTab(platformTab))}>
            {i18n.t('manifest.saveCommand')}
          </button>
        )}
        <button type="button" class="pp-button" onClick={() => openBoard()}>{i18n.t('popup.openBoard')}</button>
        <button type="button" class="pp-button" onClick={() => void run(async () => {
          const { downloadExport } = await import('@/lib/download');
          const count = await downloadExport();
          return i18n.t('popup.exported', count, [formatNumber(count)]);
        })}>{i18n.t('popup.exportJson')}</button>
        <button type="button" class="pp-button" onClick={() => void browser.runtime.openOptionsPage()}>{i18n.t('popup.backup')}</button>
        <button type="button" class="pp-link" onClick={() => openPrivacy()}>{i18n.t('popup.privacy')}</button>
        <span class="pp-status" role="status">{status}</span>
      </footer>
    </main>
  );
}
