/**
 * How the frames of one page's panel hear each other and the background. Both channels are the
 * extension's own (runtime messages, a BroadcastChannel of the extension's origin): the platform
 * page can neither listen nor speak on them.
 */
import { useEffect } from 'preact/hooks';
import type { ProbableMatchReply } from '@/lib/protocol/messages';

const CHANNEL = 'partner-pipeline-panel';

/** Between a list page's panel and its tiles' Save buttons. */
export type FrameEvent =
  | { type: 'saved'; index: number; stageName: string }
  /** A tile's save needs the user's answer or failed: the panel opens and asks there. */
  | { type: 'reveal'; index: number; probable?: ProbableMatchReply[]; error?: string };

export function tellFrames(offerId: string, event: FrameEvent): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ offerId, event });
  channel.close();
}

export function onFrameEvent(offerId: string, listener: (event: FrameEvent) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<{ offerId?: string; event?: FrameEvent }>) => {
    if (data?.offerId === offerId && data.event) listener(data.event);
  };
  return () => channel.close();
}

/** For the list panel: a tile's save changes its row; one that needs an answer or failed opens the panel. */
export function useTileEvents(
  offerId: string,
  change: (index: number, row: { savedStage?: string; probable?: ProbableMatchReply[] }) => void,
  reveal: (error?: string) => void,
): void {
  useEffect(
    () =>
      onFrameEvent(offerId, (event) => {
        if (event.type === 'saved') return change(event.index, { savedStage: event.stageName });
        change(event.index, { probable: event.probable });
        reveal(event.error);
      }),
    [],
  );
}

/** The context menu or shortcut asked to save on this page: the background says so (lib/background/handlers). */
export function onPanelActivated(offerId: string, listener: () => void): () => void {
  const handle = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only the background: it has no tab (content scripts do, and never speak to the panel).
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const { type, offerId: target } = (message ?? {}) as { type?: string; offerId?: string };
    if (type === 'panel.activated' && target === offerId) listener();
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
