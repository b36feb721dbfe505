/** The made-up platform's reader: one organisation per record page, its name and country. */
import type { Platform } from '@/lib/domain/model';
import { cleanOrganisation } from '../../../lib/extractors/clean';
import { emptyResult, type Extractor } from '../../../lib/extractors/types';
import { warning } from '@/lib/domain/warnings';
import { FAKE_ID, FAKE_RECORD_PATH } from './facts';

const platform = FAKE_ID as Platform;

export const solidarity: Extractor = {
  platform,
  detect: (url) => (FAKE_RECORD_PATH.test(url.pathname.replace(/^\/finder/, '')) ? 'organisation' : null),
  extract(doc) {
    const organisation = cleanOrganisation({
      name: doc.querySelector('h1')?.textContent,
      country: doc.querySelector('[data-field="country"]')?.textContent?.trim(),
    });
    if (!organisation) return emptyResult(platform, 'unknown', [warning('layoutChanged')]);
    return { ...emptyResult(platform, 'organisation'), organisations: [organisation] };
  },
};
