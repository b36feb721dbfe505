/** lib/exchange.ts exportParts: the streamed backup is byte for byte the file serialiseExport writes. */
import { describe, expect, it } from 'vitest';
import { buildExport, exportParts, serialiseExport } from '@/lib/exchange';
import { readBackup } from '@/lib/import';
import { markNotSame } from '@/lib/merge';
import { addNote, setTags } from '@/lib/pipeline';
import { saveExtraction } from '@/lib/repo';
import { freshDb, otlasExtraction } from './test-data';

const AT = new Date('2026-11-20T10:00:00.000Z');

async function profileWith(n: number) {
  const db = await freshDb();
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const extraction = otlasExtraction({ name: `Verein ${i} „Brücke“`, profileUrl: `https://www.salto-youth.net/tools/otlas-partner-finding/organisation/v-${i}.${50_000 + i}/` });
    ids.push((await saveExtraction(db, { extraction, organisationIndex: 0, pageUrl: `https://www.salto-youth.net/tools/otlas-partner-finding/project/p-${i}.${60_000 + i}/` })).orgId);
  }
  if (n >= 2) {
    await markNotSame(db, ids[0]!, ids[1]!);
    await setTags(db, ids[1]!, ['youth']);
    await addNote(db, ids[0]!, 'Line one\nline "two" — ✓');
  }
  return db;
}

describe('streamed export', () => {
  for (const n of [0, 1, 5]) {
    it(`equals serialiseExport for ${n} partner(s), at any chunk size`, async () => {
      const db = await profileWith(n);
      const expected = serialiseExport(await buildExport(db, 'test', AT));
      for (const chunk of [1, 2, 3, 1000]) {
        const { parts, counts } = await exportParts(db, 'test', AT, chunk);
        expect(parts.join('')).toBe(expected);
        expect(counts.organisations).toBe(n);
      }
      expect(readBackup(expected).data.organisations).toHaveLength(n);
      db.close();
    });
  }
});
