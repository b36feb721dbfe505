import type { Funnel } from '@/lib/domain/stats';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

/** "40 %" in the user's locale; null (nobody contacted yet) → undefined. */
export const percent = (rate: number | null): string | undefined => formatPercent(rate);

const Rate = ({ rate }: { rate: number | null }) =>
  rate === null ? (
    <>
      <span aria-hidden="true">–</span>
      <span class="bd-sr">{i18n.t('stats.nobodyContacted')}</span>
    </>
  ) : (
    <>{percent(rate)}</>
  );

export interface FunnelRow {
  key: string;
  label: string;
  funnel: Funnel;
}

interface FunnelTableProps {
  caption: string;
  /** Header of the first column, e.g. "Platform". */
  rowHeader: string;
  rows: FunnelRow[];
  /** Shown instead of an empty table. */
  empty: string;
}

/** Contacted → replied → confirmed with the rates, one row per platform, idea or event. */
export function FunnelTable({ caption, rowHeader, rows, empty }: FunnelTableProps) {
  if (rows.length === 0) return <p class="bd-muted">{empty}</p>;
  return (
    <table class="ii-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">{i18n.t('stats.partners')}</th>
          <th scope="col">{i18n.t('stats.columnContacted')}</th>
          <th scope="col">{i18n.t('stats.columnReplied')}</th>
          <th scope="col">{i18n.t('stats.replyRate')}</th>
          <th scope="col">{i18n.t('stats.columnConfirmed')}</th>
          <th scope="col">{i18n.t('stats.confirmRate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, funnel }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{formatNumber(funnel.total)}</td>
            <td>{formatNumber(funnel.contacted)}</td>
            <td>{formatNumber(funnel.replied)}</td>
            <td data-testid="reply-rate">
              <Rate rate={funnel.replyRate} />
            </td>
            <td>{formatNumber(funnel.confirmed)}</td>
            <td>
              <Rate rate={funnel.confirmRate} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface MonthRow {
  month: string;
  contacted: number;
  replied: number;
  confirmed: number;
}

/** "2026-03" → "Mar 2026" in the user's language. */
export function monthLabel(month: string, locale = navigator.language): string {
  const date = new Date(`${month}-01T00:00:00`);
  return Number.isNaN(date.getTime()) ? month : date.toLocaleDateString(locale, { month: 'short', year: 'numeric' });
}

/** Per month, how many partners first reached each step then. */
export function MonthTable({ rows }: { rows: MonthRow[] }) {
  return (
    <table class="ii-table">
      <caption>{i18n.t('stats.monthCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('stats.month')}</th>
          <th scope="col">{i18n.t('stats.columnContacted')}</th>
          <th scope="col">{i18n.t('stats.columnReplied')}</th>
          <th scope="col">{i18n.t('stats.columnConfirmed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.month}>
            <th scope="row">{monthLabel(row.month)}</th>
            <td>{formatNumber(row.contacted)}</td>
            <td>{formatNumber(row.replied)}</td>
            <td>{formatNumber(row.confirmed)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
