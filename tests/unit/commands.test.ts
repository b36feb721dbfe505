/**
 * The one write path (lib/commands): every change is a named command with checked arguments, run
 * by one runner over one guarded transaction, with one change event — and none when it fails.
 */
import { describe, expect, it } from 'vitest';
import { z } from '@/lib/domain/zod';
import type { Database } from '@/lib/store/db';
import { COMMANDS } from '@/lib/commands/catalogue';
import { defineCommand } from '@/lib/commands/define';
import { guardDb, UndeclaredWriteError } from '@/lib/commands/guard';
import { CommandArgumentError, createRunner } from '@/lib/commands/runner';
import { CONTENT_SCRIPT_MESSAGES, PAGE_MESSAGES, PANEL_ACTIONS } from '@/lib/protocol/messages';
import { saveExtraction } from '@/lib/store/repo';
import { freshDb, OTLAS_PAGE, otlasExtraction } from './test-data';

async function setUp() {
  const db = await freshDb();
  const saved = await saveExtraction(db, { extraction: otlasExtraction(), organisationIndex: 0, pageUrl: OTLAS_PAGE });
  let broadcasts = 0;
  const run = createRunner(COMMANDS, { withDb: (use) => use(db), notify: () => broadcasts++ });
  return { db, orgId: saved.orgId, run, broadcasts: () => broadcasts };
}

const snapshot = async (db: Database) =>
  JSON.stringify(
    await Promise.all([db.getAll('organisations'), db.getAll('pipeline'), db.getAll('summaries'), db.getAll('meta')]),
  );

describe('the command runner', () => {
  it('runs a command and broadcasts exactly one change', async () => {
    const { db, orgId, run, broadcasts } = await setUp();
    await run('partners.setStage', { orgId, stageId: 'contacted' });
    expect((await db.get('pipeline', orgId))!.stageId).toBe('contacted');
    expect((await db.get('summaries', orgId))!.stageId).toBe('contacted');
    expect(broadcasts()).toBe(1);
    await run('partners.setStageMany', { orgIds: [orgId, orgId], stageId: 'replied' });
    expect(broadcasts()).toBe(2);
  });

  it('announces a change only when the command wrote one', async () => {
    const { orgId, run, broadcasts } = await setUp();
    // Deleting a rule that does not exist opens a readwrite transaction and writes nothing.
    await run('pageRules.delete', { ruleIds: ['no-such-rule'] });
    expect(broadcasts()).toBe(0);
    await run('partners.setStage', { orgId, stageId: 'contacted' });
    expect(broadcasts()).toBe(1);
  });

  it('refuses a bad argument in plain words, opening and writing nothing', async () => {
    const { orgId, broadcasts } = await setUp();
    let opened = 0;
    const run = createRunner(COMMANDS, { withDb: async () => void opened++ as never, notify: () => undefined });
    const refusal = run('partners.setStage', { orgId, stageId: 42 as unknown as string });
    await expect(refusal).rejects.toBeInstanceOf(CommandArgumentError);
    await expect(refusal).rejects.toThrow(
      'That change could not be made: its details were not valid (partners.setStage). Nothing was changed.',
    );
    await expect(run('no.such' as 'partners.setStage', { orgId, stageId: 'x' })).rejects.toBeInstanceOf(
      CommandArgumentError,
    );
    expect(opened).toBe(0);
    expect(broadcasts()).toBe(0);
  });

  it('a failing command writes nothing and broadcasts nothing', async () => {
    const { db, orgId, run, broadcasts } = await setUp();
    const before = await snapshot(db);
    // Removing the last open stage fails inside the store's transaction: it is aborted.
    await expect(
      run('stages.save', { stages: [{ id: 'to-contact', name: 'To contact', archived: true }] }),
    ).rejects.toThrow();
    await expect(run('partners.setStage', { orgId: 'gone', stageId: 'contacted' })).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
    expect(broadcasts()).toBe(0);
  });

  it('a command that changed nothing tells no one', async () => {
    const { run, broadcasts } = await setUp();
    expect(await run('summaries.repair', {})).toBe(0);
    await run('page.looksDifferent', { platform: 'otlas', pageUrl: OTLAS_PAGE });
    expect(broadcasts()).toBe(0);
  });
});

describe('the guarded database a command gets', () => {
  it('refuses a write to a store the command did not declare, and a second transaction', async () => {
    const { db, orgId } = await setUp();
    const guarded = guardDb(db, { stores: ['meta'] });
    await expect(guarded.put('notSame', { pair: 'a|b', at: new Date().toISOString() })).rejects.toBeInstanceOf(
      UndeclaredWriteError,
    );
    expect(() => guarded.transaction(['organisations', 'summaries'], 'readwrite')).toThrow(UndeclaredWriteError);
    expect(await guarded.get('organisations', orgId)).toBeDefined(); // reads stay free
    await guarded.put('meta', '2026-01-01T00:00:00.000Z', 'backupNudgeDismissedAt');
    await expect(guarded.put('meta', '2026-01-02T00:00:00.000Z', 'backupNudgeDismissedAt')).rejects.toBeInstanceOf(
      UndeclaredWriteError,
    );
    expect(await db.count('notSame')).toBe(0);
  });

  it('stops a command whose declaration is wrong before it writes', async () => {
    const { db, orgId } = await setUp();
    let broadcasts = 0;
    const wrong = defineCommand({
      args: z.object({ orgId: z.string() }),
      stores: ['meta'],
      run: async (guarded, { orgId: id }) => {
        const tx = guarded.transaction(['pipeline', 'summaries'], 'readwrite');
        await tx.objectStore('pipeline').delete(id);
        await tx.done;
      },
    });
    const run = createRunner({ wrong }, { withDb: (use) => use(db), notify: () => broadcasts++ });
    await expect(run('wrong', { orgId })).rejects.toBeInstanceOf(UndeclaredWriteError);
    expect(await db.get('pipeline', orgId)).toBeDefined();
    expect(broadcasts).toBe(0);
  });
});

describe('the catalogue', () => {
  // Messages that change nothing stored, or that the background answers itself.
  const NOT_WRITES = [
    'partners.lookup',
    'stages.list',
    'pipeline.open',
    'prp.fetchProject',
    'pageRules.forPage',
    // Picking asks the tab's content script; the rule it makes is saved by 'pageRules.save'.
    'pageRules.pick',
    'pageRules.pickControl',
  ];

  it('holds every change a page may ask for: the page allow-lists are a plain subset', () => {
    const writes = [...PAGE_MESSAGES].filter((type) => !NOT_WRITES.includes(type) && !type.startsWith('panel.'));
    expect(writes.length).toBeGreaterThan(3);
    for (const type of [...CONTENT_SCRIPT_MESSAGES, ...PANEL_ACTIONS].filter((t) => writes.includes(t))) {
      expect(Object.keys(COMMANDS)).toContain(type);
    }
  });

  it('names summaries in every command that writes organisations or the pipeline', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const partner = command.stores.includes('organisations') || command.stores.includes('pipeline');
      if (partner) expect(command.stores, name).toContain('summaries');
    }
  });
});

describe('zod has one entry', () => {
  it('every source file takes zod from lib/domain/zod.ts, which sets it up without eval once', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = ['lib', 'views', 'entrypoints', 'components']
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
      .filter((file) => /\.tsx?$/.test(file));
    const direct = files.filter((file) => /from 'zod'|import\('zod'\)|z\.config\(/.test(readFileSync(file, 'utf8')));
    expect(direct).toEqual([join('lib', 'domain', 'zod.ts')]);
    expect(z.config().jitless).toBe(true);
  });
});
