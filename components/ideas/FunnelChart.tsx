import type { Funnel, Milestone } from '@/lib/domain/stats';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { textWidth } from './chart-text';

interface FunnelChartProps {
  /** What the numbers are about, e.g. "All partners": starts the spoken summary. */
  title: string;
  funnel: Funnel;
  /** The stage colours of the three steps (the same as on the board). */
  colours: Record<Milestone, string>;
  labels: Record<Milestone, string>;
}

const STEPS: Milestone[] = ['contacted', 'replied', 'confirmed'];
const ROW = 34;
/** The step names' column: at least this wide, wider for long names (13px bold, .ii-chart__label). */
const MIN_LABEL = 96;
const BAR = 214;
const VALUE = 110;

/** The summary a screen reader hears instead of the drawing (the table beside it has the same numbers). */
export function funnelSummary(title: string, funnel: Funnel): string {
  const replied = formatPercent(funnel.replyRate);
  const confirmed = formatPercent(funnel.confirmRate);
  const counts = [
    title,
    formatNumber(funnel.contacted),
    formatNumber(funnel.replied),
    formatNumber(funnel.confirmed),
  ] as const;
  return replied && confirmed
    ? i18n.t('stats.funnelSummaryRates', [...counts, replied, confirmed])
    : i18n.t('stats.funnelSummary', [...counts]);
}

/** Three bars, contacted → replied → confirmed, each with its number and rate written next to it. */
export function FunnelChart({ title, funnel, colours, labels }: FunnelChartProps) {
  const max = Math.max(funnel.contacted, funnel.replied, funnel.confirmed, 1);
  const height = STEPS.length * ROW + 8;
  const LABEL = Math.max(MIN_LABEL, ...STEPS.map((step) => textWidth(labels[step], 13, 'bold') + 16));
  const WIDTH = LABEL + BAR + VALUE;
  return (
    <svg
      class="ii-chart ii-chart--funnel"
      role="img"
      aria-label={funnelSummary(title, funnel)}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
    >
      {STEPS.map((step, index) => {
        const y = 4 + index * ROW;
        const width = Math.round((funnel[step] / max) * BAR);
        const rate =
          step === 'contacted' ? undefined : formatPercent(step === 'replied' ? funnel.replyRate : funnel.confirmRate);
        return (
          <g key={step}>
            <text x={LABEL - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="middle" class="ii-chart__label">
              {labels[step]}
            </text>
            <rect x={LABEL} y={y + 4} width={Math.max(width, 2)} height={ROW - 10} rx={3} fill={colours[step]} />
            <text x={LABEL + Math.max(width, 2) + 6} y={y + ROW / 2} dominant-baseline="middle" class="ii-chart__value">
              {formatNumber(funnel[step])}
              {rate ? ` · ${rate}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
