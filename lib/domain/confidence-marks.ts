/**
 * The reader's per-field confidence (lib/extractors/confidence.ts) travels with what is saved: each
 * source keeps how sure the reader was of each field it read there, and the board marks a value
 * "read with low confidence" while nothing surer stands behind it (issue 11).
 */
import type { ExtractionResult, Organisation, Source } from './model';

/** Below this the reader found the value only in running text, or also in other records' tiles. */
export const LOW_CONFIDENCE = 0.7;

/** The source's `confidence` for the organisation saved from a page (nothing when the reader gave none). */
export function confidenceOf(extraction: ExtractionResult, index: number): Pick<Source, 'confidence'> {
  const organisation = extraction.organisations[index];
  const scores = extraction.fieldConfidence?.organisations[index];
  if (!organisation || !scores) return {};
  // Only fields this organisation has: a score is about a value that was read.
  const kept = Object.entries(scores).filter(([field]) => field in organisation);
  return kept.length ? { confidence: Object.fromEntries(kept) } : {};
}

type Field = keyof Organisation & keyof Source['extracted'];

/**
 * Fields whose saved value only low-confidence readings stand behind: a source read exactly this
 * value with low confidence, and no source read or corrected it surely (corrections are the user's).
 */
export function lowConfidenceFields(organisation: Organisation): Set<string> {
  const low = new Set<string>();
  for (const field of Object.keys(organisation) as Field[]) {
    const value = organisation[field];
    if (typeof value !== 'string') continue;
    let lowReading = false;
    let sure = false;
    for (const source of organisation.sources) {
      if (source.corrections?.[field] === value) sure = true;
      if (source.extracted[field] !== value) continue;
      const score = source.confidence?.[field];
      if (score === undefined || score >= LOW_CONFIDENCE) sure = true;
      else lowReading = true;
    }
    if (lowReading && !sure) low.add(field);
  }
  return low;
}
