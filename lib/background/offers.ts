/**
 * The probable matches each tab was offered ("Looks like …"): a page may merge only into one of
 * those (issue 15, item 2), never into any record it names. Kept in storage.session, which
 * content scripts cannot read or write and which outlives the background when the browser stops
 * it between events; forgotten when the tab closes or moves to another page.
 */
import { canonicalUrl } from '../domain/identity';

export interface OfferedMatches {
  remember(tabId: number, pageUrl: string, orgIds: string[]): Promise<void>;
  offered(tabId: number, pageUrl: string): Promise<string[]>;
  forget(tabId: number): Promise<void>;
}

/** The part of browser.storage.session used here (a fake in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

interface Offer {
  page: string;
  ids: string[];
}

/** A list page asks about many rows; a bound keeps one tab's memory small. */
const MAX_REMEMBERED = 400;
const keyOf = (tabId: number) => `offered:${tabId}`;

export function offeredMatchesIn(area: SessionArea): OfferedMatches {
  const read = async (tabId: number): Promise<Offer | undefined> => {
    const value = (await area.get(keyOf(tabId)))[keyOf(tabId)] as Offer | undefined;
    return value && typeof value.page === 'string' && Array.isArray(value.ids) ? value : undefined;
  };
  return {
    async remember(tabId, pageUrl, orgIds) {
      const page = canonicalUrl(pageUrl);
      const earlier = await read(tabId);
      const kept = earlier?.page === page ? earlier.ids : [];
      const ids = [...new Set([...kept, ...orgIds])].slice(-MAX_REMEMBERED);
      await area.set({ [keyOf(tabId)]: { page, ids } satisfies Offer });
    },
    async offered(tabId, pageUrl) {
      const offer = await read(tabId);
      return offer?.page === canonicalUrl(pageUrl) ? offer.ids : [];
    },
    forget: (tabId) => area.remove(keyOf(tabId)),
  };
}

/** The same over a plain map: for tests, and a background without storage.session. */
export function offeredMatchesInMemory(): OfferedMatches {
  const values = new Map<string, unknown>();
  return offeredMatchesIn({
    get: async (key) => (values.has(key) ? { [key]: values.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([key, value]) => values.set(key, value)),
    remove: async (key) => void values.delete(key),
  });
}
