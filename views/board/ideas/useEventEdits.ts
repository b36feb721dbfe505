import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventDraft } from '@/components/ideas/EventEditor';
import type { PartnerEvent } from '@/lib/domain/model';
import type { IdeaWrite } from './useIdeasData';
import { useFocusUndo } from './view-parts';

/**
 * The selected event, which one is being edited ('new' for a new one), the last deleted event (to
 * undo), and where focus goes after the next render.
 */
export function useEventEdits(write: IdeaWrite) {
  const [selectedId, setSelectedId] = useState<string>();
  const [editing, setEditing] = useState<'new' | string>();
  const [undo, setUndo] = useState<PartnerEvent>();
  const focusAfter = useRef<string>();
  useFocusUndo(undo);

  useEffect(() => {
    const target = focusAfter.current && document.getElementById(focusAfter.current);
    if (target) {
      target.focus();
      focusAfter.current = undefined;
    }
  });

  const save = async (draft: EventDraft) => {
    const input = { name: draft.name, date: draft.date, ...(draft.place ? { place: draft.place } : {}) };
    const outcome = await write((run) =>
      editing && editing !== 'new' ? run('events.edit', { eventId: editing, input }) : run('events.create', { input }),
    );
    if (outcome.ok) {
      setSelectedId(outcome.value.id);
      focusAfter.current = `event-${outcome.value.id}-title`;
      setEditing(undefined);
    }
    return outcome.ok;
  };
  const remove = async (event: PartnerEvent) => {
    const outcome = await write((run) => run('events.delete', { eventId: event.id }));
    if (outcome.ok && outcome.value) {
      setUndo(outcome.value);
      setSelectedId(undefined);
    }
  };
  const restore = async () => {
    if (!undo) return;
    const event = undo;
    setUndo(undefined);
    setSelectedId(event.id);
    focusAfter.current = `event-${event.id}-title`;
    await write((run) => run('events.restore', { event }));
  };
  const cancel = (event?: PartnerEvent) => {
    focusAfter.current = event ? `event-${event.id}-title` : 'ii-new-event';
    setEditing(undefined);
  };

  return { selectedId, setSelectedId, editing, setEditing, undo, setUndo, focusAfter, save, remove, restore, cancel };
}
