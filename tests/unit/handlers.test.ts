import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/store/db';
import { createMessageHandler, type SenderInfo } from '@/lib/background/handlers';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const fromOtlasPage: SenderInfo = { id: EXTENSION_ID, url: OTLAS_PAGE, tab: {} };
const fromPopup: SenderInfo = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };

async function setup() {
  const db = await freshDb();
  // Like the background: a new connection per message, closed after it.
  const openDb = vi.fn(() => openDatabase({ name: db.name }));
  const log = vi.fn();
  const openBoard = vi.fn(async () => undefined);
  const fetchProject = vi.fn(async (identifier: string) =>
    identifier === '101128627'
      ? { ok: true as const, data: { project: { identifier } } }
      : { ok: false as const, reason: 'This project was not found on the Project Results Platform.' },
  );
  // The in-page panel (today's UI) sends the panel's actions from its content script.
  const handle = createMessageHandler({
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    openDb,
    openBoard,
    fetchProject,
    log,
    panelInPage: true,
  });
  return { db, handle, log, openDb, openBoard, fetchProject };
}

const saveMessage = (extraction = otlasExtraction()) => ({
  type: 'partners.save',
  extraction,
  organisationIndex: 0,
  pageUrl: OTLAS_PAGE,
});

describe('background message handling', () => {
  it('saves a valid proposal from a content script on its own platform', async () => {
    const { db, handle } = await setup();
    const reply = await handle(saveMessage(), fromOtlasPage);
    expect(reply).toMatchObject({
      ok: true,
      saved: { name: 'Jugendwerk Alpenland', stageName: 'To contact', created: true },
    });
    expect(await db.count('organisations')).toBe(1);
  });

  it.each([
    ['not an object', 'partners.save'],
    ['unknown type', { type: 'partners.dropEverything' }],
    ['missing extraction', { type: 'partners.save', organisationIndex: 0, pageUrl: OTLAS_PAGE }],
    ['javascript: link', saveMessage(otlasExtraction({ website: 'javascript:alert(1)' }))],
    ['number as name', saveMessage({ ...otlasExtraction(), organisations: [{ name: 42 }] } as never)],
    ['page URL not http(s)', { ...saveMessage(), pageUrl: 'file:///etc/passwd' }],
  ])('rejects and logs a malformed message (%s) without storing it', async (_case, message) => {
    const { db, handle, log, openDb } = await setup();
    const reply = await handle(message, fromOtlasPage);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/malformed/) });
    expect(log).toHaveBeenCalled();
    expect(openDb).not.toHaveBeenCalled();
    expect(await db.count('organisations')).toBe(0);
  });

  it('ignores messages from other extensions', async () => {
    const { db, handle } = await setup();
    const reply = await handle(saveMessage(), { ...fromOtlasPage, id: 'someone-else' });
    expect(reply.ok).toBe(false);
    expect(await db.count('organisations')).toBe(0);
  });

  it('lets a content script propose only records of the platform it runs on', async () => {
    const { db, handle } = await setup();
    const fromEpale: SenderInfo = { id: EXTENSION_ID, url: 'https://epale.ec.europa.eu/en/organisations/x', tab: {} };
    expect(await handle(saveMessage(), fromEpale)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/may not save a otlas record/),
    });
    const fromElsewhere: SenderInfo = { id: EXTENSION_ID, url: 'https://evil.example/', tab: {} };
    expect(await handle(saveMessage(), fromElsewhere)).toMatchObject({ ok: false });
    expect(await db.count('organisations')).toBe(0);
  });

  it('answers lookups and stage lists, and opens the board on request', async () => {
    const { handle, openBoard } = await setup();
    const saved = await handle(saveMessage(), fromOtlasPage);
    const lookup = await handle(
      { type: 'partners.lookup', pageUrl: OTLAS_PAGE, organisations: otlasExtraction().organisations },
      fromOtlasPage,
    );
    expect(lookup).toMatchObject({ ok: true, saved: [{ name: 'Jugendwerk Alpenland' }] });
    expect(saved.ok && 'saved' in saved).toBe(true);
    const stages = await handle({ type: 'stages.list' }, fromPopup);
    expect(stages).toMatchObject({
      ok: true,
      stages: expect.arrayContaining([expect.objectContaining({ id: 'confirmed' })]),
    });
    expect(await handle({ type: 'pipeline.open' }, fromOtlasPage)).toEqual({ ok: true });
    expect(openBoard).toHaveBeenCalledOnce();
  });

  it('lets a page change the stage only of organisations saved from that page', async () => {
    const { db, handle } = await setup();
    const saved = (await handle(saveMessage(), fromOtlasPage)) as { saved: { orgId: string } };
    const move = { type: 'partners.setStage', orgId: saved.saved.orgId, stageId: 'contacted' };
    const otherPage: SenderInfo = {
      ...fromOtlasPage,
      url: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/other.1/',
    };
    expect(await handle(move, otherPage)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not saved from this page/),
    });
    expect((await db.get('pipeline', saved.saved.orgId))!.stageId).toBe('to-contact');
    expect(await handle(move, fromOtlasPage)).toEqual({ ok: true });
    expect(await handle({ ...move, stageId: 'replied' }, fromPopup)).toEqual({ ok: true });
    expect((await db.get('pipeline', saved.saved.orgId))!.stageId).toBe('replied');
  });

  it('adds a note from the page only to an organisation saved from that page', async () => {
    const { db, handle } = await setup();
    const saved = (await handle(saveMessage(), fromOtlasPage)) as { saved: { orgId: string } };
    const note = {
      type: 'partners.addNote',
      orgId: saved.saved.orgId,
      pageUrl: OTLAS_PAGE,
      text: 'Called them: interested',
    };
    expect(await handle(note, fromOtlasPage)).toEqual({ ok: true, lastNote: 'Called them: interested' });
    const otherPage = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/other.1/';
    const elsewhere = { ...note, pageUrl: otherPage };
    expect(await handle(elsewhere, { ...fromOtlasPage, url: otherPage })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not saved from this page/),
    });
    // A page address that is not the sender's own is refused before anything is looked up.
    expect(await handle(elsewhere, fromOtlasPage)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not belong to the page/),
    });
    expect((await db.get('pipeline', saved.saved.orgId))!.notes).toHaveLength(1);
    const lookup = await handle(
      { type: 'partners.lookup', pageUrl: OTLAS_PAGE, organisations: otlasExtraction().organisations },
      fromOtlasPage,
    );
    expect(lookup).toMatchObject({ ok: true, saved: [{ lastNote: 'Called them: interested' }] });
  });

  it('fetches PRP projects only for Project Results Platform pages', async () => {
    const { handle, fetchProject } = await setup();
    const fromPrp: SenderInfo = {
      id: EXTENSION_ID,
      url: 'https://erasmus-plus.ec.europa.eu/projects/search/details/101128627',
      tab: {},
    };
    expect(await handle({ type: 'prp.fetchProject', identifier: '101128627' }, fromPrp)).toEqual({
      ok: true,
      data: { project: { identifier: '101128627' } },
    });
    expect(await handle({ type: 'prp.fetchProject', identifier: '999' }, fromPrp)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not found/),
    });
    expect(await handle({ type: 'prp.fetchProject', identifier: '101128627' }, fromOtlasPage)).toMatchObject({
      ok: false,
    });
    expect(fetchProject).toHaveBeenCalledTimes(2);
  });

  it('turns a storage failure into plain words and stores nothing', async () => {
    const { handle, openDb } = await setup();
    openDb.mockRejectedValueOnce(
      Object.assign(new Error('QuotaExceededError: disk full'), { name: 'QuotaExceededError' }),
    );
    const reply = await handle(saveMessage(), fromOtlasPage);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/disk is full.*untouched/) });
  });
});

describe('pages that look redesigned', () => {
  it('are recorded per platform for the popup, only for the page’s own platform', async () => {
    const { openDatabase } = await import('@/lib/store/db');
    const { outdatedReaders } = await import('@/lib/store/queries');
    const db = await freshDb();
    const handle = createMessageHandler({
      extensionId: EXTENSION_ID,
      extensionOrigin: ORIGIN,
      openDb: () => openDatabase({ name: db.name }),
      openBoard: async () => undefined,
      fetchProject: async () => ({ ok: false as const, reason: 'unused' }),
    });
    expect(
      await handle({ type: 'page.looksDifferent', platform: 'epale', pageUrl: OTLAS_PAGE }, fromOtlasPage),
    ).toMatchObject({ ok: false });
    expect(
      await handle({ type: 'page.looksDifferent', platform: 'otlas', pageUrl: OTLAS_PAGE }, fromOtlasPage),
    ).toEqual({ ok: true });
    expect((await outdatedReaders(db)).map((r) => r.platform)).toEqual(['otlas']);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await outdatedReaders(db, later)).toEqual([]);
  });
});
