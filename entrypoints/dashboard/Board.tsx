/**
 * The full-page board's container: the only place that touches the store. Reads go through
 * lib/queries.ts (no zod, fast first paint); writes load `./writes` on first use. Components
 * get plain data and hand back events.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BoardColumn, SHOW_MORE_STEP } from '@/components/BoardColumn';
import { BulkBar, UndoToast } from '@/components/BulkBar';
import { DuplicatesDialog } from '@/components/DuplicatesDialog';
import { EmptyState } from '@/components/EmptyState';
import { StageEditor } from '@/components/StageEditor';
import { localIsoDate } from '@/lib/dates-local';
import type { Stage } from '@/lib/model';
import { stageColour } from '@/lib/stage-colours';
import { BoardHeader } from './BoardHeader';
import { bulkActions } from './bulk-actions';
import { useCameThrough } from './outreach/useCameThrough';
import { buildColumns, columnStageId, orgFromHash, partnersWord, tagSuggestions } from './board-model';
import { DetailPanel } from './DetailPanel';
import { useBoardData } from './useBoardData';
import { useWriteQueue } from '@/lib/live/useWriteQueue';
import { describeGroups, useDuplicates } from './useDuplicates';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/rich-text';
import { stageNameById } from '@/lib/stages';

export type { Write } from '@/lib/live/useWriteQueue';
/** "Deleted 2 partners · Undo", "Merged X into Y · Undo": what Undo runs, and what to say once it did. */
interface Undo {
  message: string;
  run: () => Promise<boolean>;
  done: string;
  focusId?: string;
}

/** `performance.mark('pp:board-first-render')` once per page, for scripts/bench-pipeline.ts. */
let firstRenderMarked = false;

export function Board() {
  // The queue needs the reload and the reload needs to know whether a write is pending.
  const writingRef = useRef<() => boolean>(() => false);
  const { data, error, reload, patch } = useBoardData(() => writingRef.current());
  const [query, setQuery] = useState('');
  const cameThrough = useCameThrough(data?.version);
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string>();
  const [openId, setOpenId] = useState<string | undefined>(() => orgFromHash(location.hash));
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string>();
  const { write, writing } = useWriteQueue(reload, setProblem);
  writingRef.current = writing;
  const [undo, setUndo] = useState<Undo>();
  const [reviewing, setReviewing] = useState(false);
  const [stageEditor, setStageEditor] = useState<{ error?: string }>();
  /** A card to focus once it is on screen (after a move, Undo, closing the panel); given up after one reload without it. */
  const focusCard = useRef<{ id: string; version: number }>();
  const undoShown = useRef(false);
  const today = localIsoDate(new Date());

  const stages = data?.stages ?? [];
  const stageIds = useMemo(() => stages.map((stage) => stage.id), [stages]);
  const colourOf = (stageId: string) => stageColour(stageIds, stageId);
  const board = useMemo(() => buildColumns(data?.partners ?? [], stages, query, data?.totals, cameThrough.keep), [data, query, cameThrough.keep]);
  const tags = useMemo(() => tagSuggestions(data?.partners ?? []), [data]);
  const counts = useMemo(() => Object.fromEntries(stages.map((s) => [s.id, data?.partners.filter((p) => p.stageId === s.id).length ?? 0])), [data]);
  const due = useMemo(() => data?.partners.filter((p) => p.nextFollowUp && p.nextFollowUp <= today).length ?? 0, [data, today]);

  // A moved card is a new element in another column: give it focus in the same commit, before the next key.
  useLayoutEffect(() => {
    const request = focusCard.current;
    if (!request) return;
    const card = [...document.querySelectorAll<HTMLElement>('[data-card-id]')].find((button) => button.dataset.cardId === request.id);
    card?.focus();
    if (card || (data?.version ?? 0) > request.version) focusCard.current = undefined;
  });
  useEffect(() => {
    if (firstRenderMarked || !data || data.partners.length === 0) return;
    firstRenderMarked = true;
    performance.mark('pp:board-first-render');
  }, [data]);
  const focusLater = (id: string) => (focusCard.current = { id, version: data?.version ?? 0 });
  useEffect(() => {
    if (undo && !undoShown.current) document.querySelector<HTMLElement>('.bd-toast .bd-primary')?.focus();
    undoShown.current = !!undo;
  }, [undo]);

  const announce = (text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  const stageName = (id: string) => stageNameById(stages, id);
  const both = (a: string, b: string) => i18n.t('board.and', [a, b]);

  const moveTo = (id: string, stageId: string, keepFocus: boolean) => {
    const partner = data?.partners.find((p) => p.id === id);
    if (!partner || partner.stageId === stageId) return;
    const moved = { ...partner, stageId, updatedAt: new Date().toISOString() };
    patch((partners) => [moved, ...partners.filter((p) => p.id !== id)]);
    if (keepFocus) focusLater(id);
    announce(i18n.t('board.announce.moved', [partner.name, stageName(stageId)]));
    void write((run) => run('partners.setStage', { orgId: id, stageId }));
  };
  const onMove = (id: string, step: -1 | 1) => {
    const partner = data?.partners.find((p) => p.id === id);
    const visible = stages.filter((s) => !s.archived);
    const from = partner ? visible.findIndex((s) => s.id === columnStageId(partner, stages)) : -1;
    const target = visible[from + step];
    if (partner && target) moveTo(id, target.id, true);
    else if (partner) announce(step < 0 ? i18n.t('board.announce.alreadyFirst', [partner.name]) : i18n.t('board.announce.alreadyLast', [partner.name]));
  };
  const duplicates = useDuplicates(data?.version, write);
  const duplicateViews = useMemo(() => describeGroups(duplicates.groups, data?.partners ?? [], stages), [duplicates.groups, data]);
  const mergeGroup = async (key: string, survivorId: string) => {
    const done = await duplicates.merge(key, survivorId);
    if (!done) return;
    const absorbed = done.absorbed.map((org) => org.name).reduce(both);
    if (openId && done.absorbed.some((org) => org.id === openId)) open(done.survivor.id);
    setUndo({
      message: i18n.t('board.undo.merged', [absorbed, done.survivor.name]),
      run: () => duplicates.undo(done),
      done: i18n.t('board.undo.unmerged', [absorbed, done.survivor.name]),
      focusId: done.survivor.id,
    });
  };
  const notSame = async (key: string) => {
    const names = duplicateViews.find((group) => group.key === key)?.organisations.map((org) => org.name).reduce(both) ?? '';
    if (await duplicates.notSame(key)) announce(i18n.t('board.announce.notSame', [names]));
  };
  const open = (id: string | undefined) => {
    setOpenId(id);
    history.replaceState(null, '', id ? `#org=${encodeURIComponent(id)}` : location.pathname);
  };
  const closeDetail = () => {
    if (openId) focusLater(openId);
    open(undefined);
  };
  const deleteIds = async (ids: string[]) => {
    const outcome = await write((run) => run('partners.delete', { orgIds: ids }));
    if (outcome.ok) {
      setSelected(new Set());
      if (openId && ids.includes(openId)) open(undefined);
      const deleted = outcome.value;
      if (deleted) {
        const run = async () => (await write((command) => command('partners.restore', { deleted }))).ok;
        setUndo({ message: i18n.t('board.undo.deleted', [partnersWord(ids.length)]), run, done: i18n.t('board.undo.restored', [partnersWord(deleted.organisations.length)]), focusId: deleted.organisations[0]?.id });
      }
    }
  };
  const restore = async () => {
    if (!undo) return;
    setUndo(undefined);
    if (undo.focusId && !reviewing) focusLater(undo.focusId);
    if (await undo.run()) announce(undo.done);
  };
  const bulk = bulkActions({ selected, partners: data?.partners ?? [], write, announce, stageName });
  const saveStages = async (next: Stage[]) => {
    if ((await write((run) => run('stages.save', { stages: next }), (message) => setStageEditor({ error: message }))).ok) {
      setStageEditor(undefined);
      announce(i18n.t('board.announce.stagesSaved'));
    }
  };

  const toast = undo && <UndoToast message={undo.message} onUndo={() => void restore()} onClose={() => setUndo(undefined)} />;
  const panel = openId ? <DetailPanel key={openId} orgId={openId} version={data?.version ?? 0} stages={stages} colourOf={colourOf} tags={tags} today={today} write={write} onClose={closeDetail} onDelete={() => void deleteIds([openId])} /> : null;

  return (
    <div class="bd-app">
      <BoardHeader
        query={query}
        filters={cameThrough}
        total={data?.partners.length ?? 0}
        shown={board.shown}
        due={due}
        archived={board.archived}
        duplicates={duplicates.groups.length}
        onQuery={setQuery}
        onEditStages={() => setStageEditor({})}
        onDuplicates={() => setReviewing(true)}
      />
      {problem && (
        <p class="pp-banner bd-banner" role="alert">
          {problem}{' '}
          <button type="button" class="bd-link-button" onClick={() => setProblem(undefined)}>
            {i18n.t('common.dismiss')}
          </button>
        </p>
      )}
      {selected.size > 0 && (
        <BulkBar count={selected.size} stages={stages} tagSuggestions={tags} onMove={bulk.move} onAddTag={bulk.addTag} onDelete={() => void deleteIds([...selected])} onClear={() => setSelected(new Set())} />
      )}
      <p id="bd-card-help" class="bd-help">
        {i18n.t('board.help')}
      </p>
      <div class="bd-main">
        {error && !data && (
          <div class="bd-state" role="alert">
            <h2>{i18n.t('board.loadFailedTitle')}</h2>
            <p>{error}</p>
            <button type="button" class="pp-button bd-primary" onClick={() => void reload()}>
              {i18n.t('common.tryAgain')}
            </button>
          </div>
        )}
        {!data && !error && (
          <p class="bd-state" role="status">
            {i18n.t('board.loading')}
          </p>
        )}
        {data && data.partners.length === 0 && (
          <EmptyState title={i18n.t('board.emptyTitle')}>
            <p>
              {richText(
                [<strong>OTLAS</strong>, <strong>EPALE</strong>, <strong>ESEP / eTwinning</strong>, <strong>{i18n.t('platform.prpFull')}</strong>, <strong>{i18n.t('page.savePartner')}</strong>],
                (a, b, c, d, e) => i18n.t('board.emptyBody', [a, b, c, d, e]),
              )}
            </p>
          </EmptyState>
        )}
        {data && data.partners.length > 0 && (
          <div class="bd-columns">
            {board.columns.map((column) => (
              <BoardColumn
                key={column.stage.id}
                stage={column.stage}
                colour={colourOf(column.stage.id)}
                partners={column.partners}
                total={column.total}
                limit={limits[column.stage.id] ?? SHOW_MORE_STEP}
                today={today}
                selectedIds={selected}
                focusedId={focusedId}
                onShowMore={(stageId) => setLimits({ ...limits, [stageId]: (limits[stageId] ?? SHOW_MORE_STEP) + SHOW_MORE_STEP })}
                onDropCard={(id, stageId) => moveTo(id, stageId, false)}
                onOpen={open}
                onMove={onMove}
                onSelect={(id, on) => setSelected((current) => new Set(on ? [...current, id] : [...current].filter((x) => x !== id)))}
                onFocusCard={setFocusedId}
              />
            ))}
          </div>
        )}
        {panel}
      </div>
      <p class="bd-sr" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      {undo && !reviewing && toast}
      {reviewing && (
        <DuplicatesDialog
          groups={duplicateViews}
          busy={duplicates.busy}
          status={announcement}
          onMerge={(key, survivorId) => void mergeGroup(key, survivorId)}
          onNotSame={(key) => void notSame(key)}
          onClose={() => setReviewing(false)}
          onFocusLost={() => (document.querySelector<HTMLElement>('.bd-head__dups') ?? document.getElementById('bd-filter'))?.focus()}
        >
          {problem && (
            <p class="pp-banner" role="alert">
              {problem}
            </p>
          )}
          {toast}
        </DuplicatesDialog>
      )}
      {stageEditor && data && <StageEditor stages={stages} counts={counts} error={stageEditor.error} onSave={(next) => void saveStages(next)} onClose={() => setStageEditor(undefined)} />}
    </div>
  );
}
