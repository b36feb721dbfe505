/** Commands on project ideas (and their members) and on events where partners were met. */
import { z } from '../domain/zod';
import { countChange, type Database } from '../store/db';
import { i18n } from '../i18n';
import {
  addMember,
  createEvent,
  createIdea,
  deleteEvent,
  deleteIdea,
  editIdea,
  removeMember,
  restoreIdea,
  setMemberStage,
} from '../store/ideas';
import type { IdeaInput } from '../store/ideas';
import { PartnerEventSchema, type PartnerEvent, type ProjectIdea } from '../domain/model';
import { defineCommand } from './define';
import { Id, LocalDate, record, StageId } from './args';

const IDEA_STORES = ['ideas', 'meta'] as const;
const EVENT_STORES = ['events', 'meta'] as const;
const EventInput = z.object({ name: z.string().max(1000), date: LocalDate, place: z.string().max(1000).optional() });

/** Change an event in one transaction, validated; `change` gets the event as stored now. */
async function updateEvent(
  db: Database,
  eventId: string,
  change: (event: PartnerEvent) => PartnerEvent,
): Promise<PartnerEvent> {
  const tx = db.transaction(['events', 'meta'], 'readwrite');
  const event = await tx.objectStore('events').get(eventId);
  if (!event) throw new Error(i18n.t('errors.eventGoneElsewhere'));
  const updated = PartnerEventSchema.parse(change(event));
  await tx.objectStore('events').put(updated);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return updated;
}

/** Undo of a deleted event: the event as it was (organisations deleted since are left out). */
async function restoreEvent(db: Database, event: PartnerEvent): Promise<void> {
  const read = db.transaction('organisations', 'readonly');
  const known: string[] = [];
  for (const id of event.orgIds) if (await read.store.getKey(id)) known.push(id);
  await read.done;
  const tx = db.transaction(['events', 'meta'], 'readwrite');
  await tx.objectStore('events').put(PartnerEventSchema.parse({ ...event, orgIds: known }));
  await countChange(tx.objectStore('meta'));
  await tx.done;
}

export const ideaCommands = {
  'ideas.create': defineCommand({
    args: z.object({ input: record<IdeaInput>('the idea') }),
    stores: IDEA_STORES,
    run: (db, { input }) => createIdea(db, input),
  }),
  'ideas.edit': defineCommand({
    args: z.object({ ideaId: Id, input: record<Partial<IdeaInput>>('the idea') }),
    stores: IDEA_STORES,
    run: (db, { ideaId, input }) => editIdea(db, ideaId, input),
  }),
  'ideas.delete': defineCommand({
    args: z.object({ ideaId: Id }),
    stores: ['ideas'],
    run: (db, { ideaId }) => deleteIdea(db, ideaId),
  }),
  'ideas.restore': defineCommand({
    args: z.object({ idea: record<ProjectIdea>('the idea') }),
    stores: ['ideas'],
    run: (db, { idea }) => restoreIdea(db, idea),
  }),
  'ideas.addMember': defineCommand({
    args: z.object({ ideaId: Id, orgId: Id, stageId: StageId.optional() }),
    stores: IDEA_STORES,
    run: (db, { ideaId, orgId, stageId }) => addMember(db, ideaId, orgId, stageId),
  }),
  'ideas.setMemberStage': defineCommand({
    args: z.object({ ideaId: Id, orgId: Id, stageId: StageId }),
    stores: IDEA_STORES,
    run: (db, { ideaId, orgId, stageId }) => setMemberStage(db, ideaId, orgId, stageId),
  }),
  'ideas.removeMember': defineCommand({
    args: z.object({ ideaId: Id, orgId: Id }),
    stores: IDEA_STORES,
    run: (db, { ideaId, orgId }) => removeMember(db, ideaId, orgId),
  }),
  'events.create': defineCommand({
    args: z.object({ input: EventInput }),
    stores: EVENT_STORES,
    run: (db, { input }) => createEvent(db, input),
  }),
  /** Name, date and place; an empty place clears it. */
  'events.edit': defineCommand({
    args: z.object({ eventId: Id, input: EventInput }),
    stores: EVENT_STORES,
    run: (db, { eventId, input }) =>
      updateEvent(db, eventId, ({ place: _old, ...rest }) => ({
        ...rest,
        name: input.name,
        date: input.date,
        ...(input.place ? { place: input.place } : {}),
      })),
  }),
  'events.delete': defineCommand({
    args: z.object({ eventId: Id }),
    stores: EVENT_STORES,
    run: (db, { eventId }) => deleteEvent(db, eventId),
  }),
  'events.restore': defineCommand({
    args: z.object({ event: record<PartnerEvent>('the event') }),
    stores: EVENT_STORES,
    run: (db, { event }) => restoreEvent(db, event),
  }),
  'events.addOrganisation': defineCommand({
    args: z.object({ eventId: Id, orgId: Id }),
    stores: EVENT_STORES,
    run: (db, { eventId, orgId }) =>
      updateEvent(db, eventId, (event) => ({ ...event, orgIds: [...new Set([...event.orgIds, orgId])] })),
  }),
  'events.removeOrganisation': defineCommand({
    args: z.object({ eventId: Id, orgId: Id }),
    stores: EVENT_STORES,
    run: (db, { eventId, orgId }) =>
      updateEvent(db, eventId, (event) => ({ ...event, orgIds: event.orgIds.filter((id) => id !== orgId) })),
  }),
};
