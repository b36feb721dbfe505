import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A card to focus once it is on screen (after a move, Undo, closing the panel); given up after one
 * reload without it. A moved card is a new element in another column: it gets focus in the same
 * commit, before the next key. Returns `focusLater(id)`.
 */
export function useCardFocus(version: number | undefined) {
  const request = useRef<{ id: string; version: number }>();
  useLayoutEffect(() => {
    const wanted = request.current;
    if (!wanted) return;
    const cards = [...document.querySelectorAll<HTMLElement>('[data-card-id]')];
    const card = cards.find((button) => button.dataset.cardId === wanted.id);
    card?.focus();
    if (card || (version ?? 0) > wanted.version) request.current = undefined;
  });
  return (id: string) => void (request.current = { id, version: version ?? 0 });
}
