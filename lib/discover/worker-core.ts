/**
 * What the Discover worker does, apart from messaging: import files into the store, keep the
 * catalogue of everything stored, rank and describe organisations. Testable without a worker.
 */
import { buildCatalogue, type Catalogue } from './catalogue';
import { fileIdOf, mergeProject } from './merge-projects';
import { groupSightings } from './grouping';
import { rank, type RankOptions } from './rank';
import { readProjectList, type ListInput, type ReadProgress } from './read-list';
import { listFiles, loadProjects, removeFile, saveImport, type DiscoverDatabase } from './store';
import { ImportRefused, type ImportedFile, type Project } from './types';
import type { FileOutcomeMessage, PastProjectDetails, RankedRow } from './protocol';

/** Past projects attached to a partner added to the pipeline: the most recent ones. */
export const MAX_ATTACHED_PROJECTS = 100;

export class DiscoverCore {
  catalogue: Catalogue | undefined;
  constructor(
    readonly db: DiscoverDatabase,
    readonly readXlsx: (data: ArrayBuffer | Blob) => Promise<string[][]>,
  ) {}

  async refresh(): Promise<{ files: ImportedFile[]; projects: number; organisations: number }> {
    this.catalogue = buildCatalogue(await loadProjects(this.db));
    return this.state();
  }

  async state(): Promise<{ files: ImportedFile[]; projects: number; organisations: number }> {
    return {
      files: await listFiles(this.db),
      projects: this.catalogue?.projects.length ?? 0,
      organisations: this.catalogue?.organisations.length ?? 0,
    };
  }

  /** Newly stored projects join the catalogue in memory: no reload of everything from the store. */
  absorb(projects: Iterable<Project>): void {
    const all = new Map((this.catalogue?.projects ?? []).map((p) => [p.identifier, p]));
    for (const project of projects) all.set(project.identifier, mergeProject(all.get(project.identifier), project));
    this.catalogue = buildCatalogue([...all.values()]);
  }

  /** Imports files one by one; each lands whole or not at all. Stops at the first cancel. */
  async importFiles(
    inputs: ListInput[],
    signal: AbortSignal,
    onProgress: (file: number, progress: ReadProgress) => void,
  ): Promise<FileOutcomeMessage[]> {
    const outcomes: FileOutcomeMessage[] = [];
    const stored: Project[] = [];
    for (const [number, input] of inputs.entries()) {
      if (signal.aborted) break;
      const id = fileIdOf(input.name, input.size);
      const base = { name: input.name, size: input.size, rows: 0, projects: 0, skipped: {} };
      try {
        const read = await readProjectList(input, {
          fileId: id,
          signal,
          readXlsx: this.readXlsx,
          onProgress: (progress) => onProgress(number, progress),
        });
        const organisations = groupSightings([...read.projects.values()]).members.length;
        await saveImport(
          this.db,
          {
            id,
            name: input.name,
            size: input.size,
            rows: read.rows,
            projects: read.projects.size,
            organisations,
            skipped: read.skipped,
            importedAt: new Date().toISOString(),
            storedBytes: 0,
          },
          read.projects.values(),
          signal,
        );
        outcomes.push({ ...base, rows: read.rows, projects: read.projects.size, skipped: read.skipped });
        stored.push(...read.projects.values());
      } catch (error) {
        if (signal.aborted) break;
        if (!(error instanceof ImportRefused)) throw error;
        outcomes.push({ ...base, refused: { reason: error.reason, detail: error.detail } });
      }
    }
    this.pending = stored;
    return outcomes;
  }

  /** Projects stored by the last import, not yet in the catalogue (absorbed after the summary is out). */
  pending: Project[] = [];

  remove(fileId: string) {
    return removeFile(this.db, fileId);
  }

  rank(options: RankOptions): RankedRow[] {
    if (!this.catalogue) return [];
    return rank(this.catalogue, options).map(({ organisation: o, score, reasons }) => ({
      index: o.index,
      name: o.name,
      country: o.country,
      city: o.city,
      type: o.type,
      website: o.website,
      projects: o.projects.length,
      asCoordinator: o.asCoordinator,
      actions: o.actions,
      lastCallYear: o.lastCallYear,
      score,
      reasons,
    }));
  }

  /** An organisation's projects, newest first, with each project's organisations (for the pipeline). */
  details(index: number): PastProjectDetails[] {
    const catalogue = this.catalogue;
    const organisation = catalogue?.organisations[index];
    if (!catalogue || !organisation) return [];
    return organisation.projects
      .map(({ project: p, role }) => {
        const project = catalogue.projects[p]!;
        const position = catalogue.groupOf[p]!.indexOf(index);
        const organisations = project.organisations.map(({ place: _place, ...sighting }) => sighting);
        return {
          identifier: project.identifier,
          title: project.title,
          url: project.url,
          action: project.action,
          callYear: project.callYear,
          countries: project.countries,
          role,
          organisations,
          position,
        };
      })
      .sort((a, b) => (b.callYear ?? 0) - (a.callYear ?? 0))
      .slice(0, MAX_ATTACHED_PROJECTS);
  }
}
