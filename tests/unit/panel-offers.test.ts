/**
 * The framed panel against the real message handler: it sees its own page's offer, acts with
 * exactly that page's rights (never an extension page's), and nobody else can offer or ask for it.
 */
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/store/db';
import { createMessageHandler, type SenderInfo } from '@/lib/background/handlers';
import { createPanelOffers, type OfferArea } from '@/lib/protocol/panel-offers';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const OFFER = '0123456789abcdef0123456789abcdef';
const TAB = { id: 7 };
const OTHER_OTLAS_PAGE = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/other.1/';
const fromOtlasPage: SenderInfo = { id: EXTENSION_ID, url: OTLAS_PAGE, tab: TAB, frameId: 0 };
const panel = (offerId = OFFER, tab: { id?: number } = TAB, frameId = 4): SenderInfo => ({
  id: EXTENSION_ID,
  // Chrome's dynamic URL carries an id of its own: the panel is recognised by its path, not the origin.
  url: `chrome-extension://36ff0207-dade-4d15-9421-3680cdb2d09e/panel.html#offer=${offerId}&view=single`,
  tab,
  frameId,
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

async function setup(waitMs = 200) {
  const db = await freshDb();
  const tellPanels = vi.fn(async () => undefined);
  const handle = createMessageHandler({
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    openDb: () => openDatabase({ name: db.name }),
    openBoard: async () => undefined,
    fetchProject: async () => ({ ok: false as const, reason: 'offline' }),
    panelOffers: createPanelOffers(memoryArea(), waitMs),
    tellPanels,
  });
  return { db, handle, tellPanels };
}

const offer = (pageUrl = OTLAS_PAGE, offerId = OFFER) => ({
  type: 'panel.offer',
  offerId,
  pageUrl,
  extraction: otlasExtraction(),
});
const save = (pageUrl = OTLAS_PAGE) => ({
  type: 'partners.save',
  extraction: otlasExtraction(),
  organisationIndex: 0,
  pageUrl,
});

describe('the framed panel', () => {
  it('gets what its page’s content script offered, also when it asks first', async () => {
    const { handle } = await setup(2_000);
    const early = handle({ type: 'panel.state' }, panel());
    expect(await handle(offer(), fromOtlasPage)).toEqual({ ok: true });
    expect(await early).toMatchObject({
      ok: true,
      tabId: 7,
      pageUrl: OTLAS_PAGE,
      startOpen: false,
      extraction: { platform: 'otlas' },
    });
    expect(await handle({ type: 'panel.state' }, panel())).toMatchObject({ ok: true, pageUrl: OTLAS_PAGE });
  });

  it('saves for its page, and has no more rights than that page', async () => {
    const { db, handle } = await setup();
    await handle(offer(), fromOtlasPage);
    const reply = (await handle(save(), panel())) as { ok: true; saved: { orgId: string } };
    expect(reply).toMatchObject({ ok: true, saved: { name: 'Jugendwerk Alpenland', created: true } });
    // The same partner, looked at from another OTLAS page: that page's panel may not move it.
    await handle(offer(OTHER_OTLAS_PAGE, 'ffffffffffffffffffffffffffffffff'), {
      ...fromOtlasPage,
      url: OTHER_OTLAS_PAGE,
    });
    const move = { type: 'partners.setStage', orgId: reply.saved.orgId, stageId: 'contacted' };
    expect(await handle(move, panel('ffffffffffffffffffffffffffffffff'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not saved from this page/),
    });
    expect((await db.get('pipeline', reply.saved.orgId))!.stageId).toBe('to-contact');
  });

  it('may not save another platform’s record (its page’s platform decides)', async () => {
    const { db, handle } = await setup();
    const epale = 'https://epale.ec.europa.eu/en/organisations/x';
    await handle(
      { ...offer(epale), extraction: { ...otlasExtraction(), platform: 'epale' } },
      { ...fromOtlasPage, url: epale },
    );
    expect(await handle(save(epale), panel())).toMatchObject({
      ok: false,
      error: expect.stringMatching(/may not save a otlas record/),
    });
    expect(await db.count('organisations')).toBe(0);
  });

  it('is turned away with a stale offer, in a tab without one, or opened as a page of its own', async () => {
    const { db, handle } = await setup();
    await handle(offer(), fromOtlasPage);
    const stale = panel('99999999999999999999999999999999');
    expect(await handle({ type: 'panel.state' }, stale)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no longer matches/),
    });
    expect(await handle(save(), stale)).toMatchObject({ ok: false });
    expect(await handle(save(), panel(OFFER, { id: 8 }))).toMatchObject({ ok: false });
    expect(await handle({ type: 'panel.state' }, panel(OFFER, TAB, 0))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/may not ask/),
    });
    expect(await db.count('organisations')).toBe(0);
  });

  it('accepts offers only from a content script about its own page', async () => {
    const { handle } = await setup();
    expect(await handle(offer(OTHER_OTLAS_PAGE), fromOtlasPage)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not belong/),
    });
    expect(await handle(offer(), { ...fromOtlasPage, frameId: 2 })).toMatchObject({ ok: false });
    expect(await handle(offer(), panel())).toMatchObject({ ok: false, error: expect.stringMatching(/may not ask/) });
    expect(await handle(offer(), { id: EXTENSION_ID, url: `${ORIGIN}popup.html` })).toMatchObject({ ok: false });
    expect(await handle({ type: 'panel.state' }, panel())).toMatchObject({ ok: false });
  });

  it('passes the shortcut on to the current offer’s panel only', async () => {
    const { handle, tellPanels } = await setup();
    await handle(offer(), fromOtlasPage);
    await handle({ type: 'panel.activate', offerId: 'ffffffffffffffffffffffffffffffff' }, fromOtlasPage);
    expect(tellPanels).not.toHaveBeenCalled();
    expect(await handle({ type: 'panel.activate', offerId: OFFER }, panel())).toMatchObject({ ok: false });
    expect(await handle({ type: 'panel.activate', offerId: OFFER }, fromOtlasPage)).toEqual({ ok: true });
    expect(tellPanels).toHaveBeenCalledWith({ type: 'panel.activated', offerId: OFFER });
  });
});

describe('the panel waiting for its offer', () => {
  it('is woken by an offer put while it was still reading the store (no lost wake-up)', async () => {
    const inner = memoryArea();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The store's read sees the store as it was when asked, and answers late: the offer lands in between.
    const slowArea: OfferArea = {
      ...inner,
      get: async (key) => {
        const snapshot = await inner.get(key);
        await gate;
        return snapshot;
      },
    };
    const offers = createPanelOffers(slowArea, 300);
    const asked = offers.find({ tabId: TAB.id, offerId: OFFER }, true);
    await offers.put({ offerId: OFFER, tabId: TAB.id, pageUrl: OTLAS_PAGE, extraction: otlasExtraction() } as never);
    release();
    expect(await asked).toMatchObject({ offerId: OFFER, pageUrl: OTLAS_PAGE });
  });
});
