/**
 * A place in the platform page for one framed panel: a host element whose shadow root holds only
 * an <iframe> of our panel page (page styles cannot reach it). Everything the user reads or types
 * lives inside that frame, an extension page the platform's scripts can neither read nor drive
 * (issue 15, item 3). The frame says how much room it needs; the host keeps the button's room in
 * the page's flow and lets the open card overlay what follows.
 */
import { i18n, pageLanguage } from '@/lib/i18n';
import { PANEL_PATH } from '@/lib/panel-offers';
import { hintToHash, type FrameSizeMessage, type PanelHint } from './panel-hint';

export interface FrameHost {
  frame: HTMLIFrameElement;
  /** Applies a size the frame asked for. */
  resize: (size: FrameSizeMessage) => void;
  remove: () => void;
}

const HOST_CSS = `:host { all: initial; display: inline-block; position: relative; vertical-align: top; z-index: 2147483000; }
iframe { position: absolute; top: 0; left: 0; border: 0; margin: 0; padding: 0; background: transparent; color-scheme: normal; }`;

/** Before the frame has measured itself: about one button. */
const FIRST_SIZE = { width: 150, height: 34 };

export function createFrameHost(anchor: Element, placement: 'after' | 'first' | 'last', hint: PanelHint, tag = 'partner-pipeline-ui'): FrameHost {
  const host = document.createElement(tag);
  host.lang = pageLanguage();
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  const frame = document.createElement('iframe');
  frame.title = i18n.t('panel.frameTitle');
  frame.src = browser.runtime.getURL(PANEL_PATH as '/panel.html') + hintToHash(hint);
  const apply = (hostWidth: number, hostHeight: number, width: number, height: number) => {
    host.style.width = `${hostWidth}px`;
    host.style.height = `${hostHeight}px`;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
  };
  apply(FIRST_SIZE.width, FIRST_SIZE.height, FIRST_SIZE.width, FIRST_SIZE.height);
  shadow.append(style, frame);
  if (placement === 'after') anchor.after(host);
  else if (placement === 'last') anchor.append(host);
  else anchor.prepend(host);
  return {
    frame,
    resize: (size) => {
      // The open card is as wide as it asks, but never wider than the window leaves it.
      const room = document.documentElement.clientWidth - host.getBoundingClientRect().left - 4;
      const width = Math.max(size.buttonWidth, Math.min(size.width, room));
      apply(size.buttonWidth, size.buttonHeight, width, size.height);
    },
    remove: () => host.remove(),
  };
}

/** Routes the frames' size messages to their hosts; only a message from a host's own frame counts. */
export function listenForSizes(hosts: () => FrameHost[]): (event: MessageEvent) => void {
  return (event) => {
    const data = event.data as Partial<FrameSizeMessage> | null;
    if (!data || data.partnerPipelineSize !== true) return;
    const host = hosts().find((candidate) => candidate.frame.contentWindow === event.source);
    const numbers = [data.width, data.height, data.buttonWidth, data.buttonHeight];
    if (!host || !numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n < 5000)) return;
    host.resize(data as FrameSizeMessage);
  };
}
