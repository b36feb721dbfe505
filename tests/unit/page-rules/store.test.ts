import { describe, expect, it } from 'vitest';
import { buildExport, serialiseExport } from '@/lib/backup/exchange';
import { applyImport, previewImport, readBackup } from '@/lib/backup/import';
import {
  deletePageRules,
  importPageRules,
  readPageRules,
  recordRuleOutcomes,
  savePickedRule,
  setRuleLabel,
} from '@/lib/store/page-rules';
import { planRulesImport } from '@/lib/page-rules/plan';
import { freshDb } from '../test-data';
import { countryRule } from './fixtures';

const AT = new Date('2026-12-04T02:00:00.000Z');
const cityRule = () => countryRule({ id: 'epale/organisation/city', field: 'city', shape: 'text', sample: 'Kraków' });

describe('page rules in the database', () => {
  it('go into the JSON backup and come back with import into a fresh profile', async () => {
    const db = await freshDb();
    await savePickedRule(db, countryRule());
    const text = serialiseExport(await buildExport(db, 'test', AT));
    expect(text).toContain('"pageRules": [');
    const fresh = await freshDb();
    const backup = readBackup(text);
    await previewImport(fresh, backup, 'merge');
    await applyImport(fresh, backup, 'merge');
    expect(await readPageRules(fresh)).toEqual([countryRule()]);
  });

  it('keep the user’s own rules when a backup is merged in, and add the backup’s new ones', async () => {
    const source = await freshDb();
    await savePickedRule(source, { ...countryRule(), sample: 'DE' });
    await savePickedRule(source, cityRule());
    const backup = readBackup(serialiseExport(await buildExport(source, 'test', AT)));
    const db = await freshDb();
    await savePickedRule(db, countryRule());
    await applyImport(db, backup, 'merge');
    expect((await readPageRules(db)).map((rule) => [rule.field, rule.sample])).toEqual([
      ['country', 'PL'],
      ['city', 'Kraków'],
    ]);
  });

  it('read a backup written before rules existed as having none', async () => {
    const db = await freshDb();
    const envelope = await buildExport(db, 'test', AT);
    const { pageRules: _rules, ...data } = envelope.data;
    const { pageRules: _count, ...counts } = envelope.counts;
    const old = readBackup(JSON.stringify({ ...envelope, counts, data }));
    expect(old.data.pageRules).toEqual([]);
  });

  it('are saved, relabelled, recorded, deleted', async () => {
    const db = await freshDb();
    await savePickedRule(db, countryRule({ setAside: { at: AT.toISOString(), reason: 'misses' }, misses: 3 }));
    expect(await setRuleLabel(db, 'epale/organisation/country', 'Country of the organisation:')).toBe(true);
    const [relabelled] = await readPageRules(db);
    expect(relabelled!.anchors[0]).toMatchObject({
      kind: 'label',
      text: 'Country of the organisation',
      key: 'country',
    });
    expect(relabelled!.setAside).toBeUndefined();
    const missed = { ruleId: relabelled!.id, field: 'country' as const, status: 'missed' as const };
    for (let i = 0; i < 2; i += 1) expect(await recordRuleOutcomes(db, [missed], AT.toISOString())).toEqual([]);
    expect(await recordRuleOutcomes(db, [missed], AT.toISOString())).toEqual([
      { ruleId: relabelled!.id, field: 'country', reason: 'misses' },
    ]);
    expect(await deletePageRules(db, [relabelled!.id])).toBe(1);
    expect(await readPageRules(db)).toEqual([]);
  });

  it('look a new label up in the language of the page the rule was made on', async () => {
    const db = await freshDb();
    const hop = { up: 0, next: true, down: [] };
    const polish = { kind: 'label' as const, text: 'Państwo', key: 'country', language: 'pl', ...hop };
    await savePickedRule(db, countryRule({ anchors: [polish] }));
    // "Kraj" is the country in Polish but the region in Czech: only the page's language can tell.
    await setRuleLabel(db, 'epale/organisation/country', 'Kraj');
    expect((await readPageRules(db))[0]!.anchors[0]).toMatchObject({ text: 'Kraj', key: 'country', language: 'pl' });
  });

  it('import a rules file only where the preview says so', async () => {
    const db = await freshDb();
    await savePickedRule(db, countryRule());
    const theirs = [
      countryRule({
        origin: 'imported',
        sample: 'FR',
        anchors: [{ kind: 'label', text: 'Nation', up: 0, next: true, down: [] }],
      }),
      cityRule(),
    ];
    const rows = planRulesImport(await readPageRules(db), theirs);
    expect(await importPageRules(db, rows, new Set())).toBe(1);
    expect((await readPageRules(db)).map((rule) => [rule.field, rule.sample])).toEqual([
      ['country', 'PL'],
      ['city', 'Kraków'],
    ]);
  });
});
