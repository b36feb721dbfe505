/** One host, several readers (ESEP carries eTwinning): the first that recognises the page reads it. */
import type { Extractor } from './types';

export function either(first: Extractor, second: Extractor): Extractor {
  const pick = (url: URL, doc?: Document) => (first.detect(url, doc) !== null ? first : second);
  return {
    platform: first.platform,
    detect: (url, doc) => pick(url, doc).detect(url, doc),
    extract: (doc, url) => pick(url, doc).extract(doc, url),
  };
}
