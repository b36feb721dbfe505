import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRP_REASONS, PRP_SERVICE_BASE, fetchPrpProject } from '@/lib/background/prp-service';
import { prp } from '../../lib/extractors/prp';

const ID = '2023-1-AT01-KA220-HED-000154321';
const GUID = '5d0c1f7a-2b3e-4c59-8a61-0f2e9b7c4d13';
const cardFixture = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/fixtures/prp/ka220-hed-project-card.json'), 'utf8'),
) as unknown;

const searchAnswer = (docs: object[]) => ({ total: docs.length, projectDocuments: docs });
const doc = (extra: object = {}) => ({
  projectId: GUID,
  projectName: ID,
  projectTitle: 'Open Labs for Sustainable Campuses',
  ...extra,
});
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;
/** A fake fetch that records every request and answers search and card calls from the handlers. */
function fakeFetch(search: Handler, card: Handler = () => json(cardFixture)) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    return url.includes('/search/project/search') ? search(url, init) : card(url, init);
  });
  return { fetchFn: fn as unknown as typeof fetch, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchPrpProject', () => {
  it('finds the project by identifier, then reads its card', async () => {
    const { fetchFn, calls } = fakeFetch(() =>
      json(searchAnswer([doc({ projectName: `${ID}-OTHER`, projectId: 'x' }), doc()])),
    );
    const result = await fetchPrpProject(ID, fetchFn);
    expect(result).toEqual({ ok: true, data: cardFixture });
    expect(calls.map((c) => c.url)).toEqual([
      `${PRP_SERVICE_BASE}search/project/search`,
      `${PRP_SERVICE_BASE}es/project/projectCard?projectId=workspace://SpacesStore/${GUID}`,
    ]);
    expect(calls.every((c) => c.url.startsWith('https://ec.europa.eu/programmes/service/'))).toBe(true);
    const [search] = calls;
    expect(search?.init.method).toBe('POST');
    expect(search?.init.credentials).toBe('omit');
    expect(JSON.parse(String(search?.init.body))).toMatchObject({ index: 'eplus2021', keyword: ID, from: 0 });
    // The data goes straight into the extractor.
    if (!result.ok) throw new Error(result.reason);
    const extracted = prp.extractData!(
      result.data,
      new URL(`https://erasmus-plus.ec.europa.eu/projects/search/details/${ID}`),
    );
    expect(extracted.organisations).toHaveLength(4);
    expect(extracted.organisations[0]?.role).toBe('coordinator');
  });

  it('normalises the identifier and accepts a GUID with its node prefix', async () => {
    const { fetchFn, calls } = fakeFetch(() =>
      json(searchAnswer([doc({ projectId: `workspace://SpacesStore/${GUID}` })])),
    );
    expect((await fetchPrpProject(` ${ID.toLowerCase()} `, fetchFn)).ok).toBe(true);
    expect(calls[1]?.url).toBe(`${PRP_SERVICE_BASE}es/project/projectCard?projectId=workspace://SpacesStore/${GUID}`);
  });

  it.each(['', 'hello', '../../evil', 'https://evil.example/', `${ID}&x=1`])(
    'refuses %j without any request',
    async (id) => {
      const { fetchFn, calls } = fakeFetch(() => json(searchAnswer([])));
      expect(await fetchPrpProject(id, fetchFn)).toEqual({ ok: false, reason: PRP_REASONS.invalidId });
      expect(calls).toHaveLength(0);
    },
  );

  it('never builds a card URL from a hostile projectId', async () => {
    const { fetchFn, calls } = fakeFetch(() => json(searchAnswer([doc({ projectId: '../../../evil?x=' })])));
    expect(await fetchPrpProject(ID, fetchFn)).toEqual({ ok: false, reason: PRP_REASONS.unreadable });
    expect(calls).toHaveLength(1);
  });

  it('says the platform did not answer on HTTP 500', async () => {
    const { fetchFn } = fakeFetch(() => new Response('Internal error', { status: 500 }));
    expect(await fetchPrpProject(ID, fetchFn)).toEqual({
      ok: false,
      reason: 'The Project Results Platform did not answer. Try again later.',
    });
  });

  it('says the platform did not answer on a network error', async () => {
    const { fetchFn } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchPrpProject(ID, fetchFn)).toEqual({ ok: false, reason: PRP_REASONS.noAnswer });
  });

  it('gives up after 15 seconds with a plain reason', async () => {
    vi.useFakeTimers();
    const { fetchFn } = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    const pending = fetchPrpProject(ID, fetchFn);
    await vi.advanceTimersByTimeAsync(14_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({
      ok: false,
      reason: 'The Project Results Platform took too long to answer. Try again later.',
    });
  });

  it('reports malformed JSON in plain words', async () => {
    const { fetchFn } = fakeFetch(() => new Response('<html>Sorry</html>', { status: 200 }));
    const result = await fetchPrpProject(ID, fetchFn);
    expect(result).toEqual({ ok: false, reason: PRP_REASONS.unreadable });
    if (!result.ok) expect(result.reason).not.toMatch(/json|syntax|token/i);
  });

  it('reports an unexpected search shape as unreadable', async () => {
    const { fetchFn } = fakeFetch(() => json({ projectDocuments: [{ projectId: 42 }] }));
    expect(await fetchPrpProject(ID, fetchFn)).toEqual({ ok: false, reason: PRP_REASONS.unreadable });
  });

  it('says when no document has exactly this identifier', async () => {
    const { fetchFn, calls } = fakeFetch(() =>
      json(searchAnswer([doc({ projectName: '2023-1-AT01-KA220-HED-000154322' })])),
    );
    expect(await fetchPrpProject(ID, fetchFn)).toEqual({
      ok: false,
      reason: 'This project was not found on the Project Results Platform.',
    });
    expect(calls).toHaveLength(1);
  });

  it('falls back to the search document when the card fails but the document lists organisations', async () => {
    const withOrgs = doc({ coordinator: { organisationName: 'C', organisationRole: 'COORDINATOR' }, partners: [] });
    const { fetchFn } = fakeFetch(
      () => json(searchAnswer([withOrgs])),
      () => new Response('oops', { status: 502 }),
    );
    expect(await fetchPrpProject(ID, fetchFn)).toEqual({ ok: true, data: withOrgs });
  });

  it('reports a malformed card when the search document has no organisations', async () => {
    const { fetchFn } = fakeFetch(
      () => json(searchAnswer([doc()])),
      () => json({ project: { subtitle: 'no title, no identifier' }, partners: 'nope' }),
    );
    expect(await fetchPrpProject(ID, fetchFn)).toEqual({ ok: false, reason: PRP_REASONS.unreadable });
  });

  it('passes on the card failure reason when there is nothing to fall back to', async () => {
    const { fetchFn } = fakeFetch(
      () => json(searchAnswer([doc()])),
      () => new Response('gone', { status: 404 }),
    );
    expect(await fetchPrpProject(ID, fetchFn)).toEqual({ ok: false, reason: PRP_REASONS.notFound });
  });
});
