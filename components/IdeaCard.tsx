import type { CallRound } from '@/lib/calls';
import { daysUntil } from '@/lib/calls';
import type { ConsortiumCheck as Check } from '@/lib/consortium';
import type { PartnerSummary, ProjectIdea, Stage } from '@/lib/model';
import { countryLabel, formatDate, formatNumber } from '@/lib/format';
import { i18n } from '@/lib/i18n';
import { stageName } from '@/lib/stages';
import { ConsortiumCheck } from './ConsortiumCheck';
import { PartnerPicker } from './PartnerPicker';

export interface IdeaMemberView {
  orgId: string;
  name: string;
  country?: string;
  city?: string;
  stageId: string;
}

/** The countdown in words: passed deadlines are flagged, never hidden. */
export function deadlineStatus(deadline: string | undefined, today: string, remindDaysBefore: number): { text: string; tone: 'none' | 'passed' | 'today' | 'soon' | 'later' } {
  if (!deadline) return { text: i18n.t('ideas.deadline.none'), tone: 'none' };
  const days = daysUntil(deadline, today);
  const date = formatDate(deadline);
  if (days < 0) return { text: i18n.t('ideas.deadline.passed', [date]), tone: 'passed' };
  if (days === 0) return { text: i18n.t('ideas.deadline.today', [date]), tone: 'today' };
  const text = days === 1 ? i18n.t('ideas.deadline.tomorrow', [date]) : i18n.t('ideas.deadline.inDays', days, [formatNumber(days), date]);
  return { text, tone: days <= remindDaysBefore ? 'soon' : 'later' };
}

interface IdeaCardProps {
  idea: ProjectIdea;
  actionName?: string;
  round?: CallRound;
  today: string;
  members: IdeaMemberView[];
  /** Saved partners not in the idea yet. */
  candidates: PartnerSummary[];
  stages: Stage[];
  colourOf: (stageId: string) => string;
  check: Check;
  onEdit: () => void;
  onDelete: () => void;
  onAddMember: (orgId: string) => void;
  onMemberStage: (orgId: string, stageId: string) => void;
  onRemoveMember: (orgId: string) => void;
}

/** One project idea: its call and countdown, its organisations (each with its own stage), and the consortium check. */
export function IdeaCard(props: IdeaCardProps) {
  const { idea, round, today, members, stages } = props;
  const deadline = idea.deadline ?? round?.deadline;
  const status = deadlineStatus(deadline, today, idea.remindDaysBefore);
  const id = `idea-${idea.id}`;
  return (
    <article class="ii-card" aria-labelledby={`${id}-title`} data-idea-id={idea.id}>
      <header class="ii-card__head">
        <div>
          <h2 id={`${id}-title`} tabIndex={-1}>{idea.title}</h2>
          <p class="bd-muted ii-card__call">
            {idea.action ? `${idea.action}${props.actionName ? ` · ${props.actionName}` : ''}` : i18n.t('ideas.card.noAction')}
            {round && <span> · {round.label}</span>}
          </p>
          <p class={`ii-deadline ii-deadline--${status.tone}`} data-testid="idea-deadline">
            {status.tone === 'passed' && <span aria-hidden="true">⚠ </span>}
            {status.text}
            {idea.deadline && (
              <span class="bd-muted"> {round ? i18n.t('ideas.card.ownDeadlineAndRound', [formatDate(round.deadline)]) : i18n.t('ideas.card.ownDeadline')}</span>
            )}
          </p>
        </div>
        <div class="bd-inline">
          <button type="button" class="pp-button" onClick={props.onEdit} aria-label={i18n.t('ideas.card.editLabel', [idea.title])}>{i18n.t('common.edit')}</button>
          <button type="button" class="pp-button bd-danger" onClick={props.onDelete} aria-label={i18n.t('ideas.card.deleteLabel', [idea.title])}>{i18n.t('common.delete')}</button>
        </div>
      </header>
      {idea.description && <p class="ii-card__description">{idea.description}</p>}
      <div class="ii-card__body">
        <section aria-labelledby={`${id}-members`}>
          <h3 id={`${id}-members`}>{i18n.t('ideas.card.members', [formatNumber(members.length)])}</h3>
          {members.length === 0 ? (
            <p class="bd-muted">{i18n.t('ideas.card.noMembers')}</p>
          ) : (
            <ul class="ii-members">
              {members.map((member) => (
                <li key={member.orgId} class="ii-member" style={{ borderLeftColor: props.colourOf(member.stageId) }}>
                  <span class="ii-member__who">
                    <a href={`#org=${encodeURIComponent(member.orgId)}`}>{member.name}</a>
                    <span class="bd-muted">{[countryLabel(member.country) || i18n.t('common.noCountry'), member.city].filter(Boolean).join(' · ')}</span>
                  </span>
                  <select aria-label={i18n.t('ideas.card.stageLabel', [member.name])} value={member.stageId} onChange={(e) => props.onMemberStage(member.orgId, e.currentTarget.value)}>
                    {stages.map((stage) => (
                      <option key={stage.id} value={stage.id}>{stage.archived ? i18n.t('common.archivedStage', [stageName(stage)]) : stageName(stage)}</option>
                    ))}
                  </select>
                  <button type="button" class="bd-link-button" aria-label={i18n.t('ideas.card.removeLabel', [member.name])} onClick={() => props.onRemoveMember(member.orgId)}>
                    {i18n.t('common.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <PartnerPicker id={`${id}-add`} label={i18n.t('ideas.card.addPartner')} partners={props.candidates} onPick={props.onAddMember} />
        </section>
        <ConsortiumCheck id={`${id}-check`} check={props.check} action={idea.action} />
      </div>
    </article>
  );
}
