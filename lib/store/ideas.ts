/**
 * Project ideas and in-person events: each change one transaction, validated before writing.
 * Callers tell other views (lib/protocol/changes.ts), as for every other write.
 */
import { countChange, type Database } from './db';
import { PartnerEventSchema, ProjectIdeaSchema, type PartnerEvent, type ProjectIdea } from '../domain/model';
import { i18n } from '../i18n';

const now = () => new Date().toISOString();

export type IdeaInput = Pick<ProjectIdea, 'title'> &
  Partial<Pick<ProjectIdea, 'action' | 'roundId' | 'deadline' | 'description' | 'remindDaysBefore' | 'applicant'>>;

export async function createIdea(db: Database, input: IdeaInput): Promise<ProjectIdea> {
  const at = now();
  const idea = ProjectIdeaSchema.parse({
    ...input,
    id: crypto.randomUUID(),
    members: [],
    createdAt: at,
    updatedAt: at,
  });
  const tx = db.transaction(['ideas', 'meta'], 'readwrite');
  await tx.objectStore('ideas').put(idea);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return idea;
}

async function updateIdea(db: Database, id: string, change: (idea: ProjectIdea) => ProjectIdea): Promise<ProjectIdea> {
  const tx = db.transaction(['ideas', 'meta'], 'readwrite');
  const idea = await tx.objectStore('ideas').get(id);
  if (!idea) throw new Error(i18n.t('errors.ideaGone'));
  const updated = ProjectIdeaSchema.parse({ ...change(idea), updatedAt: now() });
  await tx.objectStore('ideas').put(updated);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return updated;
}

/** Edit the idea's own fields; an empty value clears an optional one. */
export function editIdea(db: Database, id: string, input: Partial<IdeaInput>): Promise<ProjectIdea> {
  return updateIdea(db, id, (idea) => {
    const next: Record<string, unknown> = { ...idea, ...input };
    for (const [key, value] of Object.entries(input)) if (value === '' || value === undefined) delete next[key];
    return next as ProjectIdea;
  });
}

export function addMember(db: Database, ideaId: string, orgId: string, stageId = 'to-contact'): Promise<ProjectIdea> {
  return updateIdea(db, ideaId, (idea) =>
    idea.members.some((m) => m.orgId === orgId)
      ? idea
      : { ...idea, members: [...idea.members, { orgId, stageId, addedAt: now() }] },
  );
}

/** Each organisation has its own stage within each idea. */
export function setMemberStage(db: Database, ideaId: string, orgId: string, stageId: string): Promise<ProjectIdea> {
  return updateIdea(db, ideaId, (idea) => ({
    ...idea,
    members: idea.members.map((m) => (m.orgId === orgId ? { ...m, stageId } : m)),
  }));
}

export function removeMember(db: Database, ideaId: string, orgId: string): Promise<ProjectIdea> {
  return updateIdea(db, ideaId, (idea) => ({ ...idea, members: idea.members.filter((m) => m.orgId !== orgId) }));
}

/** Delete an idea; returns it so the deletion can be undone with restoreIdea. */
export async function deleteIdea(db: Database, id: string): Promise<ProjectIdea | undefined> {
  const tx = db.transaction('ideas', 'readwrite');
  const idea = await tx.store.get(id);
  await tx.store.delete(id);
  await tx.done;
  return idea;
}

export async function restoreIdea(db: Database, idea: ProjectIdea): Promise<void> {
  await db.put('ideas', ProjectIdeaSchema.parse(idea));
}

export { ideaDeadline } from '../domain/calls';

export async function createEvent(
  db: Database,
  input: Pick<PartnerEvent, 'name' | 'date'> & { place?: string },
): Promise<PartnerEvent> {
  const event = PartnerEventSchema.parse({ ...input, id: crypto.randomUUID(), orgIds: [], createdAt: now() });
  const tx = db.transaction(['events', 'meta'], 'readwrite');
  await tx.objectStore('events').put(event);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return event;
}

export async function setEventOrganisations(db: Database, eventId: string, orgIds: string[]): Promise<PartnerEvent> {
  const tx = db.transaction('events', 'readwrite');
  const event = await tx.store.get(eventId);
  if (!event) throw new Error(i18n.t('errors.eventGone'));
  const updated = PartnerEventSchema.parse({ ...event, orgIds: [...new Set(orgIds)] });
  await tx.store.put(updated);
  await tx.done;
  return updated;
}

export async function deleteEvent(db: Database, eventId: string): Promise<PartnerEvent | undefined> {
  const tx = db.transaction(['events', 'meta'], 'readwrite');
  const event = await tx.objectStore('events').get(eventId);
  await tx.objectStore('events').delete(eventId);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return event;
}
