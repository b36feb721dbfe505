/**
 * How a partner came to the user: introduced by another organisation, met at an event, found
 * through a past-project search, or saved from a platform (or added by hand). Pure. The board
 * filters by these kinds and statistics follow the chains of introductions.
 */
import type { Introduction, Organisation, PartnerEvent, SourceOrigin } from '../domain/model';

export type OriginKind = 'introduced' | 'event' | 'past-project' | SourceOrigin;
export interface Origin {
  kind: OriginKind;
  /** The introducer's id or the event's id, when there is one. */
  ref?: string;
}

export function originsOf(
  org: Pick<Organisation, 'id' | 'sources'>,
  events: Pick<PartnerEvent, 'id' | 'orgIds' | 'date'>[],
  introduction?: Introduction,
): Origin[] {
  const origins: Origin[] = [];
  if (introduction) origins.push({ kind: 'introduced', ref: introduction.introducedBy });
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date)))
    if (event.orgIds.includes(org.id)) origins.push({ kind: 'event', ref: event.id });
  // A Project Results Platform project page: found through its past projects.
  if (org.sources.some((source) => source.origin === 'prp' && source.pageType === 'project'))
    origins.push({ kind: 'past-project' });
  for (const origin of new Set(org.sources.map((source) => source.origin))) origins.push({ kind: origin });
  return origins;
}

/** The organisations that led to `orgId`, nearest first (A introduced B, who introduced C: C → [B, A]). */
export function introducersOf(orgId: string, introductions: Map<string, Introduction>): string[] {
  const chain: string[] = [];
  let current = introductions.get(orgId)?.introducedBy;
  while (current && !chain.includes(current) && current !== orgId) {
    chain.push(current);
    current = introductions.get(current)?.introducedBy;
  }
  return chain;
}
