import { useEffect, useRef, useState } from 'preact/hooks';
import type { Stage } from '@/lib/domain/model';
import { foldText } from '@/lib/domain/identity';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';
import { StageRow } from './StageRow';

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
  const base =
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'stage';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** The stages being edited, and adding a stage; "save" checks the names and keeps untouched ones as stored. */
function useStageDraft(stages: Stage[], onSave: (stages: Stage[]) => void) {
  // Names as the user sees them (default stages in their language); an untouched one is saved as it was stored.
  const [draft, setDraft] = useState<Stage[]>(() => stages.map((s) => ({ ...s, name: stageName(s) })));
  const [newName, setNewName] = useState('');
  const [problem, setProblem] = useState<string>();
  const update = (index: number, change: Partial<Stage>) =>
    setDraft(draft.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const move = (index: number, step: -1 | 1) => {
    const next = [...draft];
    const [moved] = next.splice(index, 1);
    next.splice(index + step, 0, moved!);
    setDraft(next);
  };
  const add = () => {
    const name = newName.trim();
    if (!name) return setProblem(i18n.t('board.stages.needNewName'));
    setDraft([
      ...draft,
      {
        id: stageIdFor(
          name,
          draft.map((s) => s.id),
        ),
        name: name.slice(0, 60),
        archived: false,
      },
    ]);
    setNewName('');
    setProblem(undefined);
  };
  const save = () => {
    if (draft.some((s) => !s.name.trim())) return setProblem(i18n.t('board.stages.needNames'));
    setProblem(undefined);
    const stored = (s: Stage) => stages.find((old) => old.id === s.id && stageName(old) === s.name.trim())?.name;
    onSave(draft.map((s) => ({ ...s, name: stored(s) ?? s.name.trim() })));
  };
  const remove = (index: number) => setDraft(draft.filter((_, i) => i !== index));
  return { draft, newName, setNewName, problem, update, move, add, remove, save };
}

/** A dialog to rename, add, reorder, archive and remove stages; nothing changes until "Save stages". */
export function StageEditor({ stages, counts, error, onSave, onClose }: StageEditorProps) {
  const { draft, newName, setNewName, problem, update, move, add, remove, save } = useStageDraft(stages, onSave);
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
  const shown = problem ?? error;

  return (
    <dialog
      ref={dialog}
      class="bd-dialog"
      aria-labelledby="bd-stages-title"
      onCancel={(event) => (event.preventDefault(), onClose())}
    >
      <h2 id="bd-stages-title">{i18n.t('board.stages.title')}</h2>
      <p class="bd-hint">{i18n.t('board.stages.help')}</p>
      <ol class="bd-stage-list">
        {draft.map((stage, index) => (
          <StageRow
            key={stage.id}
            stage={stage}
            index={index}
            total={draft.length}
            count={counts[stage.id] ?? 0}
            onChange={(change) => update(index, change)}
            onMove={(step) => move(index, step)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <div class="bd-inline">
        <label for="bd-new-stage">{i18n.t('board.stages.newStage')}</label>
        <input
          id="bd-new-stage"
          value={newName}
          maxLength={60}
          onInput={(event) => setNewName(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), add())}
        />
        <button type="button" class="pp-button" onClick={add}>
          {i18n.t('board.stages.addStage')}
        </button>
      </div>
      {shown && (
        <p class="bd-error" role="alert">
          {shown}
        </p>
      )}
      <div class="bd-dialog__actions">
        <button type="button" class="pp-button" onClick={onClose}>
          {i18n.t('common.cancel')}
        </button>
        <button type="button" class="pp-button bd-primary" onClick={save}>
          {i18n.t('board.stages.save')}
        </button>
      </div>
    </dialog>
  );
}
