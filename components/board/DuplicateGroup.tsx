import { countryLabel } from '@/lib/i18n/format';
import { SafeLink } from '../detail/DetailSources';
import { i18n } from '@/lib/i18n';

/** One saved organisation as the duplicates review shows it. */
export interface DuplicateOrganisationView {
  id: string;
  name: string;
  country?: string;
  city?: string;
  website?: string;
  /** Where it was saved from, in words ("OTLAS", "Project Results Platform"). */
  platforms: string[];
  stageName?: string;
}

export interface DuplicateGroupView {
  /** Stable while the group is the same (reason and organisations). */
  key: string;
  /** Why they look alike, in words ("Same name and country", "Same website"). */
  reason: string;
  organisations: DuplicateOrganisationView[];
}

interface DuplicateGroupProps {
  group: DuplicateGroupView;
  /** Used for element ids; unique in the dialog. */
  index: number;
  busy: boolean;
  onMerge: (survivorId: string) => void;
  onNotSame: () => void;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** Organisations that probably are one, side by side, with "Merge into …" for each and "Not the same organisation". */
export function DuplicateGroup({ group, index, busy, onMerge, onNotSame }: DuplicateGroupProps) {
  const id = `bd-dup-${index}`;
  return (
    <section class="bd-dup" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="bd-dup__reason">
        {group.reason}
      </h3>
      <ul class="bd-dup__orgs">
        {group.organisations.map((org, n) => {
          const place = [countryLabel(org.country), org.city].filter(Boolean).join(' · ');
          const twin = group.organisations.some((other) => other !== org && sameName(other.name, org.name));
          return (
            <li key={org.id} class="bd-dup__org">
              <strong class="bd-dup__name">{org.name}</strong>
              <dl id={`${id}-org-${n}`} class="bd-dup__facts">
                <dt>{i18n.t('board.duplicates.countryAndCity')}</dt>
                <dd>{place || i18n.t('common.notKnown')}</dd>
                <dt>{i18n.t('fields.website')}</dt>
                <dd>{org.website ? <SafeLink url={org.website} /> : i18n.t('common.notKnown')}</dd>
                <dt>{i18n.t('board.duplicates.savedFrom')}</dt>
                <dd>{org.platforms.length ? org.platforms.join(', ') : i18n.t('common.notKnown')}</dd>
                <dt>{i18n.t('board.duplicates.stage')}</dt>
                <dd>{org.stageName ?? i18n.t('common.notKnown')}</dd>
              </dl>
              <button
                type="button"
                class="pp-button bd-primary"
                disabled={busy}
                aria-describedby={`${id}-org-${n}`}
                onClick={() => onMerge(org.id)}
              >
                {i18n.t('board.duplicates.mergeInto', [org.name])}
                {twin && (
                  <span class="bd-sr">
                    {' '}
                    {i18n.t('board.duplicates.mergeIntoDetail', [
                      org.platforms.join(', ') || i18n.t('board.duplicates.unknownPlace'),
                      org.stageName ?? i18n.t('board.duplicates.unknownStage'),
                    ])}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" class="pp-button" disabled={busy} onClick={onNotSame}>
        {i18n.t('board.duplicates.notSame')}
      </button>
    </section>
  );
}
