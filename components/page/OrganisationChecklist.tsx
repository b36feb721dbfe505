import type { ExtractedOrganisation } from '@/lib/domain/model';
import { countryLabel } from '@/lib/i18n/format';
import { ProbableMatchPrompt, type ProbableMatchView } from '../shared/ProbableMatchPrompt';
import { i18n } from '@/lib/i18n';

export interface ChecklistRow {
  organisation: ExtractedOrganisation;
  /** Stage name once saved. */
  savedStage?: string;
  busy?: boolean;
  /** Saved organisations this one probably is: the user decides. */
  probable?: ProbableMatchView[];
}

interface OrganisationChecklistProps {
  rows: ChecklistRow[];
  onSave: (index: number) => void;
  onResolve: (index: number, resolution: { mergeInto: string } | { keepSeparate: true }) => void;
}

const ROLE_NAMES = {
  coordinator: () => i18n.t('page.multi.role.coordinator'),
  partner: () => i18n.t('page.multi.role.partner'),
  applicant: () => i18n.t('page.multi.role.applicant'),
} as const;

/** Every organisation a page lists (a project's coordinator and partners, search results), each savable. */
export function OrganisationChecklist({ rows, onSave, onResolve }: OrganisationChecklistProps) {
  return (
    <ul class="pp-orgs">
      {rows.map(({ organisation, savedStage, busy, probable }, index) => (
        <li key={`${index}-${organisation.name}`} class="pp-orgs__row">
          {probable && !savedStage && (
            <ProbableMatchPrompt
              matches={probable}
              onMerge={(orgId) => onResolve(index, { mergeInto: orgId })}
              onKeepSeparate={() => onResolve(index, { keepSeparate: true })}
            />
          )}
          <div class="pp-orgs__text">
            <span class="pp-orgs__name">{organisation.name}</span>
            <span class="pp-orgs__meta">
              {[
                organisation.role && ROLE_NAMES[organisation.role](),
                countryLabel(organisation.country),
                organisation.city,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </div>
          {savedStage ? (
            <span class="pp-orgs__saved">{i18n.t('page.savedStage', [savedStage])}</span>
          ) : (
            <button
              type="button"
              class="pp-primary"
              disabled={busy}
              aria-label={i18n.t('page.multi.saveOne', [organisation.name])}
              onClick={() => onSave(index)}
            >
              {busy ? i18n.t('page.saving') : i18n.t('page.multi.save')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
