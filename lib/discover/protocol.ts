/**
 * Messages between the Discover tab and its worker. Both ends are our own code, but the worker
 * still checks each request's shape before acting (a page bug must not corrupt the store).
 */
import type { RankOptions, Reason } from './rank';
import type { ImportedFile, RefusalReason, Role, Sighting, SkipCounts } from './types';

export type WorkerRequest =
  | { type: 'import'; files: File[] }
  | { type: 'cancel' }
  | { type: 'rank'; id: number; options: RankOptions }
  | { type: 'details'; id: number; index: number }
  | { type: 'files' }
  | { type: 'remove'; fileId: string };

export interface RankedRow {
  index: number;
  name: string;
  country?: string;
  city?: string;
  type?: string;
  website?: string;
  projects: number;
  asCoordinator: number;
  actions: Record<string, number>;
  lastCallYear?: number;
  score: number;
  reasons: Reason[];
}

export interface PastProjectDetails {
  identifier: string;
  title: string;
  url?: string;
  action?: string;
  callYear?: number;
  countries: string[];
  role: Role;
  /** The project's organisations in file order (coordinator first), and which one is ours. */
  organisations: Sighting[];
  position: number;
}

export interface FileOutcomeMessage {
  name: string;
  size: number;
  rows: number;
  projects: number;
  skipped: SkipCounts;
  refused?: { reason: RefusalReason; detail: string[] };
}

export type WorkerReply =
  | {
      type: 'progress';
      file: string;
      fileNumber: number;
      fileCount: number;
      rows: number;
      bytes: number;
      totalBytes: number;
      elapsedMs: number;
    }
  | { type: 'imported'; outcomes: FileOutcomeMessage[]; cancelled: boolean; elapsedMs: number }
  | { type: 'state'; files: ImportedFile[]; projects: number; organisations: number }
  | { type: 'ranked'; id: number; rows: RankedRow[]; tookMs: number }
  | { type: 'details'; id: number; projects: PastProjectDetails[] }
  | { type: 'failed'; id?: number; message: string };
