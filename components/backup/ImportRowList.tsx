import type { OrganisationRow } from '@/lib/backup/import';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

const SHOWN = 50;

/** One group of an import's organisations (cannot import, yours kept) with why, the first 50 shown. */
export function ImportRowList({
  title,
  rows,
  detail,
}: {
  title: string;
  rows: OrganisationRow[];
  detail: (row: OrganisationRow) => string[];
}) {
  if (rows.length === 0) return null;
  return (
    <details class="pp-details" open={rows.length <= 10}>
      <summary>
        {title} ({formatNumber(rows.length)})
      </summary>
      <ul>
        {rows.slice(0, SHOWN).map((row) => (
          <li key={row.fileId}>
            <strong>{row.name}</strong>: {detail(row).join('; ')}
          </li>
        ))}
        {rows.length > SHOWN && <li>{i18n.t('import.preview.andMore', [formatNumber(rows.length - SHOWN)])}</li>}
      </ul>
    </details>
  );
}
