/**
 * The partner panel's "Project ideas" section, wired for the board's DetailPanel: the ideas an
 * organisation is in (with its stage in each) and the writes, which load `./idea-writes` on use.
 */
import type { IdeaMembershipProps } from '@/components/IdeaMembership';
import type { PipelineDatabase } from '@/lib/db';
import type { ProjectIdea, Stage } from '@/lib/model';
import type { Write } from '../useWriteQueue';
import type { IdeaWrites } from './useIdeasData';

export function membershipProps(ideas: ProjectIdea[], orgId: string, stages: Stage[], write: Write): IdeaMembershipProps {
  const run = (work: (w: IdeaWrites, db: PipelineDatabase) => Promise<unknown>) => void write(async (_board, db) => work(await import('./idea-writes'), db));
  const firstStage = stages.find((stage) => !stage.archived)?.id ?? 'to-contact';
  const byTitle = [...ideas].sort((a, b) => a.title.localeCompare(b.title));
  return {
    memberships: byTitle.flatMap((idea) => {
      const member = idea.members.find((m) => m.orgId === orgId);
      return member ? [{ ideaId: idea.id, title: idea.title, stageId: member.stageId }] : [];
    }),
    otherIdeas: byTitle.filter((idea) => !idea.members.some((m) => m.orgId === orgId)).map(({ id, title }) => ({ id, title })),
    stages,
    onStage: (ideaId, stageId) => run((w, db) => w.setMemberStage(db, ideaId, orgId, stageId)),
    onAdd: (ideaId) => run((w, db) => w.addMember(db, ideaId, orgId, firstStage)),
    onRemove: (ideaId) => run((w, db) => w.removeMember(db, ideaId, orgId)),
  };
}
