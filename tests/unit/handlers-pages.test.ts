/**
 * What a hostile platform page can reach through the background (issue 15, items 1, 2, 4, 13):
 * message-level tests against the real handler, with senders as the browser reports them.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/store/db';
import { createMessageHandler, type SenderInfo } from '@/lib/background/handlers';
import { CONTENT_SCRIPT_MESSAGES, MessageSchema } from '@/lib/protocol/messages';
import type { ExtractionResult } from '@/lib/domain/model';
import { offeredMatchesInMemory, type OfferedMatches } from '@/lib/background/offers';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const EPALE_PAGE = 'https://epale.ec.europa.eu/en/organisations/volkshochschule-musterstadt';
const OTHER_OTLAS_PAGE = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/other.1/';
const CENTRE_OID = 'E10123456';

const contentScript = (url: string, tabId = 1): SenderInfo => ({ id: EXTENSION_ID, url, tab: { id: tabId, url } });
/** The panel as a framed extension page (issue 15, item 3): its own URL is the extension's. */
const framedPanel = (url: string, tabId = 1): SenderInfo => ({
  id: EXTENSION_ID,
  url: `${ORIGIN}panel.html`,
  tab: { id: tabId, url },
});
const fromBoard: SenderInfo = {
  id: EXTENSION_ID,
  url: `${ORIGIN}board.html`,
  tab: { id: 9, url: `${ORIGIN}board.html` },
};

function epaleCentre(): ExtractionResult {
  return {
    platform: 'epale',
    pageType: 'organisation',
    organisations: [
      {
        name: 'Volkshochschule Musterstadt',
        country: 'DE',
        city: 'Musterstadt',
        oid: CENTRE_OID,
        profileUrl: EPALE_PAGE,
      },
    ],
    opportunity: null,
    warnings: [],
  };
}

/** The identity-hijack page: another organisation, carrying the centre's OID. */
const hijack = (extra: Partial<ExtractionResult['organisations'][number]> = {}) =>
  otlasExtraction({
    name: 'Totally Unrelated Ltd',
    country: 'MT',
    city: 'Valletta',
    oid: CENTRE_OID,
    website: 'https://attacker.example/',
    profileUrl: undefined,
    ...extra,
  });

async function setup(options: { offers?: OfferedMatches; panelInPage?: boolean } = {}) {
  const db = await freshDb();
  const deps = {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    openDb: () => openDatabase({ name: db.name }),
    openBoard: async () => undefined,
    fetchProject: async () => ({ ok: false as const, reason: 'unused' }),
    offers: options.offers ?? offeredMatchesInMemory(),
    panelInPage: options.panelInPage ?? false,
  };
  const handle = createMessageHandler(deps);
  const saveCentre = async () => {
    const reply = (await handle(
      { type: 'partners.save', extraction: epaleCentre(), organisationIndex: 0, pageUrl: EPALE_PAGE },
      framedPanel(EPALE_PAGE, 5),
    )) as { saved: { orgId: string } };
    await handle(
      { type: 'partners.addNote', orgId: reply.saved.orgId, pageUrl: EPALE_PAGE, text: 'Private: budget is 40k' },
      framedPanel(EPALE_PAGE, 5),
    );
    return reply.saved.orgId;
  };
  return { db, handle, deps, saveCentre };
}

const save = (extraction: ExtractionResult, pageUrl = OTLAS_PAGE, extra: Record<string, unknown> = {}) => ({
  type: 'partners.save',
  extraction,
  organisationIndex: 0,
  pageUrl,
  ...extra,
});

describe('page messages are bound to the sender’s own page', () => {
  it('refuse a page address that is not the sender’s, for every message that carries one', async () => {
    const { handle, saveCentre, db } = await setup();
    const orgId = await saveCentre();
    const otlas = framedPanel(OTLAS_PAGE);
    const claims = [
      { type: 'partners.lookup', pageUrl: EPALE_PAGE, organisations: epaleCentre().organisations },
      { type: 'partners.addNote', orgId, pageUrl: EPALE_PAGE, text: 'hi' },
      { type: 'partners.correct', orgId, pageUrl: EPALE_PAGE, corrections: { name: 'Renamed' } },
      { type: 'page.looksDifferent', platform: 'otlas', pageUrl: OTHER_OTLAS_PAGE },
      save(otlasExtraction(), OTHER_OTLAS_PAGE),
    ];
    for (const claim of claims)
      expect(await handle(claim, otlas)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/does not belong to the page/),
      });
    expect(await handle({ type: 'partners.setStage', orgId, stageId: 'confirmed' }, otlas)).toMatchObject({
      ok: false,
    });
    const organisation = await db.get('organisations', orgId);
    expect(organisation!.name).toBe('Volkshochschule Musterstadt');
    expect((await db.get('pipeline', orgId))!).toMatchObject({ stageId: 'to-contact', notes: [expect.anything()] });
  });

  it('show a partner saved from another page without its private note', async () => {
    const { handle, saveCentre } = await setup();
    await saveCentre();
    const sameCentreOnOtlas = { name: 'Volkshochschule Musterstadt', country: 'DE' as const, oid: CENTRE_OID };
    const lookup = await handle(
      { type: 'partners.lookup', pageUrl: OTLAS_PAGE, organisations: [sameCentreOnOtlas] },
      contentScript(OTLAS_PAGE),
    );
    expect(lookup).toMatchObject({ ok: true, saved: [{ name: 'Volkshochschule Musterstadt', fromThisPage: false }] });
    expect(JSON.stringify(lookup)).not.toContain('budget');
    const own = await handle(
      { type: 'partners.lookup', pageUrl: EPALE_PAGE, organisations: epaleCentre().organisations },
      contentScript(EPALE_PAGE),
    );
    expect(own).toMatchObject({ ok: true, saved: [{ lastNote: 'Private: budget is 40k', fromThisPage: true }] });
  });

  it('take a profile link only on the page’s own platform host', async () => {
    const { handle, saveCentre, db } = await setup();
    const orgId = await saveCentre();
    // An OTLAS page claims the centre's EPALE profile for an organisation of its own.
    const claim = otlasExtraction({
      name: 'Totally Unrelated Ltd',
      country: 'MT',
      profileUrl: EPALE_PAGE,
      website: 'https://attacker.example/',
    });
    const reply = await handle(save(claim), contentScript(OTLAS_PAGE));
    expect(reply).toMatchObject({ ok: true, saved: { created: true } });
    expect((reply as { saved: { orgId: string } }).saved.orgId).not.toBe(orgId);
    expect((await db.get('organisations', orgId))!.website).toBeUndefined();
    const lookup = await handle(
      { type: 'partners.lookup', pageUrl: OTLAS_PAGE, organisations: [{ name: 'x', profileUrl: EPALE_PAGE }] },
      contentScript(OTLAS_PAGE),
    );
    expect(lookup).toEqual({ ok: true, saved: [null] });
  });
});

describe('merging into a saved partner from a page', () => {
  it('is refused for a record the page was never offered', async () => {
    const { handle, saveCentre, db } = await setup();
    const orgId = await saveCentre();
    const reply = await handle(
      save(otlasExtraction(), OTLAS_PAGE, { resolution: { mergeInto: orgId } }),
      contentScript(OTLAS_PAGE),
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not offered to this page/) });
    expect((await db.get('organisations', orgId))!.sources).toHaveLength(1);
  });

  it('is accepted for an offered match, in that tab only, even after the background restarted', async () => {
    const offers = offeredMatchesInMemory();
    const { handle, saveCentre, deps, db } = await setup({ offers });
    const orgId = await saveCentre();
    const asked = await handle(save(hijack()), contentScript(OTLAS_PAGE, 2));
    expect(asked).toMatchObject({ ok: true, probable: [{ orgId, name: 'Volkshochschule Musterstadt' }] });
    const merge = save(hijack(), OTLAS_PAGE, { resolution: { mergeInto: orgId } });
    expect(await handle(merge, contentScript(OTLAS_PAGE, 3))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not offered/),
    });
    const restarted = createMessageHandler(deps);
    expect(await restarted(merge, contentScript(OTLAS_PAGE, 2))).toMatchObject({
      ok: true,
      saved: { orgId, created: false },
    });
    expect((await db.get('organisations', orgId))!.sourceUrls).toHaveLength(2);
  });

  it('answers a probable match with no more than the panel shows', async () => {
    const { handle, saveCentre } = await setup();
    await saveCentre();
    const asked = (await handle(save(hijack()), contentScript(OTLAS_PAGE))) as unknown as {
      probable: Record<string, unknown>[];
    };
    expect(Object.keys(asked.probable[0]!).sort()).toEqual(['country', 'name', 'orgId', 'origins', 'stageName']);
  });
});

describe('the identity-hijack page (another organisation with a saved one’s OID)', () => {
  it('neither joins the saved organisation nor fills its fields: it asks', async () => {
    const { handle, saveCentre, db } = await setup();
    const orgId = await saveCentre();
    const reply = await handle(save(hijack()), contentScript(OTLAS_PAGE));
    expect(reply).toMatchObject({
      ok: true,
      probable: [{ orgId, name: 'Volkshochschule Musterstadt', country: 'DE' }],
    });
    const centre = (await db.get('organisations', orgId))!;
    expect(centre.website).toBeUndefined();
    expect(centre.sourceUrls).toHaveLength(1);
    expect(await db.count('organisations')).toBe(1);
    const lookup = await handle(
      { type: 'partners.lookup', pageUrl: OTLAS_PAGE, organisations: hijack().organisations },
      contentScript(OTLAS_PAGE),
    );
    expect(lookup).toEqual({ ok: true, saved: [null] });
  });

  it('kept apart, is saved on its own without the OID, which stays the centre’s', async () => {
    const { handle, saveCentre, db } = await setup();
    const orgId = await saveCentre();
    await handle(save(hijack()), contentScript(OTLAS_PAGE));
    const kept = (await handle(
      save(hijack(), OTLAS_PAGE, { resolution: { keepSeparate: true } }),
      contentScript(OTLAS_PAGE),
    )) as { saved: { orgId: string } };
    const own = (await db.get('organisations', kept.saved.orgId))!;
    expect(own).toMatchObject({ name: 'Totally Unrelated Ltd', website: 'https://attacker.example/' });
    expect(own.oid).toBeUndefined();
    expect((await db.get('organisations', orgId))!).toMatchObject({ oid: CENTRE_OID });
    expect((await db.get('organisations', orgId))!.website).toBeUndefined();
    // Saving the same page again finds its own record, not the centre.
    expect(await handle(save(hijack()), contentScript(OTLAS_PAGE))).toMatchObject({
      ok: true,
      saved: { orgId: kept.saved.orgId },
    });
  });

  it('still joins by OID when the name or the country agrees', async () => {
    const { handle, saveCentre } = await setup();
    const orgId = await saveCentre();
    const renamed = otlasExtraction({ name: 'VHS Musterstadt', country: 'DE', oid: CENTRE_OID, profileUrl: undefined });
    expect(await handle(save(renamed), contentScript(OTLAS_PAGE))).toMatchObject({
      ok: true,
      saved: { orgId, created: false },
    });
  });
});

describe('what a content script may send', () => {
  it('is a real subset: the panel’s actions come only from the framed panel', async () => {
    expect(CONTENT_SCRIPT_MESSAGES.size).toBeLessThan(MessageSchema.options.length);
    const { handle, saveCentre, db } = await setup({ panelInPage: false });
    const orgId = await saveCentre();
    const move = { type: 'partners.setStage', orgId, stageId: 'contacted' };
    expect(await handle(move, contentScript(EPALE_PAGE, 5))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/may not ask for "partners.setStage"/),
    });
    const note = { type: 'partners.addNote', orgId, pageUrl: EPALE_PAGE, text: 'from a page script' };
    expect(await handle(note, contentScript(EPALE_PAGE, 5))).toMatchObject({ ok: false });
    expect((await db.get('pipeline', orgId))!.stageId).toBe('to-contact');
    expect(await handle(move, framedPanel(EPALE_PAGE, 5))).toEqual({ ok: true });
    // A frame loaded with use_dynamic_url has a per-session origin, and is the panel all the same.
    const dynamic: SenderInfo = {
      id: EXTENSION_ID,
      url: 'chrome-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc/panel.html',
      tab: { id: 5, url: EPALE_PAGE },
    };
    expect(await handle({ ...move, stageId: 'to-contact' }, dynamic)).toEqual({ ok: true });
    expect(
      await handle({ ...move, stageId: 'confirmed' }, { ...dynamic, tab: { id: 6, url: OTLAS_PAGE } }),
    ).toMatchObject({ ok: false });
    expect(await handle({ ...move, stageId: 'replied' }, fromBoard)).toEqual({ ok: true });
  });

  it('a page over plain http is no platform page, whatever its host', async () => {
    const { handle, db } = await setup();
    const plain = OTLAS_PAGE.replace('https://', 'http://');
    expect(await handle(save(otlasExtraction(), plain), contentScript(plain))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/supported platforms/),
    });
    expect(await db.count('organisations')).toBe(0);
  });

  it('a framed panel on an unsupported page may send nothing that touches partners', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'stages.list' }, framedPanel('https://evil.example/'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/supported platforms/),
    });
  });
});
