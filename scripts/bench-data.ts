/**
 * Export/import benchmark, browser-safe (no Node APIs): bundle this file for the page, e.g.
 *
 *   await esbuild.build({ entryPoints: ['scripts/bench-data.ts'], bundle: true, format: 'iife',
 *     globalName: 'PartnerPipelineBenchData', platform: 'browser', target: 'chrome120',
 *     tsconfig: 'tsconfig.json', outfile: '.tmp/bench/bench-data.js' });
 *
 * then, in headless Chromium on any routed http(s) page (IndexedDB is per origin; every run
 * uses fresh database names), `await page.addScriptTag({ content })` and
 *
 *   const figures = await page.evaluate(() => PartnerPipelineBenchData.benchExportImport({ n: 10_000 }));
 *
 * Keys (ms unless named otherwise), best of `runs` each:
 * - rawGetAllMs / rawPutMs: the floors — idb getAll of both stores / one-transaction put of the
 *   same records (organisations with 5 indexes, pipeline with 2).
 * - export10kMs: buildExport + serialiseExport (the file's text) of n organisations.
 * - import10kMs: readBackup (JSON.parse + zod over everything) + applyImport in merge mode into
 *   a profile that already holds every other organisation of the file: half are found through
 *   the indexes and merged, half are new.
 * - importEmpty10kMs: the same into an empty profile (restoring a backup).
 * - importUnchanged10kMs: the same file into the profile it came from (every record matched).
 * - exportToRawRatio = export10kMs / rawGetAllMs; importToRawRatio = import10kMs / rawPutMs.
 * - fileBytes: size of the backup text. Targets: export ≤ 500 ms, import ≤ 2 s.
 */
import { withIdentityKeys } from '../lib/domain/dedupe';
import { openDatabase, type Database } from '../lib/store/db';
import { buildExport, serialiseExport } from '../lib/backup/exchange';
import { applyImport, readBackup } from '../lib/backup/import';
import type { Organisation, PipelineEntry } from '../lib/domain/model';
import { DEFAULT_STAGES } from '../lib/domain/stages';

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same data everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'GR',
  'ES',
  'FI',
  'FR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'TR',
];
const CITIES = [
  'Łódź',
  'Αθήνα',
  'Graz',
  'Zaragoza',
  'Tartu',
  'Cluj-Napoca',
  'Göteborg',
  'Kraków',
  'Porto',
  'Liège',
  'Plovdiv',
  'İzmir',
];
const KINDS = ['Youth association', 'School', 'NGO', 'Municipality', 'Adult education centre', 'University'];
const WORDS = [
  'Rural',
  'Youth',
  'Bridge',
  'Future',
  'Green',
  'Europe',
  'Voices',
  'Network',
  'Horizon',
  'Learning',
  'Mobility',
  'Together',
];

export interface GeneratedData {
  organisations: Organisation[];
  pipeline: PipelineEntry[];
}

/** n valid organisations (~550 B each) with pipeline entries; identity keys are unique per index. */
export function generateOrganisations(n: number, seed = 1): GeneratedData {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const organisations: Organisation[] = [];
  const pipeline: PipelineEntry[] = [];
  const base = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i += 1) {
    const id = `org-${seed}-${String(i).padStart(6, '0')}`;
    const name = `${pick(WORDS)} ${pick(WORDS)} ${pick(KINDS)} ${i}`;
    const country = pick(COUNTRIES);
    const city = pick(CITIES);
    const savedAt = new Date(base + Math.floor(random() * 300) * 86_400_000).toISOString();
    const profileUrl = `https://www.salto-youth.net/tools/otlas-partner-finding/organisation/org-${seed}-${i}.${10_000 + i}/`;
    const pageUrl = `https://www.salto-youth.net/tools/otlas-partner-finding/project/request-${seed}-${i}.${20_000 + i}/`;
    organisations.push(
      withIdentityKeys({
        name,
        country,
        city,
        type: pick(KINDS),
        website: `https://www.example-${seed}-${i}.org/`,
        ...(random() < 0.5 ? { oid: `E${String(10_000_000 + seed * 1_000_000 + i).slice(-8)}` } : {}),
        ...(random() < 0.3 ? { pic: String(900_000_000 + seed * 1_000_000 + i).slice(-9) } : {}),
        id,
        platformIds: [
          `url:https://salto-youth.net/tools/otlas-partner-finding/organisation/org-${seed}-${i}.${10_000 + i}`,
        ],
        sourceUrls: [pageUrl.replace('https://www.', 'https://').replace(/\/$/, '')],
        sources: [
          {
            origin: 'otlas',
            url: pageUrl,
            pageType: 'partner-request',
            savedAt,
            extracted: { name, country, city, role: 'applicant', profileUrl },
            warnings: [],
          },
        ],
        contacts: [],
        createdAt: savedAt,
        updatedAt: savedAt,
      }),
    );
    const noted = random() < 0.3;
    pipeline.push({
      orgId: id,
      stageId: pick(DEFAULT_STAGES).id,
      tags: random() < 0.5 ? [pick(WORDS).toLowerCase()] : [],
      notes: noted
        ? [{ id: `note-${i}`, at: savedAt, text: `Wrote to them about ${pick(WORDS)} ${pick(WORDS)}.` }]
        : [],
      history: [{ at: savedAt, kind: 'saved', text: 'Saved from OTLAS' }],
      updatedAt: savedAt,
    });
  }
  return { organisations, pipeline };
}

/** Writes records straight into the stores in one transaction (also the raw put baseline). */
export async function putRaw(db: Database, data: GeneratedData): Promise<void> {
  const tx = db.transaction(['organisations', 'pipeline'], 'readwrite');
  const requests: Promise<unknown>[] = [];
  for (const organisation of data.organisations) requests.push(tx.objectStore('organisations').put(organisation));
  for (const entry of data.pipeline) requests.push(tx.objectStore('pipeline').put(entry));
  await Promise.all(requests);
  await tx.done;
}

export interface BenchFigures {
  n: number;
  fileBytes: number;
  rawGetAllMs: number;
  rawPutMs: number;
  export10kMs: number;
  import10kMs: number;
  importEmpty10kMs: number;
  importUnchanged10kMs: number;
  exportToRawRatio: number;
  importToRawRatio: number;
}

let databases = 0;
async function freshDb(): Promise<Database> {
  return openDatabase({ name: `bench-data-${Date.now()}-${databases++}` });
}

async function dropDb(db: Database): Promise<void> {
  const name = db.name;
  db.close();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

async function best(runs: number, once: () => Promise<number>): Promise<number> {
  let fastest = Infinity;
  for (let run = 0; run < runs; run += 1) fastest = Math.min(fastest, await once());
  return Math.round(fastest * 10) / 10;
}

/** Runs in a page (or anywhere with IndexedDB and performance.now). */
export async function benchExportImport({ n = 10_000, seed = 7, runs = 3 } = {}): Promise<BenchFigures> {
  const data = generateOrganisations(n, seed);
  const half: GeneratedData = {
    organisations: data.organisations.filter((_, i) => i % 2 === 1),
    pipeline: data.pipeline.filter((_, i) => i % 2 === 1),
  };
  const source = await freshDb();
  await putRaw(source, data);
  const text = serialiseExport(await buildExport(source, 'bench'));

  const rawPutMs = await best(runs, async () => {
    const db = await freshDb();
    const start = performance.now();
    await putRaw(db, data);
    const ms = performance.now() - start;
    await dropDb(db);
    return ms;
  });
  const rawGetAllMs = await best(runs, async () => {
    const start = performance.now();
    const tx = source.transaction(['organisations', 'pipeline'], 'readonly');
    await Promise.all([tx.objectStore('organisations').getAll(), tx.objectStore('pipeline').getAll()]);
    await tx.done;
    return performance.now() - start;
  });
  const export10kMs = await best(runs, async () => {
    const start = performance.now();
    serialiseExport(await buildExport(source, 'bench'));
    return performance.now() - start;
  });
  const importInto = (prepare?: GeneratedData) => async () => {
    const db = await freshDb();
    if (prepare) await putRaw(db, prepare);
    const start = performance.now();
    await applyImport(db, readBackup(text), 'merge');
    const ms = performance.now() - start;
    await dropDb(db);
    return ms;
  };
  const import10kMs = await best(runs, importInto(half));
  const importEmpty10kMs = await best(runs, importInto());
  const importUnchanged10kMs = await best(runs, importInto(data));
  await dropDb(source);
  return {
    n,
    fileBytes: new Blob([text]).size,
    rawGetAllMs,
    rawPutMs,
    export10kMs,
    import10kMs,
    importEmpty10kMs,
    importUnchanged10kMs,
    exportToRawRatio: Math.round((export10kMs / rawGetAllMs) * 100) / 100,
    importToRawRatio: Math.round((import10kMs / rawPutMs) * 100) / 100,
  };
}
