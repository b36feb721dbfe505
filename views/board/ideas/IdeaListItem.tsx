import type { MutableRef } from 'preact/hooks';
import { IdeaCard } from '@/components/ideas/IdeaCard';
import type { IdeaMemberView } from '@/components/ideas/IdeaMemberRow';
import { actionRule, CALENDAR } from '@/lib/domain/calls';
import { checkConsortium } from '@/lib/domain/consortium';
import type { ProjectIdea } from '@/lib/domain/model';
import { stageColour } from '@/lib/domain/stage-colours';
import { i18n } from '@/lib/i18n';
import { stageNameById } from '@/lib/domain/stages';
import { applicantOf } from './idea-input';
import type { IdeasData, IdeaWrite } from './useIdeasData';

/** The call round an idea is for, if any. */
export const roundOf = (idea: ProjectIdea) => CALENDAR.rounds.find((r) => r.id === idea.roundId);

interface IdeaListItemProps {
  idea: ProjectIdea;
  data: IdeasData;
  stageIds: string[];
  today: string;
  write: IdeaWrite;
  announce: (text: string) => void;
  /** Set to the card's partner search when a member is removed (the row with focus goes away). */
  focusAfter: MutableRef<string | undefined>;
  onEdit: () => void;
  onDelete: () => void;
}

/** One idea's card with its members' data, and adding, moving and removing members (each announced). */
export function IdeaListItem({
  idea,
  data,
  stageIds,
  today,
  write,
  announce,
  focusAfter,
  ...props
}: IdeaListItemProps) {
  const stages = data.stages;
  const firstStage = stages.find((s) => !s.archived)?.id ?? 'to-contact';
  const nameOf = (orgId: string) => data.organisations.get(orgId)?.name ?? i18n.t('ideas.theOrganisation');
  const stageName = (stageId: string) => stageNameById(stages, stageId);
  const members: IdeaMemberView[] = idea.members.flatMap((member) => {
    const org = data.organisations.get(member.orgId);
    return org
      ? [{ orgId: org.id, name: org.name, country: org.country, city: org.city, stageId: member.stageId }]
      : [];
  });
  return (
    <IdeaCard
      idea={idea}
      actionName={actionRule(idea.action)?.name}
      round={roundOf(idea)}
      today={today}
      members={members}
      candidates={data.partners.filter((p) => !idea.members.some((m) => m.orgId === p.id))}
      stages={stages}
      colourOf={(stageId) => stageColour(stageIds, stageId)}
      check={checkConsortium(idea, data.organisations, applicantOf(idea, data.settings.me))}
      onEdit={props.onEdit}
      onDelete={props.onDelete}
      onAddMember={(orgId) =>
        void write((run) => run('ideas.addMember', { ideaId: idea.id, orgId, stageId: firstStage })).then(
          (o) => o.ok && announce(i18n.t('ideas.added', [nameOf(orgId), idea.title])),
        )
      }
      onMemberStage={(orgId, stageId) =>
        void write((run) => run('ideas.setMemberStage', { ideaId: idea.id, orgId, stageId })).then(
          (o) => o.ok && announce(i18n.t('ideas.memberStage', [nameOf(orgId), stageName(stageId), idea.title])),
        )
      }
      onRemoveMember={(orgId) => {
        const name = nameOf(orgId);
        focusAfter.current = `idea-${idea.id}-add-search`;
        void write((run) => run('ideas.removeMember', { ideaId: idea.id, orgId })).then(
          (o) => o.ok && announce(i18n.t('ideas.removed', [name, idea.title])),
        );
      }}
    />
  );
}
