/**
 * What the board shows over its columns: the live region, the Undo toast, reviewing probable
 * duplicates (the toast then shows inside the dialog) and editing the stages.
 */
import { UndoToast } from '@/components/board/BulkBar';
import { DuplicatesDialog } from '@/components/board/DuplicatesDialog';
import { StageEditor } from '@/components/board/StageEditor';
import { stageCounts } from './board-model';
import type { useBoard } from './useBoard';

type BoardState = ReturnType<typeof useBoard>;

interface BoardOverlaysProps {
  review: BoardState['review'];
  /** Undefined until the board has loaded: the editor needs the stages. */
  stageEditor: BoardState['stageEditor'] | undefined;
  removals: BoardState['removals'];
  undo: BoardState['undo'];
  /** What the board last announced: the dialog says it too. */
  status: string;
  problem: string | undefined;
}

export function BoardOverlays({ review, stageEditor, removals, undo, status, problem }: BoardOverlaysProps) {
  const toast = undo.undo && (
    <UndoToast message={undo.undo.message} onUndo={() => void undo.restore()} onClose={() => undo.setUndo(undefined)} />
  );
  // Closing the dialog after the last group went: focus returns to the header.
  const focusHeader = () =>
    (document.querySelector<HTMLElement>('.bd-head__dups') ?? document.getElementById('bd-filter'))?.focus();
  return (
    <>
      <p class="bd-sr" aria-live="polite" data-testid="announcer">
        {status}
      </p>
      {!review.open && toast}
      {review.open && (
        <DuplicatesDialog
          groups={review.views}
          busy={review.duplicates.busy}
          status={status}
          onMerge={(key, survivorId) => void removals.mergeGroup(key, survivorId)}
          onNotSame={(key) => void removals.notSame(key)}
          onClose={() => review.setOpen(false)}
          onFocusLost={focusHeader}
        >
          {problem && (
            <p class="pp-banner" role="alert">
              {problem}
            </p>
          )}
          {toast}
        </DuplicatesDialog>
      )}
      {stageEditor?.state && (
        <StageEditor
          stages={stageEditor.stages}
          counts={stageCounts(stageEditor.partners, stageEditor.stages)}
          error={stageEditor.state.error}
          onSave={(next) => void stageEditor.save(next)}
          onClose={() => stageEditor.setState(undefined)}
        />
      )}
    </>
  );
}
