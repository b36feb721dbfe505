/** What an import did: per file, rows read and projects, and every kind of skipped row with its count. */
import { i18n } from '@/lib/i18n';
import { refusalMessage, skipReasonText } from '@/lib/discover/refusals';
import { ImportRefused, type SkipReason } from '@/lib/discover/types';
import type { FileOutcomeMessage } from '@/lib/discover/protocol';

interface Props {
  outcomes: FileOutcomeMessage[];
  cancelled: boolean;
  organisations?: number;
  projects?: number;
  number: (value: number) => string;
}

export function ImportSummary({ outcomes, cancelled, organisations, projects, number }: Props) {
  return (
    <section class="dc-summary" role="status" aria-labelledby="dc-summary-title">
      <h3 id="dc-summary-title">{i18n.t('discover.summary.title')}</h3>
      {cancelled && <p class="dc-warning">{i18n.t('discover.summary.cancelled')}</p>}
      <ul>
        {outcomes.map((outcome) => (
          <li key={outcome.name} class={outcome.refused ? 'dc-refused' : undefined}>
            {outcome.refused ? (
              `${outcome.name}: ${refusalMessage(new ImportRefused(outcome.refused.reason, outcome.refused.detail))}`
            ) : (
              <>
                {i18n.t('discover.summary.file', [outcome.name, number(outcome.rows), number(outcome.projects)])}
                {Object.keys(outcome.skipped).length > 0 && (
                  <div class="bd-muted">
                    {i18n.t('discover.summary.skipped', [
                      Object.entries(outcome.skipped)
                        .map(([reason, count]) => `${number(count ?? 0)} ${skipReasonText(reason as SkipReason)}`)
                        .join('; '),
                    ])}
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {organisations !== undefined && projects !== undefined && (
        <p>{i18n.t('discover.summary.ready', [number(organisations), number(projects)])}</p>
      )}
    </section>
  );
}
