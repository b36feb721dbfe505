/** A file on disk as the list reader's input (the CLI and tests; Node only). */
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ListInput } from './read-list';

export function fileInput(path: string): ListInput {
  const size = statSync(path).size;
  return {
    name: basename(path),
    size,
    slice: async (start, end) => {
      const buffer = Buffer.alloc(Math.max(0, end - start));
      const fd = openSync(path, 'r');
      try {
        const read = readSync(fd, buffer, 0, buffer.length, start);
        return new Uint8Array(buffer.subarray(0, read));
      } finally {
        closeSync(fd);
      }
    },
    csv: () => createReadStream(path, { encoding: 'utf8', highWaterMark: 1024 * 1024 }),
    bytes: async () => {
      const data = await readFile(path);
      return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    },
  };
}
