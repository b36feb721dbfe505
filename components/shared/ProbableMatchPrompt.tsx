import { countryLabel } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';

export interface ProbableMatchView {
  orgId: string;
  name: string;
  country?: string;
  origins: string[];
  stageName: string;
}

interface ProbableMatchPromptProps {
  matches: ProbableMatchView[];
  onMerge: (orgId: string) => void;
  onKeepSeparate: () => void;
}

/** Asked before a probable duplicate is created: join the saved one, or keep two. */
export function ProbableMatchPrompt({ matches, onMerge, onKeepSeparate }: ProbableMatchPromptProps) {
  return (
    <div class="pp-probable" role="alert">
      {matches.map((match) => (
        <div key={match.orgId} class="pp-probable__row">
          <p>
            {richText([<strong>{match.name}</strong>], (name) =>
              match.country
                ? i18n.t('page.probable.looksLikeInCountry', [
                    name,
                    countryLabel(match.country),
                    match.origins.join(', '),
                    match.stageName,
                  ])
                : i18n.t('page.probable.looksLike', [name, match.origins.join(', '), match.stageName]),
            )}
          </p>
          <button type="button" class="pp-primary" onClick={() => onMerge(match.orgId)}>
            {i18n.t('page.probable.merge')}
          </button>
        </div>
      ))}
      <button type="button" class="pp-link" onClick={onKeepSeparate}>
        {i18n.t('page.probable.keepSeparate')}
      </button>
    </div>
  );
}
