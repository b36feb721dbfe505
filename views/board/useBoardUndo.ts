import { useEffect, useRef, useState } from 'preact/hooks';

/** "Deleted 2 partners · Undo", "Merged X into Y · Undo": what Undo runs, and what to say once it did. */
export interface Undo {
  message: string;
  run: () => Promise<boolean>;
  done: string;
  focusId?: string;
}

interface UndoContext {
  /** While the duplicates dialog is open, focus stays in it. */
  reviewing: boolean;
  focusLater: (id: string) => void;
  announce: (text: string) => void;
}

/** The board's one Undo toast: focused when it appears; Undo runs, refocuses the card and says what it did. */
export function useBoardUndo({ reviewing, focusLater, announce }: UndoContext) {
  const [undo, setUndo] = useState<Undo>();
  const shown = useRef(false);
  useEffect(() => {
    if (undo && !shown.current) document.querySelector<HTMLElement>('.bd-toast .bd-primary')?.focus();
    shown.current = !!undo;
  }, [undo]);

  const restore = async () => {
    if (!undo) return;
    setUndo(undefined);
    if (undo.focusId && !reviewing) focusLater(undo.focusId);
    if (await undo.run()) announce(undo.done);
  };
  return { undo, setUndo, restore };
}
