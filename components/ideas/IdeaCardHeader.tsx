import type { CallRound } from '@/lib/domain/calls';
import type { ProjectIdea } from '@/lib/domain/model';
import { formatDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

/** A deadline's countdown in words, and how close it is. */
export interface DeadlineStatus {
  text: string;
  tone: 'none' | 'passed' | 'today' | 'soon' | 'later';
}

interface IdeaCardHeaderProps {
  /** The card's id prefix. */
  id: string;
  idea: ProjectIdea;
  actionName?: string;
  round?: CallRound;
  status: DeadlineStatus;
  onEdit: () => void;
  onDelete: () => void;
}

/** An idea card's head: title, call, countdown, edit and delete. */
export function IdeaCardHeader({ id, idea, actionName, round, status, onEdit, onDelete }: IdeaCardHeaderProps) {
  return (
    <header class="ii-card__head">
      <div>
        <h2 id={`${id}-title`} tabIndex={-1}>
          {idea.title}
        </h2>
        <p class="bd-muted ii-card__call">
          {idea.action ? `${idea.action}${actionName ? ` · ${actionName}` : ''}` : i18n.t('ideas.card.noAction')}
          {round && <span> · {round.label}</span>}
        </p>
        <p class={`ii-deadline ii-deadline--${status.tone}`} data-testid="idea-deadline">
          {status.tone === 'passed' && <span aria-hidden="true">⚠ </span>}
          {status.text}
          {idea.deadline && (
            <span class="bd-muted">
              {' '}
              {round
                ? i18n.t('ideas.card.ownDeadlineAndRound', [formatDate(round.deadline)])
                : i18n.t('ideas.card.ownDeadline')}
            </span>
          )}
        </p>
      </div>
      <div class="bd-inline">
        <button
          type="button"
          class="pp-button"
          onClick={onEdit}
          aria-label={i18n.t('ideas.card.editLabel', [idea.title])}
        >
          {i18n.t('common.edit')}
        </button>
        <button
          type="button"
          class="pp-button bd-danger"
          onClick={onDelete}
          aria-label={i18n.t('ideas.card.deleteLabel', [idea.title])}
        >
          {i18n.t('common.delete')}
        </button>
      </div>
    </header>
  );
}
