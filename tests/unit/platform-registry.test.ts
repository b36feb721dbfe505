/**
 * The platform registry, as a checklist per platform (refined-github style): each line is one
 * promise a newcomer can rely on when adding or changing a platform.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformsRead } from '../../lib/platforms/define';
import {
  ALL_PAGE_MATCHES,
  HOST_PERMISSIONS,
  PLATFORM_FACTS,
  PLATFORMS,
  SITE_IDS,
  SITES,
  platformsOfUrl,
  siteMatches,
  siteOfUrl,
} from '../../lib/platforms/facts';
import { PLATFORM_REGISTRY, SITE_REGISTRY, findReader } from '../../lib/platforms/registry';
import { PlatformSchema } from '@/lib/domain/model';
import { fixtureInputs } from './fixture-runner';

const MIN_FIXTURES = 5;
const CHANGED_LAYOUT = /changed-layout|redesigned/;

/** A pattern as the browser reads it: scheme, host (with an optional leading `*.`) and path glob. */
function patternMatches(pattern: string, url: URL): boolean {
  const [, scheme = '', host = '', path = ''] = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
    : url.hostname === host;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && glob.test(url.pathname);
}

/** Addresses each site must own, and near misses it must not. */
const OWNED: Record<string, string[]> = {
  otlas: [
    'https://www.salto-youth.net/tools/otlas-partner-finding/project/rural-voices.20046/',
    'https://salto-youth.net/tools/otlas-partner-finding/projects/',
    'https://www.otlas.eu/',
  ],
  epale: ['https://epale.ec.europa.eu/en/organisations/x', 'https://ec.europa.eu/epale/en/node/1'],
  esep: [
    'https://school-education.ec.europa.eu/en/etwinning/projects/130385',
    'https://school-education.ec.europa.eu/de/connect/x',
  ],
  prp: [
    'https://erasmus-plus.ec.europa.eu/projects/search/details/101128627',
    'https://ec.europa.eu/programmes/erasmus-plus/projects/eplus-project-details/#project/2017-1-FR01-KA202-037441',
  ],
};
const NOT_OWNED = [
  'https://www.salto-youth.net/tools/european-training-calendar/',
  'https://erasmus-plus.ec.europa.eu/programme-guide',
  'https://evil.example/tools/otlas-partner-finding/',
  'https://epale.ec.europa.eu.evil.example/en/',
  'not a url',
];

describe.each(PLATFORMS)('platform %s', (platform) => {
  const definition = PLATFORM_REGISTRY[platform];
  const site = definition.site;

  it('is in the registry with its reader, its name and its site', () => {
    expect(definition.reader.platform).toBe(platform);
    expect(definition.name).not.toBe('');
    expect(SITES[site].platforms).toContain(platform);
  });

  it('is a value of the model’s platform enum', () => {
    expect(PlatformSchema.parse(platform)).toBe(platform);
  });

  it(`has ≥ ${MIN_FIXTURES} fixtures, including a changed layout`, () => {
    const inputs = fixtureInputs(platform);
    expect(inputs.length).toBeGreaterThanOrEqual(MIN_FIXTURES);
    expect(inputs.some((name) => CHANGED_LAYOUT.test(name))).toBe(true);
  });

  it('has title noise that strips its own site name and keeps the rest', () => {
    expect(definition.titleNoise.length).toBeGreaterThan(0);
    const strip = (title: string) => definition.titleNoise.reduce((rest, noise) => rest.replace(noise, ''), title);
    expect(strip(`Jugendwerk Süd – Verein | ${definition.name}`)).toContain('Jugendwerk Süd – Verein');
  });
});

describe.each(SITE_IDS)('site %s', (site) => {
  const definition = SITE_REGISTRY[site];
  const entry = join(process.cwd(), 'entrypoints', `${site}.content`, 'index.ts');

  it('reads its platforms in the order the facts give', () => {
    expect(platformsRead(definition)).toEqual([...SITES[site].platforms]);
  });

  it('has a content script that runs the registry’s site definition', () => {
    // Stage 1 (the content script) routes by the site's facts; stage 2 (its reader script) runs the site.
    const stage1 = readFileSync(entry, 'utf8');
    expect(stage1).toContain(`matches: siteMatches('${site}')`);
    expect(stage1).toMatch(new RegExp(`startStage1\\(ctx, '${site}'\\)`));
    expect(definition.matches).toEqual(siteMatches(site));
    const stage2 = readFileSync(join(process.cwd(), 'entrypoints', `${site}-reader.ts`), 'utf8');
    expect(stage2).toContain(`@/lib/platforms/sites/${site}'`);
    expect(stage2).toMatch(new RegExp(`registerReader\\(${site}Site\\b`));
  });

  it('owns its addresses, in its routes and in its match patterns alike', () => {
    for (const raw of OWNED[site] ?? []) {
      const url = new URL(raw);
      expect(siteOfUrl(url), raw).toBe(site);
      expect(
        definition.matches.some((pattern) => patternMatches(pattern, url)),
        raw,
      ).toBe(true);
      expect(findReader(url)?.platform, raw).toBeDefined();
    }
  });
});

describe('platform routing', () => {
  it('answers nothing for other addresses, in routes, patterns and readers alike', () => {
    for (const raw of NOT_OWNED) {
      expect(platformsOfUrl(raw), raw).toEqual([]);
      if (!URL.canParse(raw)) continue;
      const url = new URL(raw);
      expect(
        ALL_PAGE_MATCHES.some((pattern) => patternMatches(pattern, url)),
        raw,
      ).toBe(false);
      expect(findReader(url), raw).toBeUndefined();
    }
  });

  it('routes eTwinning and ESEP pages of one host to their own readers', () => {
    expect(findReader(new URL('https://school-education.ec.europa.eu/en/etwinning/projects/130385'))?.platform).toBe(
      'etwinning',
    );
    expect(
      findReader(new URL('https://school-education.ec.europa.eu/en/connect/schools-organisations/x'))?.platform,
    ).toBe('esep');
    expect(platformsOfUrl('https://school-education.ec.europa.eu/en/')).toEqual(['etwinning', 'esep']);
  });

  it('runs content scripts on https pages only, and asks host permissions for the data services only', () => {
    expect(ALL_PAGE_MATCHES.length).toBeGreaterThan(0);
    expect(ALL_PAGE_MATCHES.every((pattern) => pattern.startsWith('https://'))).toBe(true);
    expect(
      ALL_PAGE_MATCHES.some((pattern) =>
        patternMatches(pattern, new URL('http://epale.ec.europa.eu/en/organisations/x')),
      ),
    ).toBe(false);
    expect(HOST_PERMISSIONS).toEqual(['https://ec.europa.eu/programmes/service/*']);
    expect(HOST_PERMISSIONS.some((pattern) => pattern.includes('<all_urls>') || /^\*:\/\/\*\//.test(pattern))).toBe(
      false,
    );
  });

  it('keeps every platform’s facts and names in one place', () => {
    expect(Object.keys(PLATFORM_FACTS).sort()).toEqual([...PLATFORMS].sort());
  });
});
