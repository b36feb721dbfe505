/** A platform page for focused extractor tests: a realistic ECL frame around the given content. */
import { Window } from 'happy-dom';
import { expect } from 'vitest';
import { ExtractionResultSchema, type ExtractionResult } from '@/lib/domain/model';
import type { Extractor } from '../../lib/extractors/types';

export function documentAt(url: string, main: string, options: { header?: string; lang?: string } = {}): Document {
  const window = new Window({ url });
  window.document.write(`<!DOCTYPE html><html lang="${options.lang ?? 'en'}"><head><title>Page</title></head><body>
    <header class="ecl-site-header"><img alt="European Commission logo"><a href="/en/user/login">Log in</a>
      <div class="ecl-site-header__site-name">Site</div>${options.header ?? ''}</header>
    <nav class="ecl-menu"><ul><li><a href="/en/organisations">Organisations</a></li></ul></nav>
    <main id="main-content">${main}</main>
    <footer class="ecl-site-footer"><p>E-mail: helpdesk@example.eu</p><p>Country: Belgium</p></footer>
  </body></html>`);
  return window.document as unknown as Document;
}

/** Extracts and checks the result against the contract's schema. */
export function extractWith(
  extractor: Extractor,
  url: string,
  main: string,
  options?: { header?: string; lang?: string },
): ExtractionResult {
  const result = extractor.extract(documentAt(url, main, options), new URL(url));
  expect(() => ExtractionResultSchema.parse(result)).not.toThrow();
  return result;
}
