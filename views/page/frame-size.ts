/**
 * Inside the framed panel: tell the content script how much room the frame needs, whenever the
 * button or its card changes size. The open card asks for its full width even while the frame is
 * still narrow (else it would be measured squeezed); the content script caps it to the window.
 */
import type { FrameSizeMessage } from './panel-hint';

/** Room for the card's shadow, which would otherwise be cut off at the frame's edge. */
const SHADOW = 14;
const CARD_WIDTH = 386;

function measure(): FrameSizeMessage {
  const root = document.querySelector('.pp-root, .pp-tile-root');
  const card = document.querySelector('.pp-card');
  const button = root?.getBoundingClientRect();
  const buttonWidth = Math.ceil(button?.right ?? 0);
  const margin = root ? Number.parseFloat(getComputedStyle(root).marginBottom) : 0;
  const buttonHeight = Math.ceil((button?.bottom ?? 0) + margin);
  if (!card) return { partnerPipelineSize: true, width: buttonWidth, height: buttonHeight, buttonWidth, buttonHeight };
  const box = card.getBoundingClientRect();
  const width = Math.max(buttonWidth, Math.ceil(box.left + CARD_WIDTH + SHADOW));
  return { partnerPipelineSize: true, width, height: Math.ceil(box.bottom + SHADOW * 2), buttonWidth, buttonHeight };
}

export function reportFrameSize(): () => void {
  let last = '';
  let queued = false;
  const send = () => {
    queued = false;
    const size = measure();
    const key = JSON.stringify(size);
    if (key === last || window.parent === window) return;
    last = key;
    // Sizes only: the page sees the frame's size anyway. Its origin is not known to the frame.
    window.parent.postMessage(size, '*');
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(send);
  };
  const resize = new ResizeObserver(queue);
  resize.observe(document.body);
  const changes = new MutationObserver(() => {
    queue();
    const card = document.querySelector('.pp-card');
    if (card) resize.observe(card);
  });
  changes.observe(document.body, { childList: true, subtree: true, characterData: true });
  queue();
  return () => {
    resize.disconnect();
    changes.disconnect();
  };
}
