import { useEffect, useState } from 'preact/hooks';
import { DueList } from '@/components/popup/DueList';
import { FilterBar } from '@/components/popup/FilterBar';
import { PartnerList } from '@/components/popup/PartnerList';
import { StageCounts } from '@/components/popup/StageCounts';
import { localIsoDate } from '@/lib/domain/dates-local';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { usePopupData } from './usePopupData';
import { usePartnerView } from './usePartnerView';
import { usePopupActions } from './usePopupActions';
import { activePlatformTab, openBoard } from './actions';
import { PopupEmpty } from './PopupEmpty';
import { PopupFooter } from './PopupFooter';
import { PopupNotices } from './PopupNotices';

const VISIBLE_ROWS = 100;
/** `performance.mark('pp:popup-first-render')` once per page, for scripts/bench-pipeline.ts. */
let firstRenderMarked = false;

/** The popup's container: reads through a hook, changes through commands, hands plain data to components. */
export function App() {
  const { data, error: loadError, nudge, outdated, reload } = usePopupData();
  const actions = usePopupActions(reload);
  const [platformTab, setPlatformTab] = useState<number>();
  useEffect(() => void activePlatformTab().then(setPlatformTab, () => undefined), []);
  const today = localIsoDate(new Date());
  const view = usePartnerView(data?.partners, today);

  useEffect(() => {
    if (firstRenderMarked || !data || data.total === 0) return;
    firstRenderMarked = true;
    performance.mark('pp:popup-first-render');
  }, [data]);

  const problem = actions.error ?? loadError;
  return (
    <main class="pp-app">
      <header class="pp-head">
        <h1>{i18n.t('popup.title')}</h1>
        {data?.counts && data.total > 0 && (
          <StageCounts
            stages={data.stages}
            counts={data.counts}
            active={view.filter.stageId}
            onToggle={view.toggleStage}
          />
        )}
      </header>
      <PopupNotices
        problem={problem}
        outdated={outdated}
        nudge={nudge}
        onExport={(done) => void actions.exportJson(done)}
        onDismissNudge={actions.dismissNudge}
      />
      {!data && !problem && <p class="pp-loading">{i18n.t('popup.loading')}</p>}
      {data?.complete && data.total === 0 && <PopupEmpty />}
      {data && data.total > 0 && (
        <>
          <FilterBar
            filter={view.filter}
            sort={view.sort}
            {...view.facets}
            onFilter={view.setFilter}
            onSort={view.setSort}
          />
          <DueList due={view.due} today={today} onOpen={openBoard} onDone={(id) => void actions.followUpDone(id)} />
          {view.shown.length === 0 ? (
            <p class="pp-none" role="status">
              {i18n.t('popup.noMatch', [view.filter.query])}
            </p>
          ) : (
            <PartnerList
              partners={view.shown.slice(0, VISIBLE_ROWS)}
              stages={data.stages}
              onOpen={openBoard}
              onStageChange={actions.setStage}
            />
          )}
          {view.shown.length > VISIBLE_ROWS && (
            <p class="pp-more">{i18n.t('popup.more', [formatNumber(view.shown.length - VISIBLE_ROWS)])}</p>
          )}
        </>
      )}
      <PopupFooter
        platformTab={platformTab}
        status={actions.status}
        onSave={actions.saveFrom}
        onExport={() => void actions.exportJson()}
      />
    </main>
  );
}
