/**
 * Ranking reads an organisation's totals (actions, coordinated per action, newest year) instead of
 * every project when no filter leaves projects out: the totals must say what the projects say.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCatalogue } from '@/lib/discover/catalogue';
import { tally, tallyAll } from '@/lib/discover/rank';
import type { Project } from '@/lib/discover/types';

const ACTIONS = ['KA220-ADU', 'KA220-SCH', 'KA210-YOU', 'KA122-SCH', 'KA2', undefined];
const NAMES = ['Volkshochschule Leipzig', 'Szkoła Podstawowa 3 Kraków', 'Lycée Victor Hugo Paris', 'Youth Club Riga'];
const project = fc.record({
  action: fc.constantFrom(...ACTIONS),
  callYear: fc.option(fc.integer({ min: 2014, max: 2026 }), { nil: undefined }),
  organisations: fc.array(
    fc.record({ name: fc.constantFrom(...NAMES), role: fc.constantFrom('coordinator' as const, 'partner' as const) }),
    { minLength: 1, maxLength: 4 },
  ),
});

describe('Discover ranking totals', () => {
  it('equal a count over the projects, for any projects and action', () => {
    fc.assert(
      fc.property(fc.array(project, { maxLength: 40 }), fc.constantFrom(...ACTIONS), (drafts, action) => {
        const projects: Project[] = drafts.map((draft, i) => ({
          identifier: `2023-1-DE02-${i}`,
          title: `P ${i}`,
          topics: [],
          countries: [],
          files: ['f'],
          ...draft,
          organisations: draft.organisations.map((o) => ({ ...o, country: 'DE', city: 'Leipzig' })),
        }));
        const catalogue = buildCatalogue(projects);
        for (const organisation of catalogue.organisations) {
          expect(tallyAll(organisation, action)).toEqual(tally(catalogue, organisation.projects, action));
        }
      }),
      { numRuns: 200 },
    );
  });
});
