/**
 * Stage 1's route check must never hide a Save button: on every saved page (fixtures) and on the
 * addresses below, wherever the site's reader finds a record or a list, stage 1 says "load the
 * reader". And it must actually save work: pages that are neither load nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { siteOfUrl } from '@/lib/platforms/facts';
import { SITE_REGISTRY } from '@/lib/platforms/registry';
import { mayHoldRecord } from '@/views/page/stage1-routes';

const SAVEABLE = new Set(['organisation', 'partner-request', 'project', 'list']);
const FIXTURES = join(process.cwd(), 'tests', 'fixtures');

function documentOf(url: string, html = '<!doctype html><title>x</title>'): Document {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

const pages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(FIXTURES, dir.name))
      .filter((name) => name.endsWith('.expected.json'))
      .map((name) => ({
        dir: dir.name,
        name,
        expected: JSON.parse(readFileSync(join(FIXTURES, dir.name, name), 'utf8')) as { url: string },
      }))
      .filter(({ expected }) => typeof expected.url === 'string'),
  );

/** Addresses the readers know, beyond the fixtures (record, list and neither). */
const ADDRESSES = [
  'https://www.salto-youth.net/tools/otlas-partner-finding/',
  'https://www.salto-youth.net/tools/otlas-partner-finding/help/',
  'https://otlas.eu/project/abc.123',
  'https://epale.ec.europa.eu/en/partner-search/looking-for-partners',
  'https://ec.europa.eu/epale/de/organisations/vhs',
  'https://epale.ec.europa.eu/en/about',
  'https://school-education.ec.europa.eu/en/connect/partner-finding',
  'https://school-education.ec.europa.eu/en/etwinning/schools/123',
  'https://school-education.ec.europa.eu/en/discover/news',
  'https://erasmus-plus.ec.europa.eu/projects/search/details/101128627',
  'https://erasmus-plus.ec.europa.eu/projects/search/?page=2',
  'https://erasmus-plus.ec.europa.eu/projects/eplus-project-details#project/2019-1-DE02-KA204-006123',
];

describe('stage 1 route check', () => {
  it('has fixtures to check against', () => expect(pages.length).toBeGreaterThan(20));

  for (const { dir, name, expected } of pages) {
    it(`loads the reader wherever it finds something: ${dir}/${name}`, () => {
      const htmlFile = join(FIXTURES, dir, name.replace('.expected.json', '.html'));
      let html: string | undefined;
      try {
        html = readFileSync(htmlFile, 'utf8');
      } catch {
        html = undefined; // a data-service sample: the URL alone decides
      }
      const url = new URL(expected.url);
      const site = siteOfUrl(url)!;
      const doc = documentOf(expected.url, html);
      const type = SITE_REGISTRY[site].reader.detect(url, doc);
      if (type && SAVEABLE.has(type)) expect(mayHoldRecord(site, url, doc)).toBe(true);
    });
  }

  it.each(ADDRESSES)('agrees with the reader on %s, or errs towards loading it', (href) => {
    const url = new URL(href);
    const site = siteOfUrl(url)!;
    const doc = documentOf(href);
    const type = SITE_REGISTRY[site].reader.detect(url, doc);
    if (type && SAVEABLE.has(type)) expect(mayHoldRecord(site, url, doc)).toBe(true);
  });

  it.each([
    'https://www.salto-youth.net/tools/otlas-partner-finding/',
    'https://epale.ec.europa.eu/en/blog/how-find-european-partners',
    'https://school-education.ec.europa.eu/en/news/erasmus-2026-call-published',
    'https://erasmus-plus.ec.europa.eu/projects',
  ])('loads nothing on a page that holds no record: %s', (href) => {
    const url = new URL(href);
    expect(mayHoldRecord(siteOfUrl(url)!, url, documentOf(href))).toBe(false);
  });
});
