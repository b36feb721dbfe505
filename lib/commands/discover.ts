/**
 * "Add to pipeline" from Discover: the organisation goes through the pipeline's own save path
 * (lib/store/repo.ts proposeSave, as if saved from the project's page on the Results Platform, the file
 * row as the source), so identity matching to saved partners is the same as everywhere; then its
 * other past projects are attached in one transaction. `savedMark` is the read Discover's marks use.
 */
import { z } from '../domain/zod';
import { countChange, type Database } from '../store/db';
import { syncSummaries } from '../store/summaries';
import { withIdentityKeys, identityKeys } from '../domain/dedupe';
import { foldText } from '../domain/identity';
import { i18n } from '../i18n';
import {
  OrganisationSchema,
  type ExtractionResult,
  type Organisation,
  type PastProject,
  type Stage,
} from '../domain/model';
import { proposeSave } from '../store/repo';
import { DEFAULT_STAGES, stageNameById } from '../domain/stages';
import { isGenericName } from '../discover/names';
import type { PastProjectDetails } from '../discover/protocol';
import type { Sighting } from '../discover/types';
import { defineCommand } from './define';
import { PARTNER_STORES, record } from './args';
export interface SavedMark {
  orgId: string;
  stageName: string;
}

/** The organisation as the pipeline reads it from a page: no invented fields. */
function extracted(sighting: Sighting) {
  const { name, country, city, region, type, website, role } = sighting;
  return Object.fromEntries(
    Object.entries({ name, country, city, region, type, website, role }).filter(([, value]) => value !== undefined),
  ) as ExtractionResult['organisations'][number];
}

function extractionOf(project: PastProjectDetails): ExtractionResult {
  return {
    platform: 'prp',
    pageType: 'project',
    organisations: project.organisations.slice(0, 200).map(extracted),
    opportunity: {
      kind: 'project',
      title: project.title,
      url: project.url!,
      identifier: project.identifier,
      ...(project.action ? { action: project.action } : {}),
      ...(project.callYear ? { callYear: project.callYear } : {}),
      ...(project.countries.length ? { countries: project.countries } : {}),
    },
    warnings: [],
  };
}

/** A saved organisation that is this one: same website domain, or same name + country (and town if generic). */
export async function findSaved(
  db: Database,
  who: Pick<Sighting, 'name' | 'country' | 'city' | 'website'>,
): Promise<Organisation | undefined> {
  const keys = identityKeys(who);
  const generic = isGenericName(who.name);
  const sameTown = (org: Organisation) =>
    !generic || (!!who.city && !!org.city && foldText(org.city) === foldText(who.city));
  const candidates = [
    ...(keys.domain && !generic ? await db.getAllFromIndex('organisations', 'by-domain', keys.domain) : []),
    ...(keys.nameKey ? await db.getAllFromIndex('organisations', 'by-name-key', keys.nameKey) : []),
  ];
  return candidates.find(sameTown);
}

export async function savedMark(
  db: Database,
  who: Pick<Sighting, 'name' | 'country' | 'city' | 'website'>,
  stages: Stage[],
): Promise<SavedMark | undefined> {
  const organisation = await findSaved(db, who);
  if (!organisation) return undefined;
  const entry = await db.get('pipeline', organisation.id);
  return { orgId: organisation.id, stageName: stageNameById(stages, entry?.stageId ?? DEFAULT_STAGES[0]!.id) };
}

/** Adds (or joins) the organisation and attaches its past projects; returns the partner's id. */
export async function addToPipeline(db: Database, projects: PastProjectDetails[]): Promise<string> {
  const [newest, ...older] = projects.filter((p) => p.url);
  if (!newest) throw new Error(i18n.t('discover.errors.nothingToAdd'));
  const self = newest.organisations[newest.position]!;
  const saved = await findSaved(db, self);
  const request = { extraction: extractionOf(newest), organisationIndex: newest.position, pageUrl: newest.url! };
  let outcome = await proposeSave(db, { ...request, resolution: saved ? { mergeInto: saved.id } : undefined });
  // The pipeline thinks it probably knows this one, but our stricter check (town for generic names) says no.
  if ('probable' in outcome) outcome = await proposeSave(db, { ...request, resolution: { keepSeparate: true } });
  if (!('saved' in outcome)) throw new Error(i18n.t('discover.errors.nothingToAdd'));
  await attachProjects(db, outcome.saved.orgId, older);
  return outcome.saved.orgId;
}

const pastProject = (project: PastProjectDetails): PastProject => ({
  identifier: project.identifier,
  title: project.title,
  role: project.role,
  ...(project.url ? { url: project.url } : {}),
  ...(project.action ? { action: project.action } : {}),
  ...(project.callYear ? { callYear: project.callYear } : {}),
  ...(project.countries.length ? { countries: project.countries.slice(0, 100) } : {}),
});

async function attachProjects(db: Database, orgId: string, projects: PastProjectDetails[]): Promise<void> {
  if (projects.length === 0) return;
  const tx = db.transaction(['organisations', 'pipeline', 'summaries', 'meta'], 'readwrite');
  const organisation = await tx.objectStore('organisations').get(orgId);
  const entry = await tx.objectStore('pipeline').get(orgId);
  if (!organisation || !entry) throw new Error(i18n.t('errors.organisationGone'));
  const byId = new Map((organisation.pastProjects ?? []).map((p) => [p.identifier, p]));
  for (const project of projects) byId.set(project.identifier, pastProject(project));
  const at = new Date().toISOString();
  const pastProjects = [...byId.values()].slice(-500);
  await tx
    .objectStore('organisations')
    .put(OrganisationSchema.parse(withIdentityKeys({ ...organisation, pastProjects, updatedAt: at })));
  const text = i18n.t('discover.history.attached', projects.length, [String(projects.length)]);
  const history = [...entry.history, { at, kind: 'edited' as const, text }];
  await tx.objectStore('pipeline').put({ ...entry, updatedAt: at, history });
  await syncSummaries(tx, [orgId]);
  await countChange(tx.objectStore('meta'));
  await tx.done;
}

export const discoverCommands = {
  'discover.addToPipeline': defineCommand({
    args: z.object({ projects: z.array(record<PastProjectDetails>('a past project')).max(10_000) }),
    stores: [...PARTNER_STORES, 'notSame'],
    manyTransactions: 'the save path (which may keep it separate after a probable match), then its projects',
    run: (db, { projects }) => addToPipeline(db, projects),
  }),
};
