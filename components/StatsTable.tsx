import type { Funnel } from '@/lib/stats';

/** "40 %" in the user's locale; null (nobody contacted yet) → undefined. */
export function percent(rate: number | null): string | undefined {
  return rate === null ? undefined : new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

const Rate = ({ rate }: { rate: number | null }) =>
  rate === null ? (
    <>
      <span aria-hidden="true">–</span>
      <span class="bd-sr">nobody contacted yet</span>
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
          <th scope="col">Partners</th>
          <th scope="col">Contacted</th>
          <th scope="col">Replied</th>
          <th scope="col">Reply rate</th>
          <th scope="col">Confirmed</th>
          <th scope="col">Confirmation rate</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, funnel }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{funnel.total.toLocaleString()}</td>
            <td>{funnel.contacted.toLocaleString()}</td>
            <td>{funnel.replied.toLocaleString()}</td>
            <td data-testid="reply-rate">
              <Rate rate={funnel.replyRate} />
            </td>
            <td>{funnel.confirmed.toLocaleString()}</td>
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
export function monthLabel(month: string, locale?: string): string {
  const date = new Date(`${month}-01T00:00:00`);
  return Number.isNaN(date.getTime()) ? month : date.toLocaleDateString(locale, { month: 'short', year: 'numeric' });
}

/** Per month, how many partners first reached each step then. */
export function MonthTable({ rows }: { rows: MonthRow[] }) {
  return (
    <table class="ii-table">
      <caption>Per month: partners who first reached each step</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Contacted</th>
          <th scope="col">Replied</th>
          <th scope="col">Confirmed</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.month}>
            <th scope="row">{monthLabel(row.month)}</th>
            <td>{row.contacted.toLocaleString()}</td>
            <td>{row.replied.toLocaleString()}</td>
            <td>{row.confirmed.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
