import type { Stage } from '@/lib/domain/model';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

interface StageRowProps {
  stage: Stage;
  index: number;
  /** How many stages the list has (the last cannot move down). */
  total: number;
  /** Partners in this stage. */
  count: number;
  onChange: (change: Partial<Stage>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}

/** One stage in the stage editor: its name, partner count, move up/down, archive and remove. */
export function StageRow({ stage, index, total, count, onChange, onMove, onRemove }: StageRowProps) {
  return (
    <li class={stage.archived ? 'bd-stage-row bd-stage-row--archived' : 'bd-stage-row'}>
      <input
        aria-label={i18n.t('board.stages.nameLabel', [formatNumber(index + 1)])}
        value={stage.name}
        maxLength={60}
        onInput={(event) => onChange({ name: event.currentTarget.value })}
      />
      <span class="bd-muted">
        {i18n.t('board.stages.partnerCount', count, [formatNumber(count)])}
        {stage.archived ? ` · ${i18n.t('board.stages.archived')}` : ''}
      </span>
      <button
        type="button"
        class="pp-button"
        aria-label={i18n.t('board.stages.moveUp', [stage.name])}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        class="pp-button"
        aria-label={i18n.t('board.stages.moveDown', [stage.name])}
        disabled={index === total - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button type="button" class="pp-button" onClick={() => onChange({ archived: !stage.archived })}>
        {stage.archived ? i18n.t('board.stages.unarchive') : i18n.t('board.stages.archive')}
      </button>
      <button
        type="button"
        class="pp-button"
        aria-label={i18n.t('board.stages.remove', [stage.name])}
        onClick={onRemove}
      >
        {i18n.t('common.remove')}
      </button>
    </li>
  );
}
