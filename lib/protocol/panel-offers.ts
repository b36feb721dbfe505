/**
 * The framed panel's binding to its page (issue 15, item 3). The panel is an extension page framed
 * into a platform page, so the page's scripts can neither read it nor drive it. The content script
 * of that page offers what it read (`panel.offer`, checked like any content-script message against
 * its own sender URL); the background then treats the panel exactly as that content script: the
 * same page address, the same platform, the same rights — never an extension page's.
 *
 * Offers live in storage.session (trusted extension contexts only, so never readable by a content
 * script or a page) and outlive a stopped service worker while the page stays open.
 */
import type { ExtractedOrganisation, ExtractionResult, Platform } from '../domain/model';
import { platformsOfUrl } from '../platforms/facts';

export const PANEL_PATH = '/panel.html';
/** How long the panel's first question waits for its page's offer (the frame may load first). */
const OFFER_WAIT_MS = 10_000;
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/** The panel's part of an offer (issue 12): fields a rule read, the reader's own values (Undo), rules set aside. */
export interface PanelRules {
  readByRule: Partial<Record<string, string>>;
  builtIn: Partial<Record<string, string>>;
  setAside: { ruleId: string; field: string; reason: 'shape' | 'misses' }[];
}

export interface PanelOffer {
  offerId: string;
  tabId: number;
  pageUrl: string;
  extraction: ExtractionResult;
  prefill?: Partial<ExtractedOrganisation>;
  startOpen: boolean;
  /** Fields the user's page rules read, the reader's own values (Undo), rules set aside on this page. */
  rules?: PanelRules;
}

/** The part of browser.storage.session the store uses (a fake in tests). */
export interface OfferArea {
  /** null: every item (to find the tabs of a platform). */
  get: (key: string | null) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (key: string) => Promise<void>;
}

export interface PanelFrame {
  tabId: number;
  offerId: string;
}

export interface SenderLike {
  url?: string;
  tab?: unknown;
  frameId?: number;
}

/**
 * The sender is our panel framed into a tab: our own page at /panel.html (any extension origin —
 * Chrome's dynamic URL has an id of its own; the caller has checked sender.id), in a sub-frame of
 * a tab, naming its offer in its URL. A panel opened as a tab of its own is not one.
 */
export function panelFrameOf(sender: SenderLike): PanelFrame | undefined {
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return undefined;
  }
  if (!EXTENSION_SCHEMES.has(url.protocol) || url.pathname !== PANEL_PATH) return undefined;
  const tabId = (sender.tab as { id?: unknown } | undefined)?.id;
  if (typeof tabId !== 'number' || !sender.frameId) return undefined;
  const offerId = new URLSearchParams(url.hash.slice(1)).get('offer');
  return offerId ? { tabId, offerId } : undefined;
}

/** The address without its fragment: what a content script's own sender URL is compared by. */
export const withoutHash = (href: string): string => href.split('#')[0]!;

export function createPanelOffers(area: OfferArea, waitMs = OFFER_WAIT_MS) {
  const keyOf = (tabId: number) => `panel-offer:${tabId}`;
  const waiting = new Map<string, Array<(offer: PanelOffer | undefined) => void>>();

  const current = async (tabId: number): Promise<PanelOffer | undefined> =>
    (await area.get(keyOf(tabId)))[keyOf(tabId)] as PanelOffer | undefined;

  return {
    current,
    async put(offer: PanelOffer): Promise<void> {
      await area.set({ [keyOf(offer.tabId)]: offer });
      for (const resolve of waiting.get(offer.offerId) ?? []) resolve(offer);
      waiting.delete(offer.offerId);
    },
    /**
     * The frame's offer, waiting briefly when the frame asks before its content script offered. The
     * waiter is listed before the store is read: an offer put while the read is under way still wakes it.
     */
    async find(frame: PanelFrame, wait = false): Promise<PanelOffer | undefined> {
      if (!wait) {
        const now = await current(frame.tabId);
        return now?.offerId === frame.offerId ? now : undefined;
      }
      let wake: (offer: PanelOffer | undefined) => void = () => undefined;
      const offered = new Promise<PanelOffer | undefined>((resolve) => {
        const timer = setTimeout(() => wake(undefined), waitMs);
        wake = (offer) => {
          clearTimeout(timer);
          const others = (waiting.get(frame.offerId) ?? []).filter((waiter) => waiter !== wake);
          if (others.length) waiting.set(frame.offerId, others);
          else waiting.delete(frame.offerId);
          resolve(offer && offer.tabId === frame.tabId ? offer : undefined);
        };
        waiting.set(frame.offerId, [...(waiting.get(frame.offerId) ?? []), wake]);
      });
      const now = await current(frame.tabId);
      if (now?.offerId === frame.offerId) wake(now);
      return offered;
    },
    remove: (tabId: number) => area.remove(keyOf(tabId)),
    /** The tabs whose current offer is a page of this platform (Options › Test on this tab). */
    async tabsOf(platform: string): Promise<number[]> {
      const offers = Object.entries(await area.get(null)).filter(([key]) => key.startsWith('panel-offer:'));
      return offers
        .map(([, offer]) => offer as PanelOffer)
        .filter((offer) => platformsOfUrl(offer.pageUrl).includes(platform as Platform))
        .map((offer) => offer.tabId);
    },
  };
}
export type PanelOffers = ReturnType<typeof createPanelOffers>;

/** Where storage.session is missing (old browsers): offers then last while the worker runs. */
export function panelOffersInMemory(): OfferArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (key === null ? Object.fromEntries(items) : items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => void Object.entries(values).forEach(([key, value]) => items.set(key, value)),
    remove: async (key) => void items.delete(key),
  };
}
