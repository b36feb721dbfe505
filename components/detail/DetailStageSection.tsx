import type { PipelineEntry, Stage } from '@/lib/domain/model';
import { formatDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';
import { TagInput } from '../board/TagInput';

interface DetailStageSectionProps {
  entry: PipelineEntry;
  stages: Stage[];
  tagSuggestions: string[];
  today: string;
  onStage: (stageId: string) => void;
  onFollowUp: (date: string | null) => void;
  onFollowUpDone: () => void;
  onSnooze: () => void;
  onTags: (tags: string[]) => void;
}

/** The partner's stage, next follow-up (done, snooze) and tags. */
export function DetailStageSection(props: DetailStageSectionProps) {
  const { entry, stages, tagSuggestions, today } = props;
  const overdue = !!entry.nextFollowUp && entry.nextFollowUp < today;
  return (
    <section class="bd-section bd-form--grid" aria-label={i18n.t('detail.stageAndFollowUp')}>
      <div class="bd-field">
        <label for="bd-detail-stage">{i18n.t('detail.stage')}</label>
        <select
          id="bd-detail-stage"
          value={entry.stageId}
          onChange={(event) => props.onStage(event.currentTarget.value)}
        >
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.archived ? i18n.t('common.archivedStage', [stageName(s)]) : stageName(s)}
            </option>
          ))}
        </select>
      </div>
      <div class="bd-field">
        <label for="bd-detail-follow-up">{i18n.t('detail.nextFollowUp')}</label>
        <input
          id="bd-detail-follow-up"
          type="date"
          value={entry.nextFollowUp ?? ''}
          aria-describedby="bd-follow-up-state"
          onChange={(event) => props.onFollowUp(event.currentTarget.value || null)}
        />
        <span id="bd-follow-up-state" class={overdue ? 'bd-hint bd-overdue' : 'bd-hint'}>
          {!entry.nextFollowUp
            ? i18n.t('detail.noFollowUp')
            : overdue
              ? i18n.t('detail.overdueSince', [formatDate(entry.nextFollowUp)])
              : entry.nextFollowUp === today
                ? i18n.t('detail.dueToday')
                : i18n.t('detail.plannedFor', [formatDate(entry.nextFollowUp)])}
        </span>
      </div>
      {entry.nextFollowUp && (
        <div class="bd-field--wide bd-inline">
          <button type="button" class="pp-button bd-primary" onClick={props.onFollowUpDone}>
            {i18n.t('detail.markDone')}
          </button>
          <button type="button" class="pp-button" onClick={props.onSnooze}>
            {i18n.t('detail.snooze')}
          </button>
        </div>
      )}
      <div class="bd-field--wide">
        <TagInput
          id="bd-detail-tags"
          label={i18n.t('detail.tags')}
          tags={entry.tags}
          suggestions={tagSuggestions}
          onChange={props.onTags}
        />
      </div>
    </section>
  );
}
