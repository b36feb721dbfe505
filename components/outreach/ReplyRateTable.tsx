import { formatNumber, formatPercent } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

export interface ReplyRateRow {
  key: string;
  label: string;
  sent: number;
  replied: number;
  rate: number;
}

/** Messages sent and answered, with the reply rate, one row per template, language, idea, platform or event. */
export function ReplyRateTable({
  caption,
  rowHeader,
  rows,
}: {
  caption: string;
  rowHeader: string;
  rows: ReplyRateRow[];
}) {
  if (rows.length === 0) return null;
  return (
    <table class="ii-table" data-testid="reply-rates">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">{i18n.t('outreach.stats.sent')}</th>
          <th scope="col">{i18n.t('outreach.stats.answered')}</th>
          <th scope="col">{i18n.t('stats.replyRate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{formatNumber(row.sent)}</td>
            <td>{formatNumber(row.replied)}</td>
            <td>{formatPercent(row.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
