import { useEffect, useRef, useState } from 'preact/hooks';
import type { Stage } from '@/lib/model';
import { foldText } from '@/lib/identity';

interface StageEditorProps {
  stages: Stage[];
  /** Partners per stage id: shown so nobody removes a busy stage by accident. */
  counts: Record<string, number>;
  /** The last save's problem in plain words (e.g. a stage still in use was removed). */
  error?: string;
  onSave: (stages: Stage[]) => void;
  onClose: () => void;
}

/** A stage id from its name: lower case, no accents, dashes; unique among `taken`. */
export function stageIdFor(name: string, taken: string[]): string {
  const base = foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 32) || 'stage';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** A dialog to rename, add, reorder, archive and remove stages; nothing changes until "Save stages". */
export function StageEditor({ stages, counts, error, onSave, onClose }: StageEditorProps) {
  const [draft, setDraft] = useState<Stage[]>(() => stages.map((s) => ({ ...s })));
  const [newName, setNewName] = useState('');
  const [problem, setProblem] = useState<string>();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    if (element && typeof element.showModal === 'function' && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close(); // leave modal mode first: the page behind is inert until then
      opener?.focus(); // back to "Edit stages"
    };
  }, []);

  const update = (index: number, change: Partial<Stage>) => setDraft(draft.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const move = (index: number, step: -1 | 1) => {
    const next = [...draft];
    const [moved] = next.splice(index, 1);
    next.splice(index + step, 0, moved!);
    setDraft(next);
  };
  const add = () => {
    const name = newName.trim();
    if (!name) return setProblem('Type a name for the new stage first.');
    setDraft([...draft, { id: stageIdFor(name, draft.map((s) => s.id)), name: name.slice(0, 60), archived: false }]);
    setNewName('');
    setProblem(undefined);
  };
  const save = () => {
    if (draft.some((s) => !s.name.trim())) return setProblem('Every stage needs a name.');
    setProblem(undefined);
    onSave(draft.map((s) => ({ ...s, name: s.name.trim() })));
  };
  const shown = problem ?? error;

  return (
    <dialog ref={dialog} class="bd-dialog" aria-labelledby="bd-stages-title" onCancel={(event) => (event.preventDefault(), onClose())}>
      <h2 id="bd-stages-title">Edit stages</h2>
      <p class="bd-hint">Archived stages keep their partners but are not shown as columns. A stage that still has partners can only be archived.</p>
      <ol class="bd-stage-list">
        {draft.map((stage, index) => (
          <li key={stage.id} class={stage.archived ? 'bd-stage-row bd-stage-row--archived' : 'bd-stage-row'}>
            <input aria-label={`Name of stage ${index + 1}`} value={stage.name} maxLength={60} onInput={(event) => update(index, { name: event.currentTarget.value })} />
            <span class="bd-muted">
              {counts[stage.id] ?? 0} partners{stage.archived ? ' · archived' : ''}
            </span>
            <button type="button" class="pp-button" aria-label={`Move ${stage.name} up`} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button type="button" class="pp-button" aria-label={`Move ${stage.name} down`} disabled={index === draft.length - 1} onClick={() => move(index, 1)}>
              ↓
            </button>
            <button type="button" class="pp-button" onClick={() => update(index, { archived: !stage.archived })}>
              {stage.archived ? 'Unarchive' : 'Archive'}
            </button>
            <button type="button" class="pp-button" aria-label={`Remove ${stage.name}`} onClick={() => setDraft(draft.filter((_, i) => i !== index))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div class="bd-inline">
        <label for="bd-new-stage">New stage</label>
        <input id="bd-new-stage" value={newName} maxLength={60} onInput={(event) => setNewName(event.currentTarget.value)} onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), add())} />
        <button type="button" class="pp-button" onClick={add}>
          Add stage
        </button>
      </div>
      {shown && (
        <p class="bd-error" role="alert">
          {shown}
        </p>
      )}
      <div class="bd-dialog__actions">
        <button type="button" class="pp-button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" class="pp-button bd-primary" onClick={save}>
          Save stages
        </button>
      </div>
    </dialog>
  );
}
