/**
 * Discover storage and the pipeline side: idempotent import with provenance, removing a file's
 * data, a cancelled import storing nothing, and Add to pipeline through the save path (identity
 * matching to saved partners, past projects attached).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fileInput } from '@/lib/discover/node-input';
import { openDiscoverDb } from '@/lib/discover/store';
import { DiscoverCore } from '@/lib/discover/worker-core';
import { readXlsxRows } from '@/lib/discover/xlsx';
import { addToPipeline, savedMark } from '@/lib/commands/discover';
import { addPartnerByHand } from '@/lib/store/manual-partners';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { generateList } from '../../scripts/discover-generate.mjs';
import { freshDb } from './test-data';

z.config({ jitless: true });
const DIR = join(process.cwd(), '.tmp', 'unit-discover-store');
const plain = join(DIR, 'ka2.csv');
const drifted = join(DIR, 'ka2-drifted.csv');
let dbCount = 0;
const core = async () => new DiscoverCore(await openDiscoverDb(`discover-test-${dbCount++}`), readXlsxRows);
const noProgress = () => undefined;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  await generateList(plain, { kind: 'ka2', projects: 300 });
  await generateList(drifted, { kind: 'ka2', projects: 300, drifted: true });
});

describe('discover store', () => {
  it('imports idempotently by project identifier, keeps each file as provenance, removes one file cleanly', async () => {
    const discover = await core();
    const [first] = await discover.importFiles([fileInput(plain)], new AbortController().signal, noProgress);
    expect(first).toMatchObject({ rows: 300, projects: 300, skipped: {} });
    const once = await discover.refresh();
    await discover.importFiles([fileInput(plain), fileInput(drifted)], new AbortController().signal, noProgress);
    const after = await discover.refresh();
    expect(after.projects).toBe(300);
    expect(after.organisations).toBe(once.organisations);
    expect(after.files.map((f) => f.name).sort()).toEqual(['ka2-drifted.csv', 'ka2.csv']);
    expect(after.files[0]!.storedBytes).toBeGreaterThan(0);
    await discover.remove(after.files.find((f) => f.name === 'ka2.csv')!.id);
    expect((await discover.refresh()).projects).toBe(300);
    await discover.remove(after.files.find((f) => f.name === 'ka2-drifted.csv')!.id);
    expect(await discover.refresh()).toMatchObject({ projects: 0, files: [] });
  });

  it('absorbs an import in memory exactly as reloading the store would', async () => {
    const discover = await core();
    await discover.importFiles([fileInput(plain)], new AbortController().signal, noProgress);
    discover.absorb(discover.pending.splice(0));
    await discover.importFiles([fileInput(drifted)], new AbortController().signal, noProgress);
    discover.absorb(discover.pending.splice(0));
    const inMemory = {
      state: await discover.state(),
      ranked: discover.rank({ query: 'digital inclusion', limit: 30 }),
    };
    const reloaded = {
      state: await discover.refresh(),
      ranked: discover.rank({ query: 'digital inclusion', limit: 30 }),
    };
    expect(inMemory.state).toEqual(reloaded.state);
    expect(inMemory.ranked.map((r) => [r.name, r.projects, r.score])).toEqual(
      reloaded.ranked.map((r) => [r.name, r.projects, r.score]),
    );
  });

  it('stores nothing of a cancelled import', async () => {
    const discover = await core();
    const controller = new AbortController();
    const outcomes = await discover.importFiles([fileInput(plain)], controller.signal, () => controller.abort());
    expect(outcomes).toEqual([]);
    expect(await discover.refresh()).toMatchObject({ projects: 0, files: [] });
  });

  it('reports a refused file with its reason and stores nothing of it', async () => {
    const discover = await core();
    const path = join(DIR, 'empty.csv');
    (await import('node:fs')).writeFileSync(path, '');
    const [outcome] = await discover.importFiles([fileInput(path)], new AbortController().signal, noProgress);
    expect(outcome!.refused).toEqual({ reason: 'empty', detail: [] });
    expect((await discover.refresh()).files).toEqual([]);
  });
});

describe('add to pipeline', () => {
  it('saves a new partner with its past projects, the file row as the source, then shows it as saved', async () => {
    const discover = await core();
    await discover.importFiles([fileInput(plain)], new AbortController().signal, noProgress);
    await discover.refresh();
    const [best] = discover.rank({ query: 'digital inclusion', action: 'KA220-ADU' });
    const projects = discover.details(best!.index);
    const db = await freshDb();
    expect(await savedMark(db, best!, DEFAULT_STAGES)).toBeUndefined();
    const orgId = await addToPipeline(db, projects);
    const organisation = (await db.get('organisations', orgId))!;
    expect(organisation.name).toBe(best!.name);
    expect(organisation.pastProjects).toHaveLength(projects.length);
    expect(organisation.sources[0]).toMatchObject({ origin: 'prp', pageType: 'project', url: projects[0]!.url });
    expect(await savedMark(db, best!, DEFAULT_STAGES)).toEqual({ orgId, stageName: 'To contact' });
    // Adding it again joins the same partner.
    expect(await addToPipeline(db, projects)).toBe(orgId);
    expect(await db.count('organisations')).toBe(1);
  });

  it('joins a partner saved by hand, but never a same-name school of another town', async () => {
    const discover = await core();
    await discover.importFiles([fileInput(plain)], new AbortController().signal, noProgress);
    await discover.refresh();
    const schools = discover.rank({ types: ['school'], limit: 500 }).filter((r) => r.name.startsWith('Primary School'));
    const [school] = schools;
    const twin = schools.find(
      (r) => r.name === school!.name && r.country === school!.country && r.city !== school!.city,
    );
    const db = await freshDb();
    const byHand = await addPartnerByHand(db, { name: school!.name, country: school!.country, city: school!.city });
    const savedId = 'saved' in byHand ? byHand.saved.orgId : '';
    expect(await addToPipeline(db, discover.details(school!.index))).toBe(savedId);
    expect((await db.get('organisations', savedId))!.pastProjects!.length).toBeGreaterThan(0);
    expect(twin).toBeDefined();
    expect(await savedMark(db, twin!, DEFAULT_STAGES)).toBeUndefined();
    expect(await addToPipeline(db, discover.details(twin!.index))).not.toBe(savedId);
    expect(await db.count('organisations')).toBe(2);
  });
});
