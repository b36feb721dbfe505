/**
 * EPALE and ESEP are the same kind of site (Drupal on the Europa Component Library): their readers
 * differ only in how a URL is routed. This builds one from its routing.
 */
import type { PageType, Platform } from '../domain/model';
import { finish, listPage, organisationPage, partnerRequestPage, type Draft } from './ecl-page';
import { withConfidence } from './confidence';
import type { Extractor } from './types';

export interface EclRouting {
  detect: Extractor['detect'];
  /** The page language from the URL's language segment, when it has one. */
  languageOf: (url: URL) => string | undefined;
  /** Whether a link points to an organisation profile on this platform. */
  isProfile: (url: URL) => boolean;
}

export function eclExtractor(platform: Platform, { detect, languageOf, isProfile }: EclRouting): Extractor {
  // Another record's link marks its tile as foreign: on a profile, other profiles and requests; on a
  // request, other requests (profiles there are its publisher).
  const isRequest = (u: URL) => detect(u) === 'partner-request';
  const readers: Partial<Record<PageType, (doc: Document, url: URL, language: string) => Draft>> = {
    organisation: (doc, url, language) => organisationPage(doc, url, language, (u) => isProfile(u) || isRequest(u)),
    'partner-request': (doc, url, language) => partnerRequestPage(doc, url, language, isProfile, isRequest),
    list: (doc, url, language) => listPage(doc, url, language, isProfile),
  };
  return {
    platform,
    detect,
    extract(doc, url) {
      const pageType = detect(url, doc) ?? 'unknown';
      const language = languageOf(url) ?? (doc.documentElement.lang.slice(0, 2).toLowerCase() || 'en');
      const draft = readers[pageType]?.(doc, url, language) ?? { organisations: [], opportunity: null, warnings: [] };
      const result = finish(platform, pageType, draft);
      return pageType === 'list' ? result : withConfidence(result, doc, url);
    },
  };
}
