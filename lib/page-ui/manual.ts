/**
 * "Add partner from this page": when no organisation can be read (an unknown page, a redesign,
 * notes from an event), the user types it in, starting from what the page offers.
 */
import type { ExtractedOrganisation, ExtractionResult } from '@/lib/model';
import { cleanOrganisation } from '@/lib/extractors/clean';

/** Site names the platforms append to titles: never an organisation's name. */
const TITLE_NOISE = /\s*[|–—-]\s*(EPALE|SALTO-YOUTH|Otlas.*|European School Education Platform|Erasmus\+.*|European Commission)\s*$/i;

export function manualPrefill(doc: Document, selection: string): Partial<ExtractedOrganisation> {
  const selected = selection.replace(/\s+/g, ' ').trim();
  if (selected && selected.length <= 120) return { name: selected };
  const title = doc.title.replace(TITLE_NOISE, '').trim();
  const prefill: Partial<ExtractedOrganisation> = title && title.length <= 120 ? { name: title } : {};
  return selected ? { ...prefill, description: selected } : prefill;
}

/** A save proposal for what the user typed: no platform claims it, the page is its source. */
export function manualExtraction(organisation: Partial<ExtractedOrganisation>): ExtractionResult | undefined {
  const cleaned = cleanOrganisation(organisation);
  return cleaned ? { platform: null, pageType: 'unknown', organisations: [cleaned], opportunity: null, warnings: [] } : undefined;
}
