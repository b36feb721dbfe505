import { countryLabel } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';
import type { ProbableMatchView } from './ProbableMatchPrompt';

interface ManualMatchesProps {
  probable: ProbableMatchView[];
  /** "Use <name>": the organisation is already saved, take that one. */
  onUse: (match: ProbableMatchView) => void;
  /** They are other organisations: add the new one anyway. */
  onAddNew: () => void;
}

/** The saved organisations the typed one may be, offered before anything new is created. */
export function ManualMatches({ probable, onUse, onAddNew }: ManualMatchesProps) {
  return (
    <div class="bd-field--wide ii-probable" role="alert">
      <p>{i18n.t('events.manual.mayBeSaved')}</p>
      <ul>
        {probable.map((m) => (
          <li key={m.orgId}>
            <span>
              {richText([<strong>{m.name}</strong>], (name) =>
                m.country
                  ? i18n.t('events.manual.matchInCountry', [
                      name,
                      countryLabel(m.country),
                      m.origins.join(', '),
                      m.stageName,
                    ])
                  : i18n.t('events.manual.match', [name, m.origins.join(', '), m.stageName]),
              )}
            </span>{' '}
            <button type="button" class="pp-button bd-primary" onClick={() => onUse(m)}>
              {i18n.t('events.manual.use', [m.name])}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="pp-button" onClick={onAddNew}>
        {i18n.t('events.manual.addNew')}
      </button>
    </div>
  );
}
