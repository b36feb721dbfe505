/** Deleting partners and merging duplicates on the board: each offers Undo and says what it did. */
import { i18n } from '@/lib/i18n';
import { worked, type Write } from '@/views/live/useWriteQueue';
import { partnersWord } from './board-model';
import type { Undo } from './useBoardUndo';
import type { DuplicateGroupView } from '@/components/board/DuplicateGroup';
import type { useDuplicates } from './useDuplicates';

interface RemovalContext {
  write: Write;
  duplicates: ReturnType<typeof useDuplicates>;
  duplicateViews: DuplicateGroupView[];
  /** The partner open in the side panel, and how to open another (or none). */
  openId: string | undefined;
  open: (id: string | undefined) => void;
  clearSelection: () => void;
  /** The board's Undo toast. */
  undo: { setUndo: (undo: Undo) => void };
  announce: (text: string) => void;
}

const both = (a: string, b: string) => i18n.t('board.and', [a, b]);

export function boardRemovals(context: RemovalContext) {
  const { write, duplicates, duplicateViews, openId, open, clearSelection, undo, announce } = context;
  const { setUndo } = undo;
  const deleteIds = async (ids: string[]) => {
    const outcome = await write((run) => run('partners.delete', { orgIds: ids }));
    if (!outcome.ok) return;
    clearSelection();
    if (openId && ids.includes(openId)) open(undefined);
    const deleted = outcome.value;
    if (!deleted) return;
    setUndo({
      message: i18n.t('board.undo.deleted', [partnersWord(ids.length)]),
      run: () => worked(write((run) => run('partners.restore', { deleted }))),
      done: i18n.t('board.undo.restored', [partnersWord(deleted.organisations.length)]),
      focusId: deleted.organisations[0]?.id,
    });
  };
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
    const group = duplicateViews.find((view) => view.key === key);
    const names = group?.organisations.map((org) => org.name).reduce(both) ?? '';
    if (await duplicates.notSame(key)) announce(i18n.t('board.announce.notSame', [names]));
  };
  return { deleteIds, mergeGroup, notSame };
}
