import type { Stage } from '@/lib/domain/model';
import { countryLabel } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';

export interface IdeaMemberView {
  orgId: string;
  name: string;
  country?: string;
  city?: string;
  stageId: string;
}

interface IdeaMemberRowProps {
  member: IdeaMemberView;
  stages: Stage[];
  colour: string;
  onStage: (stageId: string) => void;
  onRemove: () => void;
}

/** One organisation in an idea: who, where, its stage in this idea, remove. */
export function IdeaMemberRow({ member, stages, colour, onStage, onRemove }: IdeaMemberRowProps) {
  return (
    <li class="ii-member" style={{ borderLeftColor: colour }}>
      <span class="ii-member__who">
        <a href={`#org=${encodeURIComponent(member.orgId)}`}>{member.name}</a>
        <span class="bd-muted">
          {[countryLabel(member.country) || i18n.t('common.noCountry'), member.city].filter(Boolean).join(' · ')}
        </span>
      </span>
      <select
        aria-label={i18n.t('ideas.card.stageLabel', [member.name])}
        value={member.stageId}
        onChange={(e) => onStage(e.currentTarget.value)}
      >
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.archived ? i18n.t('common.archivedStage', [stageName(stage)]) : stageName(stage)}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="bd-link-button"
        aria-label={i18n.t('ideas.card.removeLabel', [member.name])}
        onClick={onRemove}
      >
        {i18n.t('common.remove')}
      </button>
    </li>
  );
}
