/** Small pieces the three tabs share: loading and error states, the problem banner, the announcer. */
import { useEffect, useState } from 'preact/hooks';

export function LoadState({ loaded, error, what, onRetry }: { loaded: boolean; error?: string; what: string; onRetry: () => void }) {
  if (loaded) return null;
  if (error)
    return (
      <div class="bd-state" role="alert">
        <h2>{`${what[0]!.toUpperCase()}${what.slice(1)} could not be shown`}</h2>
        <p>{error}</p>
        <button type="button" class="pp-button bd-primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  return (
    <p class="bd-state" role="status">
      Loading {what}…
    </p>
  );
}

export function ProblemBanner({ problem, onDismiss }: { problem?: string; onDismiss: () => void }) {
  if (!problem) return null;
  return (
    <p class="pp-banner ii-banner" role="alert">
      {problem}{' '}
      <button type="button" class="bd-link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}

/** A polite live region; the same text twice is still read out. */
export function useAnnouncer() {
  const [text, setText] = useState('');
  const announce = (next: string) => setText((previous) => (previous === next ? `${next}\u00a0` : next));
  const region = (
    <p class="bd-sr" aria-live="polite" data-testid="ideas-announcer">
      {text}
    </p>
  );
  return { announce, region };
}

/** When an undo message appears, its Undo button gets focus (what had it was just deleted). */
export function useFocusUndo(shown: unknown) {
  useEffect(() => {
    if (shown) document.querySelector<HTMLElement>('.bd-toast .bd-primary')?.focus();
  }, [!!shown]);
}
