import type { CallRound } from '@/lib/domain/calls';
import { daysUntil } from '@/lib/domain/calls';
import type { ConsortiumCheck as Check } from '@/lib/domain/consortium';
import type { PartnerSummary, ProjectIdea, Stage } from '@/lib/domain/model';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { ConsortiumCheck } from './ConsortiumCheck';
import { IdeaCardHeader, type DeadlineStatus } from './IdeaCardHeader';
import { IdeaMemberRow, type IdeaMemberView } from './IdeaMemberRow';
import { PartnerPicker } from '../board/PartnerPicker';

/** The countdown in words: passed deadlines are flagged, never hidden. */
export function deadlineStatus(deadline: string | undefined, today: string, remindDaysBefore: number): DeadlineStatus {
  if (!deadline) return { text: i18n.t('ideas.deadline.none'), tone: 'none' };
  const days = daysUntil(deadline, today);
  const date = formatDate(deadline);
  if (days < 0) return { text: i18n.t('ideas.deadline.passed', [date]), tone: 'passed' };
  if (days === 0) return { text: i18n.t('ideas.deadline.today', [date]), tone: 'today' };
  const text =
    days === 1
      ? i18n.t('ideas.deadline.tomorrow', [date])
      : i18n.t('ideas.deadline.inDays', days, [formatNumber(days), date]);
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
      <IdeaCardHeader
        id={id}
        idea={idea}
        actionName={props.actionName}
        round={round}
        status={status}
        onEdit={props.onEdit}
        onDelete={props.onDelete}
      />
      {idea.description && <p class="ii-card__description">{idea.description}</p>}
      <div class="ii-card__body">
        <section aria-labelledby={`${id}-members`}>
          <h3 id={`${id}-members`}>{i18n.t('ideas.card.members', [formatNumber(members.length)])}</h3>
          {members.length === 0 ? (
            <p class="bd-muted">{i18n.t('ideas.card.noMembers')}</p>
          ) : (
            <ul class="ii-members">
              {members.map((member) => (
                <IdeaMemberRow
                  key={member.orgId}
                  member={member}
                  stages={stages}
                  colour={props.colourOf(member.stageId)}
                  onStage={(stageId) => props.onMemberStage(member.orgId, stageId)}
                  onRemove={() => props.onRemoveMember(member.orgId)}
                />
              ))}
            </ul>
          )}
          <PartnerPicker
            id={`${id}-add`}
            label={i18n.t('ideas.card.addPartner')}
            partners={props.candidates}
            onPick={props.onAddMember}
          />
        </section>
        <ConsortiumCheck id={`${id}-check`} check={props.check} action={idea.action} />
      </div>
    </article>
  );
}
