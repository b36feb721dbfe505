import { i18n } from '@/lib/i18n';
import { RuleRow, type RuleView } from './RuleRow';

export interface RuleGroup {
  key: string;
  /** "EPALE · organisation page" */
  title: string;
  rules: RuleView[];
}

interface RuleListProps {
  groups: RuleGroup[];
  chosen: ReadonlySet<string>;
  busy: boolean;
  onChoose: (id: string, chosen: boolean) => void;
  onLabelChange: (id: string, label: string) => void;
  onDelete: (id: string) => void;
  onTest: (id: string) => void;
  onExport: () => void;
}

/** The rules grouped by platform and page type, and the export of the chosen ones. */
export function RuleList(props: RuleListProps) {
  const { groups, chosen, busy, onChoose, onLabelChange, onDelete, onTest, onExport } = props;
  if (groups.length === 0) return <p class="pp-hint">{i18n.t('rules.empty')}</p>;
  return (
    <div class="pp-rules">
      {groups.map((group) => (
        <section key={group.key} class="pp-rules__group" aria-label={group.title}>
          <h3>{group.title}</h3>
          <ul class="pp-rules__list">
            {group.rules.map((rule) => (
              <RuleRow
                key={rule.id}
                rule={rule}
                chosen={chosen.has(rule.id)}
                busy={busy}
                onChoose={onChoose}
                onLabelChange={onLabelChange}
                onDelete={onDelete}
                onTest={onTest}
              />
            ))}
          </ul>
        </section>
      ))}
      <div class="pp-option">
        <button
          type="button"
          class="pp-button pp-button--primary"
          disabled={busy || chosen.size === 0}
          onClick={onExport}
        >
          {i18n.t('rules.exportChosen', chosen.size, [String(chosen.size)])}
        </button>
        <p class="pp-hint">{i18n.t('rules.exportHint')}</p>
      </div>
    </div>
  );
}
