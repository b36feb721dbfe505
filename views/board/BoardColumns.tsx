/** The stage columns with their cards; how far each column is shown and which card has focus live here. */
import { useState } from 'preact/hooks';
import { BoardColumn, SHOW_MORE_STEP } from '@/components/board/BoardColumn';
import type { PartnerSummary, Stage } from '@/lib/domain/model';

interface BoardColumnsProps {
  columns: { stage: Stage; partners: PartnerSummary[]; total: number | undefined }[];
  colourOf: (stageId: string) => string;
  today: string;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  onOpen: (id: string) => void;
  onMove: (id: string, step: -1 | 1) => void;
  onDrop: (id: string, stageId: string) => void;
}

export function BoardColumns(props: BoardColumnsProps) {
  const { columns, colourOf, today, selected, onSelect, onOpen, onMove, onDrop } = props;
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [focusedId, setFocusedId] = useState<string>();
  const showMore = (stageId: string) =>
    setLimits({ ...limits, [stageId]: (limits[stageId] ?? SHOW_MORE_STEP) + SHOW_MORE_STEP });
  return (
    <div class="bd-columns">
      {columns.map((column) => (
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
          onShowMore={showMore}
          onDropCard={onDrop}
          onOpen={onOpen}
          onMove={onMove}
          onSelect={onSelect}
          onFocusCard={setFocusedId}
        />
      ))}
    </div>
  );
}
