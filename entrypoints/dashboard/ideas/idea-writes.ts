/**
 * Writes of the project ideas, events and statistics tabs (and the partner panel's idea
 * section), loaded with `import('./idea-writes')` on first use: they bring zod, which the first
 * paint must not wait for.
 */
import { z } from 'zod';
import { countChange, type PipelineDatabase } from '@/lib/db';
import { PartnerEventSchema, type PartnerEvent } from '@/lib/model';
import { i18n } from '@/lib/i18n';
export { addMember, createEvent, createIdea, deleteEvent, deleteIdea, editIdea, removeMember, restoreIdea, setMemberStage } from '@/lib/ideas';
export { addPartnerByHand } from '@/lib/manual-partners';

// Extension pages forbid eval (MV3 CSP): zod must not try to compile validators.
z.config({ jitless: true });

/** Change an event in one transaction, validated; `change` gets the event as stored now. */
async function updateEvent(db: PipelineDatabase, eventId: string, change: (event: PartnerEvent) => PartnerEvent): Promise<PartnerEvent> {
  const tx = db.transaction(['events', 'meta'], 'readwrite');
  const event = await tx.objectStore('events').get(eventId);
  if (!event) throw new Error(i18n.t('errors.eventGoneElsewhere'));
  const updated = PartnerEventSchema.parse(change(event));
  await tx.objectStore('events').put(updated);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return updated;
}

/** Name, date and place; an empty place clears it. */
export function editEvent(db: PipelineDatabase, eventId: string, input: Pick<PartnerEvent, 'name' | 'date'> & { place?: string }): Promise<PartnerEvent> {
  return updateEvent(db, eventId, (event) => {
    const { place: _old, ...rest } = event;
    return { ...rest, name: input.name, date: input.date, ...(input.place ? { place: input.place } : {}) };
  });
}

export function addEventOrganisation(db: PipelineDatabase, eventId: string, orgId: string): Promise<PartnerEvent> {
  return updateEvent(db, eventId, (event) => ({ ...event, orgIds: [...new Set([...event.orgIds, orgId])] }));
}

export function removeEventOrganisation(db: PipelineDatabase, eventId: string, orgId: string): Promise<PartnerEvent> {
  return updateEvent(db, eventId, (event) => ({ ...event, orgIds: event.orgIds.filter((id) => id !== orgId) }));
}

/** Undo of deleteEvent: the event as it was (organisations deleted since are left out). */
export async function restoreEvent(db: PipelineDatabase, event: PartnerEvent): Promise<void> {
  const tx = db.transaction(['events', 'organisations', 'meta'], 'readwrite');
  const known: string[] = [];
  for (const id of event.orgIds) if (await tx.objectStore('organisations').getKey(id)) known.push(id);
  await tx.objectStore('events').put(PartnerEventSchema.parse({ ...event, orgIds: known }));
  await countChange(tx.objectStore('meta'));
  await tx.done;
}
