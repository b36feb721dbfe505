import { useState } from 'preact/hooks';
import type { Stage } from '@/lib/model';

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
  return (
    <div class="bd-bulk" role="region" aria-label="Selected partners">
      <strong>
        {count} selected
      </strong>
      <select
        aria-label={`Move ${count} selected to stage`}
        value=""
        onChange={(event) => {
          const stageId = event.currentTarget.value;
          event.currentTarget.value = '';
          if (stageId) onMove(stageId);
        }}
      >
        <option value="">Move to stage…</option>
        {stages
          .filter((stage) => !stage.archived)
          .map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
      </select>
      <span class="bd-inline">
        <input
          type="text"
          list="bd-bulk-tags"
          value={tag}
          placeholder="Add tag…"
          aria-label={`Tag to add to ${count} selected`}
          onInput={(event) => setTag(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), addTag())}
        />
        <datalist id="bd-bulk-tags">
          {tagSuggestions.slice(0, 200).map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="button" class="pp-button" onClick={addTag}>
          Add tag
        </button>
      </span>
      <button type="button" class="pp-button bd-danger" onClick={onDelete}>
        Delete
      </button>
      <button type="button" class="pp-button" onClick={onClear}>
        Clear selection
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
        Undo
      </button>
      <button type="button" class="pp-button" aria-label="Close message" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
