/**
 * Stage 1's one question (issue 13): could this page hold a record or a list? Each site answers it
 * in its facts (lib/platforms/facts.ts `mayHoldRecord`): a cheap superset of the readers' own
 * `detect`, so the reader (stage 2) loads only where it may find something. A wrong "yes" costs one
 * load; a wrong "no" would hide the Save button, so tests/unit/stage1-routes.test.ts holds it to
 * every fixture and to the readers.
 */
import { SITES, type SiteId } from '@/lib/platforms/facts';

export const mayHoldRecord = (site: SiteId, url: URL, doc: Document): boolean => SITES[site].mayHoldRecord(url, doc);
