/**
 * Idempotent import: a project is keyed by its identifier. The same project from another (or the
 * same) file replaces the stored details and adds that file to its provenance, so re-importing a file
 * or an overlapping one never duplicates a project.
 */
import type { Project } from './types';

export function mergeProject(stored: Project | undefined, incoming: Project): Project {
  if (!stored) return incoming;
  return { ...incoming, files: [...new Set([...stored.files, ...incoming.files])] };
}

/** A file's data removed from a project: undefined when no other file has it. */
export function withoutFile(project: Project, fileId: string): Project | undefined {
  const files = project.files.filter((id) => id !== fileId);
  return files.length ? { ...project, files } : undefined;
}

/** A stable id for a file's provenance: its name and size (a re-download under the same name is the same file). */
export function fileIdOf(name: string, size: number): string {
  return `${name}|${size}`;
}
