/** Ranked organisations with the reasons in words, "already saved · stage" marks and Add to pipeline. */
import { SafeLink } from '@/components/detail/DetailSources';
import { i18n } from '@/lib/i18n';

export interface ResultView {
  index: number;
  name: string;
  place: string;
  type?: string;
  website?: string;
  projects: number;
  asCoordinator: number;
  lastCallYear?: number;
  why: string[];
  savedStage?: string;
}

interface Props {
  rows: ResultView[];
  selected: Set<number>;
  busy: boolean;
  number: (value: number) => string;
  onToggle: (index: number) => void;
  onAdd: (indexes: number[]) => void;
}

export function DiscoverResults({ rows, selected, busy, number, onToggle, onAdd }: Props) {
  const chosen = rows.filter((row) => selected.has(row.index) && !row.savedStage).map((row) => row.index);
  return (
    <section class="dc-results" aria-labelledby="dc-results-title">
      <div class="dc-results-head">
        <h3 id="dc-results-title">{i18n.t('discover.results.count', rows.length, [number(rows.length)])}</h3>
        <button
          type="button"
          class="pp-button bd-primary"
          disabled={busy || chosen.length === 0}
          onClick={() => onAdd(chosen)}
        >
          {i18n.t('discover.results.addSelected', chosen.length, [number(chosen.length)])}
        </button>
      </div>
      <table class="dc-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="bd-sr">{i18n.t('discover.results.selectColumn')}</span>
            </th>
            <th scope="col">{i18n.t('discover.results.name')}</th>
            <th scope="col">{i18n.t('discover.results.place')}</th>
            <th scope="col">{i18n.t('discover.results.projects')}</th>
            <th scope="col">{i18n.t('discover.results.asCoordinator')}</th>
            <th scope="col">{i18n.t('discover.results.last')}</th>
            <th scope="col">{i18n.t('discover.results.why')}</th>
            <th scope="col">
              <span class="bd-sr">{i18n.t('discover.results.add')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.index} class="dc-row">
              <td>
                <input
                  type="checkbox"
                  checked={selected.has(row.index)}
                  disabled={!!row.savedStage}
                  aria-label={i18n.t('discover.results.select', [row.place ? `${row.name} (${row.place})` : row.name])}
                  onChange={() => onToggle(row.index)}
                />
              </td>
              <th scope="row">
                {row.website ? <SafeLink url={row.website}>{row.name}</SafeLink> : row.name}
                {row.type && <div class="bd-muted">{row.type}</div>}
              </th>
              <td>{row.place}</td>
              <td>{number(row.projects)}</td>
              <td>{number(row.asCoordinator)}</td>
              <td>{row.lastCallYear ?? ''}</td>
              <td class="dc-why">{row.why.join(' · ')}</td>
              <td>
                {row.savedStage ? (
                  <span class="dc-saved">{i18n.t('discover.results.saved', [row.savedStage])}</span>
                ) : (
                  <button
                    type="button"
                    class="pp-button pp-button--small"
                    disabled={busy}
                    onClick={() => onAdd([row.index])}
                  >
                    {i18n.t('discover.results.add')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
