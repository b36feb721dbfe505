import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { IdeaDraft } from '@/components/ideas/idea-form';
import type { ProjectIdea } from '@/lib/domain/model';
import { ideaInput, withoutEmpty } from './idea-input';
import type { IdeaWrite } from './useIdeasData';
import { useFocusUndo } from './view-parts';

/**
 * Which idea is being edited ('new' for a new one), the last deleted idea (to undo), and where
 * focus goes after the next render: the card's title after saving, "New idea" after cancelling.
 */
export function useIdeaEdits(write: IdeaWrite) {
  const [editing, setEditing] = useState<'new' | string>();
  const [undo, setUndo] = useState<ProjectIdea>();
  const focusAfter = useRef<string>();
  useFocusUndo(undo);

  useLayoutEffect(() => {
    const target = focusAfter.current && document.getElementById(focusAfter.current);
    if (target) {
      target.focus();
      focusAfter.current = undefined;
    }
  });

  const save = async (draft: IdeaDraft) => {
    const outcome = await write((run) =>
      editing && editing !== 'new'
        ? run('ideas.edit', { ideaId: editing, input: ideaInput(draft) })
        : run('ideas.create', { input: withoutEmpty(ideaInput(draft)) }),
    );
    if (outcome.ok) {
      focusAfter.current = `idea-${outcome.value.id}-title`;
      setEditing(undefined);
    }
    return outcome.ok;
  };
  const remove = async (idea: ProjectIdea) => {
    const outcome = await write((run) => run('ideas.delete', { ideaId: idea.id }));
    if (outcome.ok && outcome.value) setUndo(outcome.value);
  };
  const restore = async () => {
    if (!undo) return;
    const idea = undo;
    setUndo(undefined);
    focusAfter.current = `idea-${idea.id}-title`;
    await write((run) => run('ideas.restore', { idea }));
  };
  const cancel = (idea?: ProjectIdea) => {
    focusAfter.current = idea ? `idea-${idea.id}-title` : 'ii-new-idea';
    setEditing(undefined);
  };

  return { editing, setEditing, undo, setUndo, focusAfter, save, remove, restore, cancel };
}
