/** The CLI's readable output (without --json): files, then the ranked organisations. */
import type { DiscoverOutput } from './run';
import { skipReasonText } from './refusals';
import type { SkipReason } from './types';

export function textTable(output: DiscoverOutput): string {
  const lines: string[] = [];
  for (const file of output.files) {
    if (file.refused) {
      lines.push(`${file.name}: ${file.refused}`);
      continue;
    }
    const skipped = Object.entries(file.skipped).map(([reason, n]) => `${n} ${skipReasonText(reason as SkipReason)}`);
    const skips = skipped.length ? `; skipped: ${skipped.join('; ')}` : '';
    lines.push(`${file.name}: ${file.rows} rows, ${file.projects} projects${skips}`);
  }
  lines.push(`${output.organisations} organisations`, '');
  output.results.forEach((row, i) => {
    const place = [row.country, row.city].filter(Boolean).join(' · ');
    lines.push(`${String(i + 1).padStart(3)}. ${row.name}${place ? ` (${place})` : ''}  score ${row.score.toFixed(3)}`);
    lines.push(`     ${row.why.join(' · ')}`);
  });
  return lines.join('\n');
}
