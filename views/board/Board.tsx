/**
 * The full-page board: the header, the bulk bar, the columns, the partner's side panel and the
 * dialogs, laid out from useBoard (its state and what its events do). Components get plain data.
 */
import { BulkBar } from '@/components/board/BulkBar';
import { i18n } from '@/lib/i18n';
import { BoardColumns } from './BoardColumns';
import { BoardOverlays } from './BoardOverlays';
import { BoardHeader } from './BoardHeader';
import { BoardStates } from './BoardStates';
import { DetailPanel } from './DetailPanel';
import { ProblemBanner } from './ideas/view-parts';
import { useBoard } from './useBoard';

export type { Write } from '@/views/live/useWriteQueue';

export function Board() {
  const board = useBoard();
  const { data, view, filter, selection, detail, review, stageEditor, undo, removals, moves, bulk } = board;
  const { partners, stages, colourOf, tags } = view;
  const { openId } = detail;
  return (
    <div class="bd-app">
      <BoardHeader
        query={filter.query}
        filters={filter.cameThrough}
        total={partners.length}
        shown={view.board.shown}
        due={view.due}
        archived={view.board.archived}
        duplicates={review.duplicates.groups.length}
        onQuery={filter.setQuery}
        onEditStages={() => stageEditor.setState({})}
        onDuplicates={() => review.setOpen(true)}
      />
      <ProblemBanner problem={board.problem.text} onDismiss={board.problem.dismiss} place="bd-banner" />
      {selection.selected.size > 0 && (
        <BulkBar
          count={selection.selected.size}
          stages={stages}
          tagSuggestions={tags}
          onMove={bulk.move}
          onAddTag={bulk.addTag}
          onDelete={() => void removals.deleteIds([...selection.selected])}
          onClear={selection.clear}
        />
      )}
      <p id="bd-card-help" class="bd-help">
        {i18n.t('board.help')}
      </p>
      <div class="bd-main">
        <BoardStates
          loaded={!!data}
          error={board.error}
          empty={partners.length === 0}
          onRetry={() => void board.reload()}
        />
        {partners.length > 0 && (
          <BoardColumns
            columns={view.board.columns}
            colourOf={colourOf}
            today={board.today}
            selected={selection.selected}
            onSelect={selection.select}
            onOpen={detail.open}
            onMove={moves.moveBy}
            onDrop={(id, stageId) => moves.moveTo(id, stageId, false)}
          />
        )}
        {openId && (
          <DetailPanel
            key={openId}
            orgId={openId}
            version={data?.version ?? 0}
            stages={stages}
            colourOf={colourOf}
            tags={tags}
            today={board.today}
            write={board.write}
            onClose={detail.close}
            onDelete={() => void removals.deleteIds([openId])}
          />
        )}
      </div>
      <BoardOverlays
        review={review}
        stageEditor={data ? stageEditor : undefined}
        removals={removals}
        undo={undo}
        status={board.announcement}
        problem={board.problem.text}
      />
    </div>
  );
}
