/**
 * What the content script tells a framed panel in its address (`panel.html#offer=…&view=…`): which
 * offer to ask the background for, and enough to draw its button before the answer arrives. The
 * page can read and forge this address, so it carries nothing private and nothing the panel acts on
 * without the background's offer.
 */
export type PanelView = 'single' | 'list' | 'tile' | 'manual';

export interface PanelHint {
  offerId: string;
  view: PanelView;
  /** Organisations on a list page (the button says "Save partners (N)"). */
  count: number;
  /** A tile's organisation in the list. */
  index: number;
}

const VIEWS: readonly PanelView[] = ['single', 'list', 'tile', 'manual'];

export function hintToHash(hint: PanelHint): string {
  const params = { offer: hint.offerId, view: hint.view, count: String(hint.count), index: String(hint.index) };
  return `#${new URLSearchParams(params)}`;
}

export function hintFromHash(hash: string): PanelHint {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = VIEWS.find((name) => name === params.get('view')) ?? 'single';
  const number = (key: string) => Math.max(0, Math.min(200, Number.parseInt(params.get(key) ?? '0', 10) || 0));
  return { offerId: params.get('offer') ?? '', view, count: number('count'), index: number('index') };
}

/** The frame tells the content script how much room it needs (sizes only: the page sees them too). */
export interface FrameSizeMessage {
  partnerPipelineSize: true;
  /** The whole frame: the button and, when open, its card. */
  width: number;
  height: number;
  /** The button alone: the room kept in the page's flow. */
  buttonWidth: number;
  buttonHeight: number;
}
