import { Component } from 'preact';
import type { PartnerSummary, Stage } from '@/lib/domain/model';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { countryLabel } from '@/lib/i18n/format';
import { stageColour } from '@/lib/domain/stage-colours';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/domain/stages';

interface PartnerListProps {
  partners: PartnerSummary[];
  stages: Stage[];
  onOpen: (id: string) => void;
  onStageChange: (id: string, stageId: string) => void;
}

/** Moves focus between rows with ↑/↓; Enter (on the focused name) opens the partner. */
function onListKey(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const rows = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.pp-row__open')];
  const index = rows.indexOf(document.activeElement as HTMLButtonElement);
  const next = rows[Math.min(rows.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

interface RowProps {
  partner: PartnerSummary;
  stages: Stage[];
  stageIds: string[];
  onOpen: (id: string) => void;
  onStageChange: (id: string, stageId: string) => void;
}

/**
 * One partner. Re-rendered only when its partner or the stages change: a search keystroke
 * then touches only the rows that appear or go, not the 200 that stay.
 */
class PartnerRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return next.partner !== this.props.partner || next.stages !== this.props.stages;
  }

  override render({ partner, stages, stageIds, onOpen, onStageChange }: RowProps) {
    return (
      <li class="pp-row">
        <button type="button" class="pp-row__open" onClick={() => onOpen(partner.id)}>
          <span class="pp-row__name">{partner.name}</span>
          <span class="pp-row__place">{[countryLabel(partner.country), partner.city].filter(Boolean).join(' · ')}</span>
          <span class="pp-row__origins">{partner.origins.map((origin) => PLATFORM_NAMES[origin]).join(', ')}</span>
        </button>
        <select
          class="pp-pill pp-pill--select"
          style={{ background: stageColour(stageIds, partner.stageId) }}
          value={partner.stageId}
          aria-label={i18n.t('popup.stageOf', [partner.name])}
          onChange={(event) => onStageChange(partner.id, event.currentTarget.value)}
        >
          {stages
            .filter((stage) => !stage.archived || stage.id === partner.stageId)
            .map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stageName(stage)}
              </option>
            ))}
        </select>
      </li>
    );
  }
}

export function PartnerList({ partners, stages, onOpen, onStageChange }: PartnerListProps) {
  const stageIds = stages.map((stage) => stage.id);
  return (
    <ul class="pp-list" aria-label={i18n.t('popup.listLabel')} onKeyDown={onListKey}>
      {partners.map((partner) => (
        <PartnerRow
          key={partner.id}
          partner={partner}
          stages={stages}
          stageIds={stageIds}
          onOpen={onOpen}
          onStageChange={onStageChange}
        />
      ))}
    </ul>
  );
}
