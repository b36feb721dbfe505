import { useState } from 'preact/hooks';
import type { Stage } from '@/lib/domain/model';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';

interface BulkBarProps {
  count: number;
  stages: Stage[];
  tagSuggestions: string[];
  onMove: (stageId: string) => void;
  onAddTag: (tag: string) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** Actions on the selected cards: move, tag, delete (undoable). */
export function BulkBar({ count, stages, tagSuggestions, onMove, onAddTag, onDelete, onClear }: BulkBarProps) {
  const [tag, setTag] = useState('');
  const addTag = () => {
    const clean = tag.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (!clean) return;
    onAddTag(clean);
    setTag('');
  };
  const n = [formatNumber(count)] as [string];
  return (
    <div class="bd-bulk" role="region" aria-label={i18n.t('board.bulk.label')}>
      <strong>{i18n.t('board.bulk.selected', count, n)}</strong>
      <select
        aria-label={i18n.t('board.bulk.moveLabel', count, n)}
        value=""
        onChange={(event) => {
          const stageId = event.currentTarget.value;
          event.currentTarget.value = '';
          if (stageId) onMove(stageId);
        }}
      >
        <option value="">{i18n.t('board.bulk.movePlaceholder')}</option>
        {stages
          .filter((stage) => !stage.archived)
          .map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stageName(stage)}
            </option>
          ))}
      </select>
      <span class="bd-inline">
        <input
          type="text"
          list="bd-bulk-tags"
          value={tag}
          placeholder={i18n.t('board.bulk.tagPlaceholder')}
          aria-label={i18n.t('board.bulk.tagLabel', count, n)}
          onInput={(event) => setTag(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), addTag())}
        />
        <datalist id="bd-bulk-tags">
          {tagSuggestions.slice(0, 200).map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="button" class="pp-button" onClick={addTag}>
          {i18n.t('tags.add')}
        </button>
      </span>
      <button type="button" class="pp-button bd-danger" onClick={onDelete}>
        {i18n.t('common.delete')}
      </button>
      <button type="button" class="pp-button" onClick={onClear}>
        {i18n.t('board.bulk.clear')}
      </button>
    </div>
  );
}

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onClose: () => void;
}

/** "Deleted N partners · Undo": stays until used or closed (no timer to race). */
export function UndoToast({ message, onUndo, onClose }: UndoToastProps) {
  return (
    <div class="bd-toast" role="status">
      <span>{message}</span>
      <button type="button" class="pp-button bd-primary" onClick={onUndo}>
        {i18n.t('common.undo')}
      </button>
      <button type="button" class="pp-button" aria-label={i18n.t('board.closeMessage')} onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
