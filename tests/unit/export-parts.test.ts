/** lib/backup/exchange.ts exportParts: the backup in parts is byte for byte the file serialiseExport writes. */
import { describe, expect, it } from 'vitest';
import { buildExport, exportParts, serialiseExport } from '@/lib/backup/exchange';
import { readBackup } from '@/lib/backup/import';
import { markNotSame } from '@/lib/store/merge';
import { addNote, setTags } from '@/lib/store/entries';
import { saveExtraction } from '@/lib/store/repo';
import { freshDb, otlasExtraction } from './test-data';

const AT = new Date('2026-11-20T10:00:00.000Z');

async function profileWith(n: number) {
  const db = await freshDb();
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const extraction = otlasExtraction({
      name: `Verein ${i} „Brücke“`,
      profileUrl: `https://www.salto-youth.net/tools/otlas-partner-finding/organisation/v-${i}.${50_000 + i}/`,
    });
    ids.push(
      (
        await saveExtraction(db, {
          extraction,
          organisationIndex: 0,
          pageUrl: `https://www.salto-youth.net/tools/otlas-partner-finding/project/p-${i}.${60_000 + i}/`,
        })
      ).orgId,
    );
  }
  if (n >= 2) {
    await markNotSame(db, ids[0]!, ids[1]!);
    await setTags(db, ids[1]!, ['youth']);
    await addNote(db, ids[0]!, 'Line one\nline "two" — ✓');
  }
  return db;
}

describe('export in parts', () => {
  for (const n of [0, 1, 5]) {
    it(`equals serialiseExport for ${n} partner(s)`, async () => {
      const db = await profileWith(n);
      const envelope = await buildExport(db, 'test', AT);
      const expected = serialiseExport(envelope);
      const { parts, counts } = await exportParts(db, 'test', AT);
      expect(parts.join('')).toBe(expected);
      expect(counts).toEqual(envelope.counts);
      // JSON of the envelope, one record per line (stores and the stage list), ending in a newline.
      expect(JSON.parse(expected)).toEqual(JSON.parse(JSON.stringify(envelope)));
      const records = n + envelope.data.pipeline.length + envelope.data.notSame.length + envelope.data.stages.length;
      expect(expected.split('\n').filter((line) => line.startsWith('      {')).length).toBe(records);
      expect(expected.endsWith('  }\n}\n')).toBe(true);
      expect(readBackup(expected).data.organisations).toHaveLength(n);
      db.close();
    });
  }
});
