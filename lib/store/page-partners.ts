/**
 * What a platform's page may ask about the organisations it shows, and change on them: which are
 * saved (and at what stage), corrections typed in the page panel, notes added there. Each only
 * for organisations saved from that very page.
 */
import { countChange, readStages, type Database } from './db';
import { syncSummaries } from './summaries';
import {
  ExtractedOrganisationSchema,
  OrganisationSchema,
  type ExtractedOrganisation,
  type PipelineEntry,
  type Stage,
} from '../domain/model';
import { canonicalUrl, platformIdsOf } from '../domain/identity';
import { withIdentityKeys } from '../domain/dedupe';
import { addNote } from './entries';
import { i18n } from '../i18n';
import { fieldList } from '../i18n/field-labels';
import { event, findExactMatch, now, pickDetails, type OrganisationStore, type SavedPartner } from './repo';
import { stageNameById } from '../domain/stages';

/** Saved organisations among those a page shows, for "already saved" marks (the note only if saved from it). */
export async function findSavedOnPage(
  db: Database,
  pageUrl: string,
  organisations: ExtractedOrganisation[],
): Promise<(SavedPartner | null)[]> {
  const tx = db.transaction(['organisations', 'pipeline', 'meta'], 'readonly');
  const store = tx.objectStore('organisations');
  const stages = await readStages(tx.objectStore('meta'));
  const canonical = canonicalUrl(pageUrl);
  const found: (SavedPartner | null)[] = [];
  for (const fields of organisations) {
    const hit = await findExactMatch(store as unknown as OrganisationStore<'readonly'>, fields, canonical);
    const entry = hit ? await tx.objectStore('pipeline').get(hit.id) : undefined;
    const fromThisPage = !!hit?.sourceUrls.includes(canonical);
    // Private notes stay with the pages a partner was saved from.
    const lastNote = fromThisPage ? entry?.notes.at(-1)?.text : undefined;
    found.push(
      hit && entry
        ? {
            orgId: hit.id,
            name: hit.name,
            stageId: entry.stageId,
            stageName: stageNameById(stages, entry.stageId),
            created: false,
            fromThisPage,
            ...(lastNote ? { lastNote } : {}),
          }
        : null,
    );
  }
  await tx.done;
  return found;
}

/**
 * The user fixed fields in the page panel: keep the correction with that page's source
 * (so what was read stays visible) and apply it to the organisation.
 */
export async function correctFromPage(
  db: Database,
  orgId: string,
  pageUrl: string,
  corrections: Partial<ExtractedOrganisation>,
): Promise<SavedPartner> {
  const checked = ExtractedOrganisationSchema.partial().parse(corrections);
  const canonical = canonicalUrl(pageUrl);
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'meta'], 'readwrite');
  const stages = await readStages(tx.objectStore('meta'));
  const organisation = await tx.objectStore('organisations').get(orgId);
  const entry = await tx.objectStore('pipeline').get(orgId);
  const sourceIndex = organisation?.sources.findIndex((s) => s.url && canonicalUrl(s.url) === canonical) ?? -1;
  if (!organisation || !entry || sourceIndex < 0) throw new Error(i18n.t('errors.notSavedFromPage'));
  const at = now();
  const sources = organisation.sources.map((s, i) =>
    i === sourceIndex ? { ...s, corrections: { ...s.corrections, ...checked } } : s,
  );
  const updated = OrganisationSchema.parse(
    withIdentityKeys({
      ...organisation,
      ...(checked.name ? { name: checked.name } : {}),
      ...pickDetails({ name: organisation.name, ...checked }),
      platformIds: [...new Set([...organisation.platformIds, ...platformIdsOf(checked)])],
      sources,
      updatedAt: at,
    }),
  );
  await tx.objectStore('organisations').put(updated);
  await tx.objectStore('pipeline').put({
    ...entry,
    updatedAt: at,
    history: [
      ...entry.history,
      event(at, 'edited', i18n.t('history.correctedOnPage', [fieldList(Object.keys(checked))])),
    ],
  });
  await syncSummaries(tx, [orgId]);
  await countChange(tx.objectStore('meta'));
  await tx.done;
  return {
    orgId,
    name: updated.name,
    stageId: entry.stageId,
    stageName: stageNameById(stages, entry.stageId),
    created: false,
  };
}

/** Whether the organisation was saved from this page (what a page may act on). */
export async function savedFromPage(db: Database, orgId: string, pageUrl: string | undefined): Promise<boolean> {
  const organisation = pageUrl ? await db.get('organisations', orgId) : undefined;
  return !!organisation && organisation.sourceUrls.includes(canonicalUrl(pageUrl!));
}

/** A note typed in the page panel: only for an organisation saved from that page. */
export async function addNoteFromPage(
  db: Database,
  orgId: string,
  pageUrl: string,
  text: string,
): Promise<PipelineEntry> {
  if (!(await savedFromPage(db, orgId, pageUrl))) throw new Error(i18n.t('errors.notSavedFromPage'));
  return addNote(db, orgId, text);
}
