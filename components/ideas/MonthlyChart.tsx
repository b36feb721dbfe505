import type { Milestone } from '@/lib/domain/stats';
import { monthLabel, type MonthRow } from './StatsTable';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { textWidth } from './chart-text';

interface MonthlyChartProps {
  rows: MonthRow[];
  colours: Record<Milestone, string>;
  labels: Record<Milestone, string>;
  /** Only the most recent months are drawn (the table lists all). */
  months?: number;
}

const STEPS: Milestone[] = ['contacted', 'replied', 'confirmed'];
/** Room per month: at least this, more for long month names (11px, .ii-chart__small). */
const MIN_GROUP = 66;
const BAR = 16;
const TOP = 18;
const PLOT = 120;
const AXIS = 22;

export function monthlySummary(rows: MonthRow[], labels: Record<Milestone, string>): string {
  if (rows.length === 0) return i18n.t('stats.noSteps');
  const steps = (row: MonthRow) =>
    STEPS.map((step) => i18n.t('stats.monthStep', [formatNumber(row[step]), labels[step].toLocaleLowerCase()])).join(
      ', ',
    );
  return i18n.t('stats.perMonth', [
    rows.map((row) => i18n.t('stats.monthPart', [monthLabel(row.month), steps(row)])).join('; '),
  ]);
}

/** Grouped bars per month (contacted, replied, confirmed), each with its number above it, and a legend in words. */
export function MonthlyChart({ rows, colours, labels, months = 12 }: MonthlyChartProps) {
  const shown = rows.slice(-months);
  const max = Math.max(1, ...shown.flatMap((row) => STEPS.map((step) => row[step])));
  const GROUP = Math.max(MIN_GROUP, ...shown.map((row) => textWidth(monthLabel(row.month), 11) + 8));
  // The first month's name is centred under its bars: start far enough right for it to fit.
  const start = Math.max(8, Math.ceil((GROUP - 8 - (3 * BAR + 4)) / 2));
  const width = Math.max(160, start + shown.length * GROUP);
  const height = TOP + PLOT + AXIS;
  return (
    <figure class="ii-figure">
      <svg
        class="ii-chart"
        role="img"
        aria-label={monthlySummary(shown, labels)}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        <line x1={0} x2={width} y1={TOP + PLOT} y2={TOP + PLOT} class="ii-chart__axis" />
        {shown.map((row, index) => {
          const x = start + index * GROUP;
          return (
            <g key={row.month}>
              {STEPS.map((step, i) => {
                const h = Math.round((row[step] / max) * PLOT);
                const bx = x + i * (BAR + 2);
                return (
                  <g key={step}>
                    <rect x={bx} y={TOP + PLOT - h} width={BAR} height={h} fill={colours[step]} />
                    <text x={bx + BAR / 2} y={TOP + PLOT - h - 4} text-anchor="middle" class="ii-chart__small">
                      {formatNumber(row[step])}
                    </text>
                  </g>
                );
              })}
              <text x={x + (3 * BAR + 4) / 2} y={TOP + PLOT + 15} text-anchor="middle" class="ii-chart__small">
                {monthLabel(row.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="ii-legend">
        {STEPS.map((step) => (
          <span key={step}>
            <span class="ii-legend__swatch" style={{ background: colours[step] }} aria-hidden="true" />
            {labels[step]}
          </span>
        ))}
        {rows.length > shown.length && (
          <span class="bd-muted">{i18n.t('stats.lastMonths', [formatNumber(months)])}</span>
        )}
      </figcaption>
    </figure>
  );
}
