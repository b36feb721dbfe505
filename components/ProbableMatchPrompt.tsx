import { countryLabel } from '@/lib/format';

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
            Looks like <strong>{match.name}</strong>
            {match.country ? ` (${countryLabel(match.country)})` : ''}, saved from {match.origins.join(', ')}, stage {match.stageName}.
          </p>
          <button type="button" class="pp-primary" onClick={() => onMerge(match.orgId)}>
            Merge
          </button>
        </div>
      ))}
      <button type="button" class="pp-link" onClick={onKeepSeparate}>
        Keep separate
      </button>
    </div>
  );
}
