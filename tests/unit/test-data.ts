import { openDatabase } from '@/lib/store/db';
import type { ExtractionResult } from '@/lib/domain/model';

let counter = 0;
/** A fresh database per test: fake-indexeddb keeps them apart by name. */
export const freshDb = () => openDatabase({ name: `test-${Date.now()}-${counter++}` });

export const OTLAS_PAGE = 'https://www.salto-youth.net/tools/otlas-partner-finding/project/rural-voices.20046/';

export function otlasExtraction(overrides: Partial<ExtractionResult['organisations'][number]> = {}): ExtractionResult {
  return {
    platform: 'otlas',
    pageType: 'partner-request',
    organisations: [
      {
        name: 'Jugendwerk Alpenland',
        country: 'AT',
        city: 'Graz',
        type: 'Non-profit/ non-governmental organisation',
        role: 'applicant',
        profileUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/organisation/jugendwerk-alpenland.11111/',
        ...overrides,
      },
    ],
    opportunity: {
      kind: 'partner-request',
      title: 'Rural voices – looking for partners',
      url: OTLAS_PAGE,
      identifier: '20046',
      action: 'KA220-YOU',
    },
    warnings: [],
  };
}
