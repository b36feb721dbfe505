/**
 * A place in the platform page for one framed panel: a host element whose shadow root holds only
 * an <iframe> of our panel page (page styles cannot reach it). Everything the user reads or types
 * lives inside that frame, an extension page the platform's scripts can neither read nor drive
 * (issue 15, item 3). The frame says how much room it needs; the host keeps the button's room in
 * the page's flow and lets the open card overlay what follows.
 */
import { i18n, pageLanguage } from '@/lib/i18n/plain';
import { PANEL_PATH } from '@/lib/protocol/panel-offers';
import { hintToHash, type FrameSizeMessage, type PanelHint } from './panel-hint';

export interface FrameHost {
  frame: HTMLIFrameElement;
  /** Shows a host made hidden (stage 1 frames the panel early, stage 2 shows it once it read the page). */
  reveal: () => void;
  /** While the user picks a value on the page: the frame docks in the window's corner, off the record. */
  dock: (picking: boolean) => void;
  remove: () => void;
}

/** Unguessable, so a frame names its own page's offer and no other. */
export function newOfferId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The panel goes after the page's title, or first in the page when it has none. */
export function createPanelHost(hint: PanelHint, hidden = false): FrameHost {
  const title = document.querySelector('h1');
  return createFrameHost(title ?? document.body, title ? 'after' : 'first', hint, 'partner-pipeline-ui', hidden);
}

const HOST_CSS = [
  ':host { all: initial; display: inline-block; position: relative; vertical-align: top; z-index: 2147483000; }',
  'iframe { position: absolute; top: 0; left: 0; border: 0; margin: 0; padding: 0; background: transparent; }',
  // The same colour scheme as the page, else Chrome paints the frame's canvas opaque.
  'iframe { color-scheme: normal; }',
  ':host([data-picking]) { position: fixed; right: 8px; bottom: 8px; }',
  ':host([data-picking]) iframe { top: auto; left: auto; right: 0; bottom: 0; }',
].join('\n');

/** Before the frame has measured itself: about one button. */
const FIRST_SIZE = { width: 150, height: 34 };

export function createFrameHost(
  anchor: Element,
  placement: 'after' | 'first' | 'last',
  hint: PanelHint,
  tag = 'partner-pipeline-ui',
  hidden = false,
): FrameHost {
  const host = document.createElement(tag);
  if (hidden) host.style.visibility = 'hidden';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  const frame = document.createElement('iframe');
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
  // The browser's first message lookup on a page costs ~15 ms: the frame starts loading before it.
  setTimeout(() => {
    host.lang = pageLanguage();
    frame.title = i18n.t('panel.frameTitle');
  }, 0);
  // Only a message from this host's own frame counts; sizes are all it may say.
  const onMessage = (event: MessageEvent) => {
    const size = event.data as Partial<FrameSizeMessage> | null;
    if (event.source !== frame.contentWindow || !size || size.partnerPipelineSize !== true) return;
    const numbers = [size.width, size.height, size.buttonWidth, size.buttonHeight];
    if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n < 5000)) return;
    // The open card is as wide as it asks, but never wider than the window leaves it.
    const box = host.getBoundingClientRect();
    // Docked in the corner it grows to the left, else to the right.
    const docked = host.hasAttribute('data-picking');
    const room = docked ? box.right - 4 : document.documentElement.clientWidth - box.left - 4;
    const width = Math.max(size.buttonWidth!, Math.min(size.width!, room));
    apply(size.buttonWidth!, size.buttonHeight!, width, size.height!);
  };
  window.addEventListener('message', onMessage);
  return {
    frame,
    reveal: () => host.style.removeProperty('visibility'),
    dock: (picking) => host.toggleAttribute('data-picking', picking),
    remove: () => {
      window.removeEventListener('message', onMessage);
      host.remove();
    },
  };
}
