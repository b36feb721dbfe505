/** A record fixture as the mutation kinds see it: where it is, and what it must read as. */
import type { ExtractionResult } from '@/lib/domain/model';

export interface Subject {
  platform: string;
  name: string;
  url: string;
  expected: ExtractionResult;
}
