/** Shapes of the Discover data: what one file row becomes, and what is stored. */

export type Role = 'coordinator' | 'partner';

/** One organisation as one project row names it (the unpivoted coordinator or partner N). */
export interface Sighting {
  name: string;
  role: Role;
  type?: string;
  country?: string;
  region?: string;
  /** Read from the address only when a postcode marks the town; the address itself is not kept. */
  city?: string;
  website?: string;
  /** A one-way mark of the street address (values.ts placeMark), to tell generic names apart. */
  place?: string;
}

export interface Project {
  identifier: string;
  title: string;
  action?: string;
  keyAction?: string;
  callYear?: number;
  topics: string[];
  summary?: string;
  countries: string[];
  grantEur?: number;
  /** The project's page on the Results Platform (from the file, else built from the identifier). */
  url?: string;
  organisations: Sighting[];
  /** Ids of the imported files that contain this project (provenance; idempotent re-import). */
  files: string[];
}

/** Why a row or an organisation of a row was not imported. */
export const SKIP_REASONS = [
  'wrongColumnCount',
  'brokenQuote',
  'missingIdentifier',
  'missingTitle',
  'noOrganisation',
  'naturalPerson',
  'invalidIdentifier',
  'emptyRow',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export type SkipCounts = Partial<Record<SkipReason, number>>;

/** One imported file: its provenance and what came of it. */
export interface ImportedFile {
  id: string;
  name: string;
  size: number;
  rows: number;
  projects: number;
  organisations: number;
  skipped: SkipCounts;
  importedAt: string;
  /** Approximate bytes its projects take in storage. */
  storedBytes: number;
}

/** A file that cannot be imported at all: nothing is stored, the user reads the reason. */
export type RefusalReason = 'empty' | 'notProjectList' | 'binary' | 'truncated' | 'tooLarge' | 'unreadable';
export class ImportRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly detail: string[] = [],
  ) {
    super(`${reason}${detail.length ? `: ${detail.join(', ')}` : ''}`);
  }
}
