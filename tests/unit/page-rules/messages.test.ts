/**
 * The page-rules messages against the real message handler: who may ask what. A content script asks
 * for and reports on its own page's rules only; the framed panel saves, forgets and picks for the
 * page its offer names (never by its tab's address); only extension pages test a rule on a tab.
 */
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/store/db';
import { createMessageHandler, type SenderInfo } from '@/lib/background/handlers';
import { CONTENT_SCRIPT_MESSAGES, PANEL_ACTIONS, type TabRequest } from '@/lib/protocol/messages';
import { createPanelOffers, panelOffersInMemory } from '@/lib/protocol/panel-offers';
import { readPageRules, savePickedRule } from '@/lib/store/page-rules';
import { freshDb } from '../test-data';
import { countryRule } from './fixtures';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const OFFER = '0123456789abcdef0123456789abcdef';
const EPALE_PAGE = 'https://epale.ec.europa.eu/en/organisations/org-4711';
const OTLAS_PAGE = 'https://www.salto-youth.net/tools/otlas-partner-finding/organisation/a.1/';
const fromEpale: SenderInfo = { id: EXTENSION_ID, url: EPALE_PAGE, tab: { id: 7 }, frameId: 0 };
const fromOptions: SenderInfo = { id: EXTENSION_ID, url: `${ORIGIN}options.html` };
/** The panel framed into tab 7; its tab's address says OTLAS, but its offer decides. */
const fromPanel: SenderInfo = {
  id: EXTENSION_ID,
  url: `chrome-extension://36ff0207-dade-4d15-9421-3680cdb2d09e/panel.html#offer=${OFFER}&view=single`,
  tab: { id: 7, url: OTLAS_PAGE },
  frameId: 3,
};
const emptyExtraction = {
  platform: 'epale',
  pageType: 'organisation',
  organisations: [],
  opportunity: null,
  warnings: [],
};

async function setup(answer: (tabId: number, request: TabRequest) => unknown = () => undefined) {
  const db = await freshDb();
  const askTab = vi.fn(async (tabId: number, request: unknown) => answer(tabId, request as TabRequest));
  const platformTab = vi.fn(async (platform: string) => (platform === 'epale' ? 7 : undefined));
  const handle = createMessageHandler({
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    openDb: () => openDatabase({ name: db.name }),
    openBoard: async () => undefined,
    fetchProject: async () => ({ ok: false as const, reason: 'offline' }),
    panelOffers: createPanelOffers(panelOffersInMemory(), 200),
    askTab,
    platformTab,
  });
  const offer = (rules?: unknown) =>
    handle(
      {
        type: 'panel.offer',
        offerId: OFFER,
        pageUrl: EPALE_PAGE,
        extraction: emptyExtraction,
        ...(rules ? { rules } : {}),
      },
      fromEpale,
    );
  return { db, handle, askTab, platformTab, offer };
}

describe('page-rules messages', () => {
  it('keeps what a content script may send a subset, and the panel’s actions out of it', () => {
    expect(CONTENT_SCRIPT_MESSAGES.has('pageRules.forPage')).toBe(true);
    expect(CONTENT_SCRIPT_MESSAGES.has('pageRules.record')).toBe(true);
    for (const type of ['pageRules.save', 'pageRules.forget', 'pageRules.pick', 'pageRules.pickControl'] as const) {
      expect(PANEL_ACTIONS.has(type)).toBe(true);
      expect(CONTENT_SCRIPT_MESSAGES.has(type)).toBe(false);
    }
    expect(CONTENT_SCRIPT_MESSAGES.has('pageRules.test') || PANEL_ACTIONS.has('pageRules.test')).toBe(false);
  });

  it('gives a content script its own page’s rules only', async () => {
    const { db, handle } = await setup();
    await savePickedRule(db, countryRule());
    await savePickedRule(db, countryRule({ id: 'otlas/organisation/country', platform: 'otlas', host: 'otlas.eu' }));
    const mine = await handle({ type: 'pageRules.forPage', pageType: 'organisation' }, fromEpale);
    expect(mine).toMatchObject({ ok: true, rules: [{ id: 'epale/organisation/country' }] });
    const other = await handle({ type: 'pageRules.forPage', pageType: 'organisation', platform: 'otlas' }, fromEpale);
    expect(other).toMatchObject({ ok: false, error: expect.stringMatching(/may not use page rules of otlas/) });
    // Over plain http a page is no platform page at all.
    const http = { ...fromEpale, url: EPALE_PAGE.replace('https', 'http') };
    expect(await handle({ type: 'pageRules.forPage', pageType: 'organisation' }, http)).toMatchObject({ ok: false });
  });

  it('records what a page’s rules did and names the rules set aside', async () => {
    const { db, handle } = await setup();
    await savePickedRule(db, countryRule());
    const outcomes = [{ ruleId: 'epale/organisation/country', field: 'country', status: 'bad-shape', found: 'NGO' }];
    const reply = await handle({ type: 'pageRules.record', outcomes }, fromEpale);
    expect(reply).toEqual({
      ok: true,
      setAside: [{ ruleId: 'epale/organisation/country', field: 'country', reason: 'shape' }],
    });
    expect((await readPageRules(db))[0]!.setAside?.reason).toBe('shape');
  });

  it('saves and forgets rules only from the panel, for its offer’s page', async () => {
    const { db, handle, offer } = await setup();
    const rule = countryRule({ origin: 'imported', misses: 1 });
    expect(await handle({ type: 'pageRules.save', rules: [rule] }, fromEpale)).toMatchObject({ ok: false });
    expect(await handle({ type: 'pageRules.save', rules: [rule] }, fromPanel)).toMatchObject({ ok: false });
    expect(await readPageRules(db)).toEqual([]);
    await offer();
    const otherHost = { ...rule, host: 'evil.example.com' };
    expect(await handle({ type: 'pageRules.save', rules: [otherHost] }, fromPanel)).toMatchObject({ ok: false });
    const code = { ...rule, anchors: [{ kind: 'selector', selector: 'a{}' }] };
    expect(await handle({ type: 'pageRules.save', rules: [code] }, fromPanel)).toMatchObject({ ok: false });
    expect(await readPageRules(db)).toEqual([]);
    expect(await handle({ type: 'pageRules.save', rules: [rule] }, fromPanel)).toEqual({ ok: true, saved: 1 });
    expect(await readPageRules(db)).toMatchObject([{ id: rule.id, origin: 'mine', misses: 0 }]);

    const otlasRule = 'otlas/organisation/country';
    expect(await handle({ type: 'pageRules.forget', ruleId: otlasRule }, fromPanel)).toMatchObject({ ok: false });
    expect(await handle({ type: 'pageRules.forget', ruleId: rule.id }, fromEpale)).toMatchObject({ ok: false });
    expect(await handle({ type: 'pageRules.forget', ruleId: rule.id }, fromPanel)).toEqual({ ok: true });
    expect(await readPageRules(db)).toEqual([]);
  });

  it('passes a pick from the panel to its own tab’s content script, and nobody else’s', async () => {
    const picked = { status: 'picked', value: 'PL', rule: countryRule() };
    const { handle, askTab, offer } = await setup(() => picked);
    const ask = { type: 'pageRules.pick', field: 'country', fieldLabel: 'Country' };
    expect(await handle(ask, fromEpale)).toMatchObject({ ok: false });
    expect(await handle(ask, fromOptions)).toMatchObject({ ok: false });
    expect(await handle(ask, fromPanel)).toMatchObject({ ok: false }); // no offer yet
    expect(askTab).not.toHaveBeenCalled();
    await offer();
    expect(await handle(ask, fromPanel)).toEqual({ ok: true, result: picked });
    expect(askTab).toHaveBeenCalledWith(7, { type: 'pageRules.pick', field: 'country', fieldLabel: 'Country' });
    expect(await handle({ type: 'pageRules.pickControl', action: 'cancel' }, fromPanel)).toEqual({
      ok: true,
      used: false,
    });
  });

  it('says so when the page gives no usable answer to a pick', async () => {
    const { handle, offer } = await setup(() => ({ status: 'picked', value: 42 }));
    await offer();
    const reply = await handle({ type: 'pageRules.pick', field: 'city', fieldLabel: 'City' }, fromPanel);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/did not answer/) });
  });

  it('hands the panel what the rules read with its offer', async () => {
    const { handle, offer } = await setup();
    const rules = { readByRule: { city: 'epale/organisation/city' }, builtIn: {}, setAside: [] };
    await offer(rules);
    expect(await handle({ type: 'panel.state' }, fromPanel)).toMatchObject({ ok: true, rules });
  });

  it('tests a rule on the platform tab looked at last, from extension pages only', async () => {
    const read = {
      ruleId: 'epale/organisation/country',
      field: 'country',
      status: 'read',
      value: 'AT',
      anchor: 'label',
    };
    const { db, handle, askTab, platformTab } = await setup(() => read);
    await savePickedRule(db, countryRule());
    const test = { type: 'pageRules.test', ruleId: 'epale/organisation/country' };
    expect(await handle(test, fromEpale)).toMatchObject({ ok: false });
    expect(askTab).not.toHaveBeenCalled();
    expect(await handle(test, fromOptions)).toEqual({ ok: true, outcome: read });
    expect(platformTab).toHaveBeenCalledWith('epale');
    expect(askTab).toHaveBeenCalledWith(7, {
      type: 'pageRules.test',
      rule: expect.objectContaining({ id: test.ruleId }),
    });
    expect((await readPageRules(db))[0]!.lastWorkedAt).toMatch(/^\d{4}-/);

    await savePickedRule(db, countryRule({ id: 'otlas/organisation/country', platform: 'otlas', host: 'otlas.eu' }));
    const noTab = await handle({ type: 'pageRules.test', ruleId: 'otlas/organisation/country' }, fromOptions);
    expect(noTab).toMatchObject({ ok: false, error: expect.stringMatching(/Open a page of this platform/) });
  });
});

describe('rulesForReport', () => {
  it('keeps the rules of the reported platform and page type, set-aside ones too', async () => {
    const { rulesForReport } = await import('@/lib/page-rules/report');
    const setAside = { at: '2026-12-04T02:00:00.000Z', reason: 'misses' as const };
    const city = countryRule({ id: 'epale/organisation/city', field: 'city', shape: 'text', setAside });
    const request = countryRule({ id: 'epale/partner-request/country', pageType: 'partner-request' });
    const otlas = countryRule({ id: 'otlas/organisation/country', platform: 'otlas', host: 'otlas.eu' });
    const found = rulesForReport([countryRule(), request, otlas, city], 'epale', 'organisation');
    expect(found.map((rule) => rule.id)).toEqual(['epale/organisation/city', 'epale/organisation/country']);
  });
});
