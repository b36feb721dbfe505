/**
 * Outreach statistics from the contact log: reply rates per template, language, idea, platform and
 * event (a message counts once it was sent; any outcome but "no reply" is a reply), and the
 * chains — how the confirmed partners came ("2 of your 3 confirmed partners came through X"). Pure.
 */
import type {
  ContactLogEntry,
  Introduction,
  Organisation,
  PartnerEvent,
  PipelineEntry,
  ProjectIdea,
} from '../domain/model';
import { introducersOf, originsOf, type OriginKind } from './origin';

export interface ReplyRate {
  key: string;
  sent: number;
  replied: number;
  /** replied ÷ sent, 0–1. */
  rate: number;
}

export type ReplyDimension = 'template' | 'language' | 'idea' | 'platform' | 'event';

const replied = (entry: ContactLogEntry) => !!entry.outcome && entry.outcome.kind !== 'no-reply';

function rates(entries: ContactLogEntry[], keysOf: (entry: ContactLogEntry) => string[]): ReplyRate[] {
  const rows = new Map<string, { sent: number; replied: number }>();
  for (const entry of entries) {
    if (!entry.sent) continue;
    for (const key of new Set(keysOf(entry))) {
      const row = rows.get(key) ?? { sent: 0, replied: 0 };
      row.sent += 1;
      if (replied(entry)) row.replied += 1;
      rows.set(key, row);
    }
  }
  return [...rows]
    .map(([key, row]) => ({ key, ...row, rate: row.replied / row.sent }))
    .sort((a, b) => b.sent - a.sent || a.key.localeCompare(b.key));
}

export function replyRates(
  log: ContactLogEntry[],
  organisations: Map<string, Organisation>,
  events: PartnerEvent[],
): Record<ReplyDimension, ReplyRate[]> {
  const platformsOf = (orgId: string) => [...new Set(organisations.get(orgId)?.sources.map((s) => s.origin) ?? [])];
  const eventsOf = (orgId: string) => events.filter((event) => event.orgIds.includes(orgId)).map((event) => event.id);
  return {
    template: rates(log, (e) => (e.templateId ? [e.templateId] : [])),
    language: rates(log, (e) => (e.language ? [e.language] : [])),
    idea: rates(log, (e) => (e.ideaId ? [e.ideaId] : [])),
    platform: rates(log, (e) => platformsOf(e.orgId)),
    event: rates(log, (e) => eventsOf(e.orgId)),
  };
}

export interface Chain {
  /** An introducing organisation's id, an event's id, or a platform. */
  kind: 'introduced' | 'event' | OriginKind;
  ref: string;
  /** Confirmed partners that came through it. */
  count: number;
}

/** Confirmed: on the board or in any idea. */
export function confirmedPartners(
  entries: PipelineEntry[],
  ideas: ProjectIdea[],
  confirmed = 'confirmed',
): Set<string> {
  return new Set([
    ...entries.filter((entry) => entry.stageId === confirmed).map((entry) => entry.orgId),
    ...ideas.flatMap((idea) => idea.members.filter((m) => m.stageId === confirmed).map((m) => m.orgId)),
  ]);
}

/** What the confirmed partners came through: introducers (the whole chain), events, platforms. Most first. */
export function chains(
  confirmed: Set<string>,
  organisations: Map<string, Organisation>,
  events: PartnerEvent[],
  introductions: Introduction[],
): { total: number; chains: Chain[] } {
  const byOrg = new Map(introductions.map((intro) => [intro.orgId, intro]));
  const counts = new Map<string, Chain>();
  const add = (kind: Chain['kind'], ref: string) => {
    const key = `${kind}:${ref}`;
    counts.set(key, { kind, ref, count: (counts.get(key)?.count ?? 0) + 1 });
  };
  let total = 0;
  for (const orgId of confirmed) {
    const org = organisations.get(orgId);
    if (!org) continue;
    total += 1;
    for (const introducer of introducersOf(orgId, byOrg)) add('introduced', introducer);
    for (const origin of originsOf(org, events))
      if (origin.kind !== 'introduced') add(origin.kind, origin.ref ?? origin.kind);
  }
  return { total, chains: [...counts.values()].sort((a, b) => b.count - a.count || a.ref.localeCompare(b.ref)) };
}
