/**
 * "Add partner from this page": when no organisation can be read (an unknown page, a redesign,
 * notes from an event), the user types it in, starting from what the page offers.
 */
import type { ExtractedOrganisation, ExtractionResult } from '@/lib/domain/model';
import { bestCandidates, type Candidates } from '@/lib/extractors/candidates';
import { cleanOrganisation } from '@/lib/extractors/clean';

/**
 * What the hand-entry form starts from: the selected text as the name, else the readers' best
 * candidates (lib/extractors/candidates.ts) — never the tab title with the site's name in it.
 */
export function manualPrefill(doc: Document, selection: string): Partial<ExtractedOrganisation> {
  const selected = selection.replace(/\s+/g, ' ').trim();
  let found: Candidates = { name: [], country: [], city: [], website: [] };
  try {
    found = bestCandidates(doc, new URL(doc.URL));
  } catch {
    // A page the candidates cannot read leaves the form empty rather than failing it.
  }
  const [country, city, website] = [found.country[0], found.city[0], found.website[0]];
  const suggested = cleanOrganisation({ name: found.name[0] ?? 'x', country, city, website });
  const { name: _placeholder, ...facts } = suggested ?? { name: '' };
  const name = selected && selected.length <= 120 ? selected : found.name[0];
  return {
    ...facts,
    ...(name ? { name } : {}),
    ...(selected && selected.length > 120 ? { description: selected } : {}),
  };
}

/** A save proposal for what the user typed: no platform claims it, the page is its source. */
export function manualExtraction(organisation: Partial<ExtractedOrganisation>): ExtractionResult | undefined {
  const cleaned = cleanOrganisation(organisation);
  return cleaned
    ? { platform: null, pageType: 'unknown', organisations: [cleaned], opportunity: null, warnings: [] }
    : undefined;
}
