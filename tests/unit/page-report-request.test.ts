/**
 * "Report this page" through the real message handler: only the framed panel may ask, the background
 * asks the tab of that panel's offer (never an address the panel names), adds the page's rules, and
 * passes on only a well-formed answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/store/db';
import { createMessageHandler, type SenderInfo } from '@/lib/background/handlers';
import { createPanelOffers, type OfferArea } from '@/lib/protocol/panel-offers';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const OFFER = '0123456789abcdef0123456789abcdef';
const fromOtlasPage: SenderInfo = { id: EXTENSION_ID, url: OTLAS_PAGE, tab: { id: 7, url: OTLAS_PAGE }, frameId: 0 };
const panel = (tabId = 7): SenderInfo => ({
  id: EXTENSION_ID,
  url: `chrome-extension://36ff0207-dade-4d15-9421-3680cdb2d09e/panel.html#offer=${OFFER}&view=single`,
  tab: { id: tabId, url: OTLAS_PAGE },
  frameId: 3,
});

function memoryArea(): OfferArea {
  const items = new Map<string, unknown>();
  return {
    get: async (key) =>
      key === null
        ? structuredClone(Object.fromEntries(items))
        : items.has(key)
          ? { [key]: structuredClone(items.get(key)) }
          : {},
    set: async (values) =>
      void Object.entries(values).forEach(([key, value]) => items.set(key, structuredClone(value))),
    remove: async (key) => void items.delete(key),
  };
}

const RULE = {
  id: 'otlas/partner-request/city',
  platform: 'otlas',
  pageType: 'partner-request',
  field: 'city',
  anchors: [{ kind: 'selector', selector: '.city' }],
  sample: 'Graz',
  shape: 'text',
  createdAt: '2026-12-01T00:00:00.000Z',
  version: 1,
  host: 'www.salto-youth.net',
  origin: 'mine',
  misses: 0,
};

async function setup(answer: unknown = { ok: true, html: '<!DOCTYPE html><html></html>' }) {
  const db = await freshDb();
  const rules = [RULE, { ...RULE, id: 'epale/organisation/city', platform: 'epale', pageType: 'organisation' }];
  await db.put('meta', rules as never, 'pageRules');
  const askTab = vi.fn(async () => answer);
  const handle = createMessageHandler({
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    openDb: () => openDatabase({ name: db.name }),
    openBoard: async () => undefined,
    fetchProject: async () => ({ ok: false as const, reason: 'offline' }),
    panelOffers: createPanelOffers(memoryArea(), 200),
    askTab,
  });
  const offer = { type: 'panel.offer', offerId: OFFER, pageUrl: OTLAS_PAGE, extraction: otlasExtraction() };
  expect(await handle(offer, fromOtlasPage)).toEqual({ ok: true });
  return { handle, askTab };
}

describe('Report this page', () => {
  it("asks the offer's tab for the copy, with that page's own rules, and names the file by platform and date", async () => {
    const { handle, askTab } = await setup();
    const reply = (await handle({ type: 'page.report' }, panel())) as { ok: boolean; fileName: string; html: string };
    expect(reply.ok).toBe(true);
    expect(reply.fileName).toMatch(/^partner-pipeline-report-otlas-\d{4}-\d{2}-\d{2}\.html$/);
    expect(reply.html).toContain('<html>');
    expect(askTab).toHaveBeenCalledTimes(1);
    const [tabId, message] = askTab.mock.calls[0] as unknown as [number, { offerId: string; rules: { id: string }[] }];
    expect(tabId).toBe(7);
    expect(message.offerId).toBe(OFFER);
    expect(message.rules.map((rule) => rule.id)).toEqual(['otlas/partner-request/city']);
  });

  it('is refused to the content script, to an extension page and to a panel in another tab', async () => {
    const { handle, askTab } = await setup();
    expect(await handle({ type: 'page.report' }, fromOtlasPage)).toMatchObject({ ok: false });
    expect(await handle({ type: 'page.report' }, { id: EXTENSION_ID, url: `${ORIGIN}popup.html` })).toMatchObject({
      ok: false,
    });
    expect(await handle({ type: 'page.report' }, panel(8))).toMatchObject({ ok: false });
    expect(askTab).not.toHaveBeenCalled();
  });

  it('passes on no answer that is not a report', async () => {
    for (const answer of [null, '<html>', { ok: false }, { ok: true, html: 42 }, { ok: true, html: '' }]) {
      const { handle } = await setup(answer);
      expect(await handle({ type: 'page.report' }, panel())).toEqual({
        ok: false,
        error: expect.stringMatching(/could not be made/),
      });
    }
  });
});
