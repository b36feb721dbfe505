/**
 * The JSON shape of a ranked result, shared by the CLI (`npm run discover -- … --json`) and the board.
 */
import type { Catalogue } from './catalogue';
import type { Ranked } from './rank';
import { describeReasons } from './why';

export interface ResultRow {
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
  why: string[];
}

export function resultRow(ranked: Ranked, number: (n: number) => string): ResultRow {
  const { organisation } = ranked;
  return {
    name: organisation.name,
    ...(organisation.country ? { country: organisation.country } : {}),
    ...(organisation.city ? { city: organisation.city } : {}),
    ...(organisation.type ? { type: organisation.type } : {}),
    ...(organisation.website ? { website: organisation.website } : {}),
    projects: organisation.projects.length,
    asCoordinator: organisation.asCoordinator,
    actions: organisation.actions,
    ...(organisation.lastCallYear ? { lastCallYear: organisation.lastCallYear } : {}),
    score: ranked.score,
    why: describeReasons(ranked.reasons, number),
  };
}

/** Frequent co-partners and countries worked with: for the organisation's details. */
export function collaboration(catalogue: Catalogue, index: number, limit = 5) {
  const partners = new Map<number, number>();
  const countries = new Set<string>();
  for (const { project } of catalogue.organisations[index]!.projects) {
    for (const other of catalogue.groupOf[project]!) {
      if (other !== index) partners.set(other, (partners.get(other) ?? 0) + 1);
    }
    for (const country of catalogue.projects[project]!.countries) countries.add(country);
  }
  const top = [...partners.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return {
    partners: top.map(([other, count]) => ({ index: other, name: catalogue.organisations[other]!.name, count })),
    countries: [...countries].sort(),
  };
}
