/** A picked or dropped file as the list reader's input (browser and worker). */
import type { ListInput } from './read-list';

export function blobInput(file: Blob, name: string): ListInput {
  return {
    name,
    size: file.size,
    slice: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
    csv: () => file,
    bytes: async () => file,
  };
}
