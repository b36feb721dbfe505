/**
 * The partner panel's "Project ideas" section, wired for the board's DetailPanel: the ideas an
 * organisation is in (with its stage in each) and its changes, as commands through the board's queue.
 */
import type { IdeaMembershipProps } from '@/components/ideas/IdeaMembership';
import type { ProjectIdea, Stage } from '@/lib/domain/model';
import type { Write } from '@/views/live/useWriteQueue';

export function membershipProps(
  ideas: ProjectIdea[],
  orgId: string,
  stages: Stage[],
  write: Write,
): IdeaMembershipProps {
  const firstStage = stages.find((stage) => !stage.archived)?.id ?? 'to-contact';
  const byTitle = [...ideas].sort((a, b) => a.title.localeCompare(b.title));
  return {
    memberships: byTitle.flatMap((idea) => {
      const member = idea.members.find((m) => m.orgId === orgId);
      return member ? [{ ideaId: idea.id, title: idea.title, stageId: member.stageId }] : [];
    }),
    otherIdeas: byTitle
      .filter((idea) => !idea.members.some((m) => m.orgId === orgId))
      .map(({ id, title }) => ({ id, title })),
    stages,
    onStage: (ideaId, stageId) => void write((run) => run('ideas.setMemberStage', { ideaId, orgId, stageId })),
    onAdd: (ideaId) => void write((run) => run('ideas.addMember', { ideaId, orgId, stageId: firstStage })),
    onRemove: (ideaId) => void write((run) => run('ideas.removeMember', { ideaId, orgId })),
  };
}
