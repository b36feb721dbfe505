import type { CallRound } from '@/lib/calls';
import { daysUntil } from '@/lib/calls';
import type { ConsortiumCheck as Check } from '@/lib/consortium';
import type { PartnerSummary, ProjectIdea, Stage } from '@/lib/model';
import { countryLabel, formatDate } from '@/lib/format';
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
  if (!deadline) return { text: 'No deadline yet: choose a call round or set your own.', tone: 'none' };
  const days = daysUntil(deadline, today);
  if (days < 0) return { text: `Deadline passed on ${formatDate(deadline)}`, tone: 'passed' };
  if (days === 0) return { text: `Deadline today (${formatDate(deadline)})`, tone: 'today' };
  const when = days === 1 ? 'tomorrow' : `in ${days} days`;
  return { text: `Deadline ${when} · ${formatDate(deadline)}`, tone: days <= remindDaysBefore ? 'soon' : 'later' };
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
            {idea.action ? `${idea.action}${props.actionName ? ` · ${props.actionName}` : ''}` : 'No Erasmus+ action chosen'}
            {round && <span> · {round.label}</span>}
          </p>
          <p class={`ii-deadline ii-deadline--${status.tone}`} data-testid="idea-deadline">
            {status.tone === 'passed' && <span aria-hidden="true">⚠ </span>}
            {status.text}
            {idea.deadline && <span class="bd-muted"> (your own deadline{round ? `; the round’s is ${formatDate(round.deadline)}` : ''})</span>}
          </p>
        </div>
        <div class="bd-inline">
          <button type="button" class="pp-button" onClick={props.onEdit} aria-label={`Edit ${idea.title}`}>Edit</button>
          <button type="button" class="pp-button bd-danger" onClick={props.onDelete} aria-label={`Delete ${idea.title}`}>Delete</button>
        </div>
      </header>
      {idea.description && <p class="ii-card__description">{idea.description}</p>}
      <div class="ii-card__body">
        <section aria-labelledby={`${id}-members`}>
          <h3 id={`${id}-members`}>Organisations in this idea ({members.length})</h3>
          {members.length === 0 ? (
            <p class="bd-muted">None yet. Add the partners you are talking to about this idea below; each gets its own stage here.</p>
          ) : (
            <ul class="ii-members">
              {members.map((member) => (
                <li key={member.orgId} class="ii-member" style={{ borderLeftColor: props.colourOf(member.stageId) }}>
                  <span class="ii-member__who">
                    <a href={`#org=${encodeURIComponent(member.orgId)}`}>{member.name}</a>
                    <span class="bd-muted">{[countryLabel(member.country) || 'no country', member.city].filter(Boolean).join(' · ')}</span>
                  </span>
                  <select aria-label={`Stage of ${member.name} in this idea`} value={member.stageId} onChange={(e) => props.onMemberStage(member.orgId, e.currentTarget.value)}>
                    {stages.map((stage) => (
                      <option key={stage.id} value={stage.id}>{stage.name}{stage.archived ? ' (archived)' : ''}</option>
                    ))}
                  </select>
                  <button type="button" class="bd-link-button" aria-label={`Remove ${member.name} from this idea`} onClick={() => props.onRemoveMember(member.orgId)}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <PartnerPicker id={`${id}-add`} label="Add a saved partner" partners={props.candidates} onPick={props.onAddMember} />
        </section>
        <ConsortiumCheck id={`${id}-check`} check={props.check} action={idea.action} />
      </div>
    </article>
  );
}
