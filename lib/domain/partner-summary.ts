/**
 * A partner's summary: what lists show and search reads, derived from its organisation and
 * pipeline entry (stored in the `summaries` store, kept in step by lib/store/summaries.ts). Pure.
 */
import type { Organisation, PartnerSummary, PipelineEntry } from './model';
import { DEFAULT_STAGES } from './stages';
import { foldText } from './identity';

export function summarise(org: Organisation, entry: PipelineEntry | undefined): PartnerSummary {
  const searchable = [
    org.name,
    org.city,
    org.region,
    org.country,
    org.type,
    ...(entry?.tags ?? []),
    ...(entry?.notes.map((n) => n.text) ?? []),
    ...org.contacts.map((c) => c.name),
  ];
  return {
    id: org.id,
    name: org.name,
    ...(org.country ? { country: org.country } : {}),
    ...(org.city ? { city: org.city } : {}),
    stageId: entry?.stageId ?? DEFAULT_STAGES[0]!.id,
    origins: [...new Set(org.sources.map((s) => s.origin))],
    tags: entry?.tags ?? [],
    ...(entry?.nextFollowUp ? { nextFollowUp: entry.nextFollowUp } : {}),
    ...(entry?.notes.length ? { lastNote: entry.notes.at(-1)!.text } : {}),
    updatedAt: entry && entry.updatedAt > org.updatedAt ? entry.updatedAt : org.updatedAt,
    searchText: foldText(searchable.filter(Boolean).join(' \n ')),
  };
}
