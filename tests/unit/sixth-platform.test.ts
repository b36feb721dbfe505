/**
 * A made-up sixth platform added through the registry only (its facts and its site definition;
 * tests/unit/sixth-platform/ is "its folder"): everything that derives from the registry must
 * include it. What cannot derive is listed in COST_OF_A_PLATFORM, exactly, and the test fails when
 * that list is incomplete or says too much (docs/architecture.md, "Adding a platform").
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import type { Platform } from '@/lib/domain/model';
import { FAKE_HOST, FAKE_ID, FAKE_NAME, FAKE_PLATFORM, FAKE_SERVICE, FAKE_SITE } from './sixth-platform/facts';
import { runFixtures } from './fixture-runner';

vi.mock('../../lib/platforms/facts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/platforms/facts')>();
  const facts = {
    SITE_IDS: [...real.SITE_IDS, FAKE_ID],
    SITES: { ...real.SITES, [FAKE_ID]: FAKE_SITE },
    PLATFORM_FACTS: { ...real.PLATFORM_FACTS, [FAKE_ID]: FAKE_PLATFORM },
  };
  return { ...real, ...facts, PLATFORMS: [...real.PLATFORMS, FAKE_ID], ...real.deriveFacts(facts as never) };
});
vi.mock('../../lib/platforms/sites/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/platforms/sites/index')>();
  const { solidaritySite } = await import('./sixth-platform/site');
  return { SITE_DEFINITIONS: [...real.SITE_DEFINITIONS, solidaritySite] };
});

const { PlatformSchema, SourceOriginSchema } = await import('@/lib/domain/model');
const facts = await import('../../lib/platforms/facts');
const { PLATFORM_REGISTRY, SITE_REGISTRY, findReader, extractPage, detectPlatformOfUrl } =
  await import('../../lib/platforms/registry');
const { PLATFORM_NAMES } = await import('../../lib/platforms/names');
const { platformManifest } = await import('../../lib/platforms/manifest');
const { mayHoldRecord } = await import('@/views/page/stage1-routes');

const fake = FAKE_ID as Platform;
const RECORD = `https://${FAKE_HOST}/finder/en/organisations/42`;
const PAGE = `<html lang="en"><head><title>Jugendwerk Nord | ${FAKE_NAME}</title></head>
<body><h1>Jugendwerk Nord</h1><p>Country: <span data-field="country">DE</span></p></body></html>`;

/**
 * What a new platform costs beyond its facts, its site module and its fixtures, and why:
 * - WXT builds one content script per entrypoint file: stage 1 and the stage-2 reader script.
 * - Sentences that name every platform are prose, written in each language (no list can fill them).
 */
const COST_OF_A_PLATFORM = {
  files: (site: string) => [`entrypoints/${site}.content/index.ts`, `entrypoints/${site}-reader.ts`],
  sentences: [
    'manifest.description',
    'board.emptyBody',
    'popup.emptyBody',
    'stats.emptyBody',
    'privacy.leaves',
    'privacy.permissions',
  ],
  /** The popup's and the board's empty states fill their sentences' slots in one component. */
  code: ['components/shared/SaveFirstPartner.tsx'],
};

// The fixture runner reads a folder at collection time: the made-up platform keeps its own in a temp dir.
const fixtureRoot = mkdtempSync(join(tmpdir(), 'sixth-platform-'));
mkdirSync(join(fixtureRoot, FAKE_ID));
writeFileSync(join(fixtureRoot, FAKE_ID, 'organisation.html'), PAGE);
const ANSWER = {
  platform: FAKE_ID,
  pageType: 'organisation',
  organisations: [{ name: 'Jugendwerk Nord', country: 'DE' }],
  opportunity: null,
  warnings: [],
};
writeFileSync(
  join(fixtureRoot, FAKE_ID, 'organisation.expected.json'),
  JSON.stringify({ url: RECORD, result: ANSWER }),
);
runFixtures(FAKE_ID, fixtureRoot);

describe('a sixth platform, added through the registry only', () => {
  it('is a value of the model’s platform enum and of the source origins', () => {
    expect(PlatformSchema.parse(FAKE_ID)).toBe(FAKE_ID);
    expect(SourceOriginSchema.options).toContain(FAKE_ID);
  });

  it('gets its match patterns, its reader script and its data service into the manifest', () => {
    expect(facts.siteMatches(FAKE_ID as never)).toEqual([`https://${FAKE_HOST}/finder/*`]);
    expect(facts.ALL_PAGE_MATCHES).toContain(`https://${FAKE_HOST}/finder/*`);
    const manifest = platformManifest('chrome');
    expect(manifest.host_permissions).toContain(FAKE_SERVICE);
    expect(manifest.web_accessible_resources[0]!.resources).toContain(`${FAKE_ID}-reader.js`);
    expect(manifest.web_accessible_resources[0]!.matches).toContain(`https://${FAKE_HOST}/*`);
  });

  it('owns its addresses in routing, the sender check and the readers, and nothing else', () => {
    expect(facts.siteOfUrl(RECORD)).toBe(FAKE_ID);
    expect(facts.platformsOfUrl(RECORD)).toEqual([FAKE_ID]);
    expect(facts.platformsOfUrl(`https://${FAKE_HOST}/elsewhere/en/organisations/42`)).toEqual([]);
    expect(findReader(new URL(RECORD))?.platform).toBe(FAKE_ID);
    expect(detectPlatformOfUrl(RECORD)).toBe(FAKE_ID);
    expect(facts.platformsOfUrl('https://epale.ec.europa.eu/en/organisations/x')).toEqual(['epale']);
  });

  it('is in the registry with its reader, and pages are read by it', () => {
    expect(PLATFORM_REGISTRY[fake].reader.platform).toBe(FAKE_ID);
    expect((SITE_REGISTRY as Record<string, { matches: string[] }>)[FAKE_ID]!.matches).toEqual(
      facts.siteMatches(FAKE_ID as never),
    );
    const { document } = new Window({ url: RECORD });
    document.write(PAGE);
    expect(extractPage(document as unknown as Document, new URL(RECORD))).toEqual(ANSWER);
  });

  it('has its display name and title noise, and "added by hand" stays translated', () => {
    expect(PLATFORM_NAMES[fake]).toBe(FAKE_NAME);
    expect(facts.platformName(fake)).toBe(FAKE_NAME);
    expect(PLATFORM_NAMES.manual).not.toBe('manual');
    const strip = (title: string) =>
      PLATFORM_REGISTRY[fake].titleNoise.reduce((rest, noise) => rest.replace(noise, ''), title);
    expect(strip(`Jugendwerk Nord | ${FAKE_NAME}`)).toBe('Jugendwerk Nord');
  });

  it('is in the content scripts’ route table (stage 1)', () => {
    const { document } = new Window({ url: RECORD });
    expect(mayHoldRecord(FAKE_ID as never, new URL(RECORD), document as unknown as Document)).toBe(true);
    expect(
      mayHoldRecord(FAKE_ID as never, new URL(`https://${FAKE_HOST}/finder/en/about`), document as unknown as Document),
    ).toBe(false);
  });
});

describe('the cost of a new platform beyond the registry, exactly', () => {
  const realSites = (facts.SITE_IDS as readonly string[]).filter((site) => site !== FAKE_ID);

  it('is two entrypoint files per site: every site has them, and no other file in entrypoints/ is per site', () => {
    for (const site of realSites)
      for (const file of COST_OF_A_PLATFORM.files(site)) expect(existsSync(file), file).toBe(true);
    for (const file of COST_OF_A_PLATFORM.files(FAKE_ID)) expect(existsSync(file), file).toBe(false);
    const perSite = readdirSync('entrypoints').filter((name) =>
      realSites.some((site) => name.startsWith(`${site}.`) || name.startsWith(`${site}-`)),
    );
    expect(perSite.sort()).toEqual(realSites.flatMap((site) => [`${site}-reader.ts`, `${site}.content`]).sort());
  });

  it('is the sentences that name every platform, and the one view that fills them', () => {
    const english = parseMessagesText(readFileSync('locales/en.yml', 'utf8'), 'YAML');
    const naming = english
      .filter(
        (message) => 'message' in message && /\bOTLAS\b/.test(message.message) && /\bEPALE\b/.test(message.message),
      )
      .map((message) => message.key.join('.'));
    // Sentences with slots for the names ($1, $2, $3 …) are filled in code: those views are listed too.
    const slotted = ['board.emptyBody', 'popup.emptyBody'];
    expect([...naming, ...slotted].sort()).toEqual([...COST_OF_A_PLATFORM.sentences].sort());
    const code = ['entrypoints', 'views', 'components', 'lib']
      .flatMap((dir) => sourceFiles(dir))
      .filter((file) => {
        if (file.startsWith('lib/extractors/') || file.startsWith('lib/platforms/')) return false;
        const code = readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line));
        return code.some((line) => /<strong>OTLAS<\/strong>/.test(line));
      });
    expect(code.sort()).toEqual([...COST_OF_A_PLATFORM.code].sort());
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
