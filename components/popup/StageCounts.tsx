import type { Stage } from '@/lib/domain/model';
import { stageColour } from '@/lib/domain/stage-colours';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';

interface StageCountsProps {
  stages: Stage[];
  counts: Record<string, number>;
  active?: string;
  onToggle: (stageId: string) => void;
}

/** The pipeline at a glance: one pill per stage with its count; a click filters by it. */
export function StageCounts({ stages, counts, active, onToggle }: StageCountsProps) {
  const ids = stages.map((stage) => stage.id);
  return (
    <ul class="pp-counts" aria-label={i18n.t('popup.perStage')}>
      {stages
        .filter((stage) => !stage.archived)
        .map((stage) => (
          <li key={stage.id}>
            <button
              type="button"
              class="pp-count"
              style={{ borderColor: stageColour(ids, stage.id) }}
              aria-pressed={active === stage.id}
              onClick={() => onToggle(stage.id)}
            >
              <span class="pp-count__n">{formatNumber(counts[stage.id] ?? 0)}</span> {stageName(stage)}
            </button>
          </li>
        ))}
    </ul>
  );
}
