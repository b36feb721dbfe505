/**
 * The board's state and what its events do: reads through useBoardData (lib/reads/index.ts, no zod, fast
 * first paint), changes as commands through the one write queue (views/live); the moves, removals and
 * Undo have their own files beside this one. Board.tsx only lays it out.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localIsoDate } from '@/lib/domain/dates-local';
import { i18n } from '@/lib/i18n';
import { useWriteQueue } from '@/views/live/useWriteQueue';
import type { Stage } from '@/lib/domain/model';
import { stageColour } from '@/lib/domain/stage-colours';
import { stageNameById } from '@/lib/domain/stages';
import { buildColumns, orgFromHash, tagSuggestions } from './board-model';
import { boardRemovals } from './board-removals';
import { bulkActions } from './bulk-actions';
import { useCameThrough } from './outreach/useCameThrough';
import { useBoardData } from './useBoardData';
import { useBoardUndo } from './useBoardUndo';
import { useCardFocus } from './useCardFocus';
import { cardMoves } from './card-moves';
import { describeGroups, useDuplicates } from './useDuplicates';

/** `performance.mark('pp:board-first-render')` once per page, for scripts/bench-pipeline.ts. */
let firstRenderMarked = false;

export function useBoard() {
  // The queue needs the reload and the reload needs to know whether a write is pending.
  const writingRef = useRef<() => boolean>(() => false);
  const { data, error, reload, patch } = useBoardData(() => writingRef.current());
  const [problem, setProblem] = useState<string>();
  const { write, writing } = useWriteQueue(reload, setProblem);
  writingRef.current = writing;
  const [query, setQuery] = useState('');
  const cameThrough = useCameThrough(data?.version);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | undefined>(() => orgFromHash(location.hash));
  const [announcement, setAnnouncement] = useState('');
  const [reviewing, setReviewing] = useState(false);
  const [stageEditor, setStageEditor] = useState<{ error?: string }>();
  const focusLater = useCardFocus(data?.version);
  const announce = (text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  const undo = useBoardUndo({ reviewing, focusLater, announce });
  const today = localIsoDate(new Date());

  const partners = data?.partners ?? [];
  const stages = data?.stages ?? [];
  const stageIds = useMemo(() => stages.map((stage) => stage.id), [stages]);
  const stageName = (id: string) => stageNameById(stages, id);
  const board = useMemo(
    () => buildColumns(partners, stages, query, data?.totals, cameThrough.keep),
    [data, query, cameThrough.keep],
  );
  const tags = useMemo(() => tagSuggestions(partners), [data]);
  const due = useMemo(() => partners.filter((p) => p.nextFollowUp && p.nextFollowUp <= today).length, [data, today]);
  useEffect(() => {
    if (firstRenderMarked || partners.length === 0) return;
    firstRenderMarked = true;
    performance.mark('pp:board-first-render');
  }, [data]);

  const open = (id: string | undefined) => {
    setOpenId(id);
    history.replaceState(null, '', id ? `#org=${encodeURIComponent(id)}` : location.pathname);
  };
  const closeDetail = () => {
    if (openId) focusLater(openId);
    open(undefined);
  };
  const duplicates = useDuplicates(data?.version, write);
  const duplicateViews = useMemo(() => describeGroups(duplicates.groups, partners, stages), [duplicates.groups, data]);
  const clearSelection = () => setSelected(new Set());
  const select = (id: string, on: boolean) =>
    setSelected((current) => new Set(on ? [...current, id] : [...current].filter((x) => x !== id)));
  const saveStages = async (next: Stage[]) => {
    const onError = (message: string) => setStageEditor({ error: message });
    if ((await write((run) => run('stages.save', { stages: next }), onError)).ok) {
      setStageEditor(undefined);
      announce(i18n.t('board.announce.stagesSaved'));
    }
  };

  const colourOf = (stageId: string) => stageColour(stageIds, stageId);
  return {
    data,
    error,
    reload,
    write,
    today,
    announcement,
    view: { partners, stages, board, tags, due, colourOf },
    problem: { text: problem, dismiss: () => setProblem(undefined) },
    filter: { query, setQuery, cameThrough },
    selection: { selected, select, clear: clearSelection },
    detail: { openId, open, close: closeDetail },
    review: { open: reviewing, setOpen: setReviewing, duplicates, views: duplicateViews },
    stageEditor: { state: stageEditor, setState: setStageEditor, save: saveStages, stages, partners },
    undo,
    removals: boardRemovals({ write, duplicates, duplicateViews, openId, open, clearSelection, undo, announce }),
    moves: cardMoves({ partners, stages, patch, write, announce, focusLater, stageName }),
    bulk: bulkActions({ selected, partners, write, announce, stageName }),
  };
}
