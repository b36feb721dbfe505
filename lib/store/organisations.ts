/**
 * Edits to saved organisations: details, contact persons, and deletion that can be undone.
 */
import { countChange, type Database } from './db';
import { syncSummaries } from './summaries';
import {
  ContactSchema,
  OrganisationSchema,
  type Contact,
  type Organisation,
  type PipelineEntry,
} from '../domain/model';
import { withIdentityKeys } from '../domain/dedupe';
import { i18n } from '../i18n';
import { fieldList } from '../i18n/field-labels';
import { DETAIL_FIELDS, type DetailField } from '../domain/organisation-fields';

const EDITABLE = DETAIL_FIELDS;
export type EditableField = DetailField;

const now = () => new Date().toISOString();

async function updateOrganisation(
  db: Database,
  orgId: string,
  change: (organisation: Organisation) => Organisation,
  historyText: string,
): Promise<Organisation> {
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'meta'], 'readwrite');
  const current = await tx.objectStore('organisations').get(orgId);
  const entry = await tx.objectStore('pipeline').get(orgId);
  if (!current || !entry) throw new Error(i18n.t('errors.organisationGone'));
  const at = now();
  const updated = OrganisationSchema.parse(withIdentityKeys({ ...change(current), updatedAt: at }));
  await tx.objectStore('organisations').put(updated);
  await tx
    .objectStore('pipeline')
    .put({ ...entry, updatedAt: at, history: [...entry.history, { at, kind: 'edited', text: historyText }] });
  await syncSummaries(tx, [orgId]);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return updated;
}

/** Set or clear (empty string) detail fields typed by the user. The name cannot be cleared. */
export function editDetails(
  db: Database,
  orgId: string,
  fields: Partial<Record<EditableField, string>>,
): Promise<Organisation> {
  const changed = EDITABLE.filter((key) => key in fields);
  return updateOrganisation(
    db,
    orgId,
    (organisation) => {
      const next: Record<string, unknown> = { ...organisation };
      for (const key of changed) {
        const value = fields[key]?.trim();
        if (value) next[key] = value;
        else if (key !== 'name') delete next[key];
      }
      return next as Organisation;
    },
    i18n.t('history.edited', [fieldList(changed)]),
  );
}

export function addContact(db: Database, orgId: string, contact: Omit<Contact, 'id'>): Promise<Organisation> {
  const valid = ContactSchema.parse({ ...contact, id: crypto.randomUUID() });
  return updateOrganisation(
    db,
    orgId,
    (o) => ({ ...o, contacts: [...o.contacts, valid] }),
    i18n.t('history.contactAdded', [valid.name]),
  );
}

/** Contact persons are personal data: deleting one removes it for good. */
export function removeContact(db: Database, orgId: string, contactId: string): Promise<Organisation> {
  return updateOrganisation(
    db,
    orgId,
    (o) => ({ ...o, contacts: o.contacts.filter((c) => c.id !== contactId) }),
    i18n.t('history.contactRemoved'),
  );
}

export interface DeletedPartners {
  organisations: Organisation[];
  entries: PipelineEntry[];
}

/** Delete organisations with their pipeline entries; returns what is needed to undo. */
export async function deletePartners(db: Database, orgIds: string[]): Promise<DeletedPartners> {
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'meta'], 'readwrite');
  const deleted: DeletedPartners = { organisations: [], entries: [] };
  for (const id of orgIds) {
    const organisation = await tx.objectStore('organisations').get(id);
    const entry = await tx.objectStore('pipeline').get(id);
    if (organisation) deleted.organisations.push(organisation);
    if (entry) deleted.entries.push(entry);
    await tx.objectStore('organisations').delete(id);
    await tx.objectStore('pipeline').delete(id);
  }
  await syncSummaries(tx, orgIds);
  await countChange(tx.objectStore('meta'), orgIds.length);
  await tx.done;
  return deleted;
}

export async function restorePartners(db: Database, deleted: DeletedPartners): Promise<void> {
  const tx = db.transaction(['organisations', 'pipeline', 'summaries'], 'readwrite');
  for (const organisation of deleted.organisations) await tx.objectStore('organisations').put(organisation);
  for (const entry of deleted.entries) await tx.objectStore('pipeline').put(entry);
  await syncSummaries(
    tx,
    deleted.organisations.map((organisation) => organisation.id),
  );
  await tx.done;
}
