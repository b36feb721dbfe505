import { useState } from 'preact/hooks';
import type { Stage } from '@/lib/domain/model';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';
import { stageName } from '@/lib/domain/stages';

export interface IdeaMembershipProps {
  /** The ideas this organisation is in, with its stage in each. */
  memberships: { ideaId: string; title: string; stageId: string }[];
  /** Ideas it could be added to. */
  otherIdeas: { id: string; title: string }[];
  stages: Stage[];
  onStage: (ideaId: string, stageId: string) => void;
  onAdd: (ideaId: string) => void;
  onRemove: (ideaId: string) => void;
}

/** In the partner panel: which project ideas this organisation is in, its stage in each, add it to another. */
export function IdeaMembership({ memberships, otherIdeas, stages, onStage, onAdd, onRemove }: IdeaMembershipProps) {
  const [picked, setPicked] = useState('');
  const chosen = otherIdeas.some((idea) => idea.id === picked) ? picked : '';
  return (
    <section class="bd-section" aria-labelledby="bd-ideas-title">
      <h3 id="bd-ideas-title">{i18n.t('detail.ideas.title')}</h3>
      {memberships.length === 0 ? (
        <p class="bd-muted">{i18n.t('detail.ideas.none')}</p>
      ) : (
        <ul class="ii-membership">
          {memberships.map((m) => (
            <li key={m.ideaId}>
              <a href="#ideas" class="ii-membership__title">
                {m.title}
              </a>
              <select
                aria-label={i18n.t('detail.ideas.stageIn', [m.title])}
                value={m.stageId}
                onChange={(e) => onStage(m.ideaId, e.currentTarget.value)}
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
                aria-label={i18n.t('detail.ideas.removeFrom', [m.title])}
                onClick={() => onRemove(m.ideaId)}
              >
                {i18n.t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {otherIdeas.length > 0 ? (
        <div class="bd-inline ii-membership__add">
          <label for="bd-idea-add">{i18n.t('detail.ideas.addTo')}</label>
          <select id="bd-idea-add" value={chosen} onChange={(e) => setPicked(e.currentTarget.value)}>
            <option value="">{i18n.t('detail.ideas.choose')}</option>
            {otherIdeas.map((idea) => (
              <option key={idea.id} value={idea.id}>
                {idea.title}
              </option>
            ))}
          </select>
          <button type="button" class="pp-button" disabled={!chosen} onClick={() => (onAdd(chosen), setPicked(''))}>
            {i18n.t('common.add')}
          </button>
        </div>
      ) : (
        memberships.length === 0 && (
          <p class="bd-hint">
            {richText([<a href="#ideas">{i18n.t('detail.ideas.createLink')}</a>], (link) =>
              i18n.t('detail.ideas.noIdeas', [link]),
            )}
          </p>
        )
      )}
    </section>
  );
}
