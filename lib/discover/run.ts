/**
 * Files → projects → organisations → ranked results, in memory: what the CLI does, and what the
 * board's worker does around its store.
 */
import { buildCatalogue } from './catalogue';
import { mergeProject, fileIdOf } from './merge-projects';
import { rank, type RankOptions } from './rank';
import { readProjectList, type ListInput } from './read-list';
import { resultRow, type ResultRow } from './results';
import { refusalMessage } from './refusals';
import { ImportRefused, type Project, type SkipCounts } from './types';
import { readXlsxRows } from './xlsx';

export interface FileOutcome {
  name: string;
  rows: number;
  projects: number;
  skipped: SkipCounts;
  /** Why nothing of this file was read (in the user's language). */
  refused?: string;
}

export interface DiscoverOutput {
  files: FileOutcome[];
  organisations: number;
  results: ResultRow[];
}

const plainNumber = (n: number) => String(n);

export async function runDiscover(inputs: ListInput[], options: RankOptions): Promise<DiscoverOutput> {
  const projects = new Map<string, Project>();
  const files: FileOutcome[] = [];
  for (const input of inputs) {
    try {
      const read = await readProjectList(input, { fileId: fileIdOf(input.name, input.size), readXlsx: readXlsxRows });
      for (const project of read.projects.values()) {
        projects.set(project.identifier, mergeProject(projects.get(project.identifier), project));
      }
      files.push({ name: input.name, rows: read.rows, projects: read.projects.size, skipped: read.skipped });
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      files.push({ name: input.name, rows: 0, projects: 0, skipped: {}, refused: refusalMessage(error) });
    }
  }
  const catalogue = buildCatalogue([...projects.values()]);
  const results = rank(catalogue, options).map((ranked) => resultRow(ranked, plainNumber));
  return { files, organisations: catalogue.organisations.length, results };
}
