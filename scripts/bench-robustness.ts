/**
 * The readers' robustness figures for `npm run bench` (issue 11): the share of mutated record pages
 * (tests/mutation) that read as their answer, per platform, and how many variants were tried.
 * Offline and deterministic; the unit test tests/unit/extractors.mutations.test.ts holds the floor.
 */
import { passPct, runSuite } from '../tests/mutation/suite';

export interface RobustnessLine {
  key: string;
  value: number | null;
  unit: '%' | 'n';
  budget?: number;
  note?: string;
}

/** Goal per platform (issue 11). */
const GOAL_PCT = 98;

export async function robustnessBench(): Promise<RobustnessLine[]> {
  const report = await runSuite();
  const lines: RobustnessLine[] = Object.entries(report.byPlatform).map(([platform, stats]) => ({
    key: `robustnessPct.${platform}`,
    value: passPct(stats),
    unit: '%',
    budget: GOAL_PCT,
    note: `${stats.passed} of ${stats.variants} variants read as their answer; ${stats.wrong} gained a wrong value`,
  }));
  lines.push({
    key: 'robustnessVariants',
    value: report.variants,
    unit: 'n',
    note: `${report.passed} passed, ${report.wrong} with a wrong value`,
  });
  lines.push({ key: 'robustnessWrongValueVariants', value: report.wrong, unit: 'n', budget: 0 });
  return lines;
}
