import type { Milestone } from '@/lib/domain/stats';
import type { Stage } from '@/lib/domain/model';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';
import { stageNameById } from '@/lib/domain/stages';

/** What "contacted", "replied" and "confirmed" count, in the user's stage names. */
export function StatsIntro({ labels, stages }: { labels: Record<Milestone, string>; stages: Stage[] }) {
  return (
    <p class="bd-hint ii-intro">
      {richText(
        [
          <strong>{i18n.t('stats.contacted')}</strong>,
          <strong>{i18n.t('stats.replied')}</strong>,
          <strong>{i18n.t('stats.confirmed')}</strong>,
        ],
        (a, b, c) =>
          i18n.t('stats.intro', [
            a,
            b,
            c,
            labels.contacted,
            labels.replied,
            labels.confirmed,
            stageNameById(stages, 'not-a-fit'),
          ]),
      )}
    </p>
  );
}
