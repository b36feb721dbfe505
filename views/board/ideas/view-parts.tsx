/** Small pieces the three tabs share: loading and error states, the problem banner, the announcer. */
import { useEffect, useState } from 'preact/hooks';
import { SafeLink } from '@/components/detail/DetailSources';
import { CALENDAR } from '@/lib/domain/calls';
import { formatDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';

/** `failed`: the heading when loading failed ("Your events could not be shown"); `loading`: what shows meanwhile. */
export function LoadState({
  loaded,
  error,
  failed,
  loading,
  onRetry,
}: {
  loaded: boolean;
  error?: string;
  failed: string;
  loading: string;
  onRetry: () => void;
}) {
  if (loaded) return null;
  if (error)
    return (
      <div class="bd-state" role="alert">
        <h2>{failed}</h2>
        <p>{error}</p>
        <button type="button" class="pp-button bd-primary" onClick={onRetry}>
          {i18n.t('common.tryAgain')}
        </button>
      </div>
    );
  return (
    <p class="bd-state" role="status">
      {loading}
    </p>
  );
}

/** A problem in plain words with Dismiss; `place` spaces it for the board or the tabs beside it. */
export function ProblemBanner({
  problem,
  onDismiss,
  place = 'ii-banner',
}: {
  problem?: string;
  onDismiss: () => void;
  place?: string;
}) {
  if (!problem) return null;
  return (
    <p class={`pp-banner ${place}`} role="alert">
      {problem}{' '}
      <button type="button" class="bd-link-button" onClick={onDismiss}>
        {i18n.t('common.dismiss')}
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

/** Where the call calendar's dates come from, and as of when. */
export function CalendarSource() {
  const source = <SafeLink url={CALENDAR.sourceUrl}>{CALENDAR.source}</SafeLink>;
  return (
    <p class="ii-calendar bd-hint" data-testid="calendar-source">
      {richText([source], (link) => i18n.t('ideas.calendarSource', [formatDate(CALENDAR.asOf), link]))} {CALENDAR.note}
    </p>
  );
}
