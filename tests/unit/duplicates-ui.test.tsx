/**
 * One organisation, one record, on the board: the duplicates review (dialog, groups), the write
 * wrappers behind it, past projects in the detail panel, and the board container end to end
 * against fake-indexeddb (offer → merge → "Merged X into Y · Undo" → both back exactly).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DuplicatesDialog } from '@/components/board/DuplicatesDialog';
import type { DuplicateGroupView } from '@/components/board/DuplicateGroup';
import { PastProjects, pastProjects } from '@/components/detail/DetailSources';
import { DB_NAME, openDatabase, type Database } from '@/lib/store/db';
import type { PartnerSummary, Source } from '@/lib/domain/model';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { describeGroups } from '@/views/board/useDuplicates';
import { COMMANDS } from '@/lib/commands/catalogue';
import { createRunner } from '@/lib/commands/runner';
import { findProbableDuplicates } from '@/lib/store/merge';
import { freshDb, otlasExtraction } from './test-data';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const show = (vnode: preact.VNode) => act(() => render(vnode, root));
const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const click = (element: Element) => act(() => (element as HTMLElement).click());
/** A button by its accessible text (visible text plus screen-reader-only text). */
const button = (text: string | RegExp) =>
  $$('button').find((b) =>
    typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
  )!;
const noop = () => undefined;
const at = '2026-01-10T10:00:00.000Z';

const pair: DuplicateGroupView = {
  key: 'Same name and country|a|b',
  reason: 'Same name and country',
  organisations: [
    {
      id: 'a',
      name: 'Fundacja Młodzi Razem',
      country: 'PL',
      city: 'Łódź',
      platforms: ['OTLAS'],
      stageName: 'Contacted',
    },
    {
      id: 'b',
      name: 'FUNDACJA MŁODZI RAZEM',
      country: 'PL',
      website: 'https://mlodzi-razem.example.pl/',
      platforms: ['Project Results Platform'],
      stageName: 'To contact',
    },
  ],
};
const byWebsite: DuplicateGroupView = {
  key: 'Same website|c|d',
  reason: 'Same website',
  organisations: [
    {
      id: 'c',
      name: 'Associação Juvenil Rio Minho',
      country: 'PT',
      website: 'javascript:alert(1)',
      platforms: ['OTLAS'],
      stageName: 'To contact',
    },
    { id: 'd', name: 'Associação Juvenil do Rio Minho', country: 'PT', platforms: [] },
  ],
};

describe('DuplicatesDialog', () => {
  it('shows each group with its reason and every organisation: name, country, city, website, platforms, stage', () => {
    show(<DuplicatesDialog groups={[pair, byWebsite]} busy={false} onMerge={noop} onNotSame={noop} onClose={noop} />);
    const dialog = $('dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe('bd-dups-title');
    expect($('#bd-dups-title').textContent).toBe('Possible duplicates');
    expect($$('.bd-dup__reason').map((h) => h.textContent)).toEqual(['Same name and country', 'Same website']);
    const [first, second] = $$('.bd-dup__org');
    expect(first!.textContent).toContain('Fundacja Młodzi Razem');
    expect(first!.textContent).toContain('PL · Poland · Łódź');
    expect(first!.textContent).toContain('OTLAS');
    expect(first!.textContent).toContain('Contacted');
    expect(second!.textContent).toContain('Project Results Platform');
    expect(second!.querySelector('a')?.getAttribute('href')).toBe('https://mlodzi-razem.example.pl/');
    // A website that is not a web address is shown as text, never as a link; unknown facts say so.
    const [third, fourth] = $$('.bd-dup__org').slice(2);
    expect(third!.querySelector('a')).toBeNull();
    expect(third!.textContent).toContain('javascript:alert(1)');
    expect(fourth!.textContent).toContain('Not known');
    // Each "Merge" button is described by its organisation's facts.
    for (const merge of $$('.bd-dup__org button'))
      expect($(`#${merge.getAttribute('aria-describedby')}`)).not.toBeNull();
  });

  it('merges into the chosen organisation, or sets the group apart', () => {
    const onMerge = vi.fn();
    const onNotSame = vi.fn();
    show(<DuplicatesDialog groups={[byWebsite]} busy={false} onMerge={onMerge} onNotSame={onNotSame} onClose={noop} />);
    click(button('Merge into Associação Juvenil do Rio Minho'));
    expect(onMerge).toHaveBeenCalledWith('Same website|c|d', 'd');
    click(button('Not the same organisation'));
    expect(onNotSame).toHaveBeenCalledWith('Same website|c|d');
  });

  it('tells same-named organisations apart in the Merge buttons for screen readers', () => {
    show(<DuplicatesDialog groups={[pair]} busy={false} onMerge={noop} onNotSame={noop} onClose={noop} />);
    const labels = $$('.bd-dup__org button').map((b) => b.textContent);
    expect(labels).toEqual([
      'Merge into Fundacja Młodzi Razem (saved from OTLAS, stage Contacted)',
      'Merge into FUNDACJA MŁODZI RAZEM (saved from Project Results Platform, stage To contact)',
    ]);
    expect(new Set(labels).size).toBe(2);
  });

  it('waits while busy, says when nothing is left, and shows what it is given (the Undo message)', () => {
    show(<DuplicatesDialog groups={[pair]} busy onMerge={noop} onNotSame={noop} onClose={noop} />);
    expect($$('.bd-dup button').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    show(
      <DuplicatesDialog
        groups={[]}
        busy={false}
        status="Marked as different"
        onMerge={noop}
        onNotSame={noop}
        onClose={noop}
      >
        <p class="bd-toast">Merged A into B</p>
      </DuplicatesDialog>,
    );
    expect(root.textContent).toContain('No possible duplicates left to review.');
    expect($('[role=status]').textContent).toBe('Marked as different');
    expect($('dialog .bd-toast').textContent).toBe('Merged A into B');
  });

  it('closes on Esc and gives focus back to the button that opened it, or elsewhere when that is gone', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    act(() => opener.focus());
    const onClose = vi.fn();
    show(<DuplicatesDialog groups={[pair]} busy={false} onMerge={noop} onNotSame={noop} onClose={onClose} />);
    expect(document.activeElement?.id).toBe('bd-dups-title');
    act(() => void $('dialog').dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(onClose).toHaveBeenCalled();
    show(<div />);
    expect(document.activeElement).toBe(opener);

    const fallback = vi.fn();
    act(() => opener.focus());
    show(
      <DuplicatesDialog
        groups={[pair]}
        busy={false}
        onMerge={noop}
        onNotSame={noop}
        onClose={noop}
        onFocusLost={fallback}
      />,
    );
    opener.remove();
    show(<div />);
    expect(fallback).toHaveBeenCalled();
  });
});

describe('describeGroups', () => {
  it('adds where each organisation was saved from and its stage', () => {
    const partners: PartnerSummary[] = [
      { id: 'a', name: 'A', stageId: 'contacted', origins: ['otlas', 'prp'], tags: [], updatedAt: at, searchText: 'a' },
    ];
    const [view] = describeGroups(
      [
        {
          reason: 'Same website',
          organisations: [
            { id: 'a', name: 'A', website: 'https://a.example/' },
            { id: 'gone', name: 'B' },
          ],
        },
      ],
      partners,
      DEFAULT_STAGES,
    );
    expect(view!.organisations).toEqual([
      {
        id: 'a',
        name: 'A',
        website: 'https://a.example/',
        platforms: ['OTLAS', 'Project Results Platform'],
        stageName: 'Contacted',
      },
      { id: 'gone', name: 'B', platforms: [] },
    ]);
    expect(view!.key).toBe('Same website|a|gone');
  });
});

describe('Past Erasmus+ projects', () => {
  const projectUrl = 'https://erasmus-plus.ec.europa.eu/projects/search/details/2023-2-PL01-KA210-YOU-000188776';
  const prpSource = (url: string, identifier: string, callYear: number): Source => ({
    origin: 'prp',
    url,
    pageType: 'project',
    savedAt: at,
    extracted: { name: 'X', role: 'partner' },
    warnings: [],
    opportunity: { kind: 'project', title: `Project ${identifier}`, url, identifier, action: 'KA220-YOU', callYear },
  });

  it('lists the projects recorded on the organisation, with identifier, action, call year, role and a link', () => {
    show(
      <PastProjects
        sources={[]}
        projects={[
          {
            identifier: '2023-2-PL01-KA210-YOU-000188776',
            title: 'Kitchens that connect',
            url: projectUrl,
            action: 'KA210-YOU',
            callYear: 2023,
            role: 'coordinator',
          },
        ]}
      />,
    );
    expect($('h3').textContent).toBe('Past Erasmus+ projects');
    expect($('li').textContent).toContain('2023-2-PL01-KA210-YOU-000188776 · KA210-YOU · call 2023 · coordinator');
    expect($('a').getAttribute('href')).toBe(projectUrl);
    expect($('a').textContent).toContain('Kitchens that connect');
  });

  it('falls back to the project pages it was saved from (older partners), without listing one twice, newest first', () => {
    const recorded = {
      identifier: 'P-2021',
      title: 'Recorded',
      url: 'https://erasmus-plus.ec.europa.eu/projects/search/details/P-2021',
      callYear: 2021,
      role: 'coordinator' as const,
    };
    const list = pastProjects(
      [
        prpSource(recorded.url, 'P-2021', 2021),
        prpSource('https://erasmus-plus.ec.europa.eu/projects/search/details/P-2024', 'P-2024', 2024),
      ],
      [recorded],
    );
    expect(list.map((p) => [p.identifier, p.role])).toEqual([
      ['P-2024', 'partner'],
      ['P-2021', 'coordinator'],
    ]);
  });

  it('links only http(s) addresses', () => {
    show(
      <PastProjects
        sources={[]}
        projects={[
          { identifier: 'P-1', title: 'Odd link', url: 'javascript:alert(1)' },
          { identifier: 'P-2', title: 'No link' },
        ]}
      />,
    );
    expect($$('a')).toHaveLength(0);
    expect(root.textContent).toContain('Odd link');
    expect(root.textContent).toContain('No link');
    show(<PastProjects sources={[]} />);
    expect(root.textContent).toContain('None known');
  });
});

/** Two saved partners that are one organisation, made a pair after saving (a hand edit), so no question was asked. */
async function savePair(db: Database): Promise<{ otlasId: string; otherId: string }> {
  const { saveExtraction } = await import('@/lib/store/repo');
  const { editDetails } = await import('@/lib/store/organisations');
  const { addNote, setTags } = await import('@/lib/store/entries');
  const first = await saveExtraction(db, {
    extraction: otlasExtraction({ name: 'Fundacja Młodzi Razem', country: 'PL', city: 'Łódź', profileUrl: undefined }),
    organisationIndex: 0,
    pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/a.1/',
  });
  const second = await saveExtraction(db, {
    extraction: otlasExtraction({ name: 'Mlodzi Razem Youth', country: 'PL', profileUrl: undefined }),
    organisationIndex: 0,
    pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/b.2/',
  });
  await editDetails(db, second.orgId, { name: 'FUNDACJA MŁODZI RAZEM' });
  await addNote(db, second.orgId, 'Met Ola at the Łódź seminar.');
  await setTags(db, first.orgId, ['ESC']);
  return { otlasId: first.orgId, otherId: second.orgId };
}

const snapshot = async (db: Database) => ({
  organisations: (await db.getAll('organisations')).sort((a, b) => a.id.localeCompare(b.id)),
  pipeline: (await db.getAll('pipeline')).sort((a, b) => a.orgId.localeCompare(b.orgId)),
});

describe('board writes for duplicates', () => {
  it('merges a group into one organisation keeping both sides, and undoes it exactly', async () => {
    const db = await freshDb();
    const run = createRunner(COMMANDS, { withDb: (use) => use(db), notify: () => undefined });
    const { otlasId, otherId } = await savePair(db);
    const groups = await findProbableDuplicates(db);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.reason).toBe('Same name and country');
    const before = await snapshot(db);

    const mergeIds = await run('partners.merge', { survivorId: otlasId, absorbedIds: [otherId] });
    const merged = await snapshot(db);
    expect(merged.organisations).toHaveLength(1);
    expect(merged.organisations[0]!.sources).toHaveLength(2);
    expect(merged.pipeline[0]!.tags).toEqual(['ESC']);
    expect(merged.pipeline[0]!.notes.map((n) => n.text)).toEqual(['Met Ola at the Łódź seminar.']);
    expect(await findProbableDuplicates(db)).toEqual([]);

    await run('partners.undoMerges', { mergeIds });
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('does not undo a merge once the merged partner has changed (that change would be lost)', async () => {
    const db = await freshDb();
    const run = createRunner(COMMANDS, { withDb: (use) => use(db), notify: () => undefined });
    const { otlasId, otherId } = await savePair(db);
    const mergeIds = await run('partners.merge', { survivorId: otlasId, absorbedIds: [otherId] });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later millisecond than the merge
    await run('partners.addNote', { orgId: otlasId, text: 'Called them after the merge.' });
    const changed = await snapshot(db);
    await expect(run('partners.undoMerges', { mergeIds })).rejects.toThrow(
      'Fundacja Młodzi Razem has changed since the merge, so undoing it now would lose that change. Nothing was undone.',
    );
    expect(await snapshot(db)).toEqual(changed);
    db.close();
  });

  it('remembers "not the same" for every pair of a group', async () => {
    const db = await freshDb();
    const run = createRunner(COMMANDS, { withDb: (use) => use(db), notify: () => undefined });
    const { otlasId, otherId } = await savePair(db);
    await run('partners.markNotSame', { orgIds: [otlasId, otherId] });
    expect(await findProbableDuplicates(db)).toEqual([]);
    db.close();
  });
});

describe('Board container: possible duplicates (fake-indexeddb)', () => {
  async function until<T>(
    read: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    what: string,
    timeout = 5000,
  ): Promise<T> {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await read();
      if (value) return value;
      if (Date.now() > end)
        throw new Error(`Timed out waiting for ${what}: ${document.body.textContent?.slice(0, 600)}`);
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }

  beforeEach(async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  });

  it(
    'offers the pair, merges it ("Merged X into Y · Undo"), and Undo brings both back exactly',
    { timeout: 20_000 },
    async () => {
      const db = await openDatabase();
      await savePair(db);
      const before = await snapshot(db);
      db.close();
      const { Board } = await import('@/views/board/Board');
      show(<Board />);
      await until(() => $$('.bd-card').length === 2, 'two cards');
      const opener = await until(() => button('Possible duplicates (1)'), 'the duplicates button');
      act(() => opener.focus());
      click(opener);
      expect($('dialog.bd-dups')).not.toBeNull();
      expect($('.bd-dup__reason').textContent).toBe('Same name and country');

      click(button(/^Merge into Fundacja Młodzi Razem/));
      await until(
        () => $('dialog .bd-toast')?.textContent?.includes('Merged FUNDACJA MŁODZI RAZEM into Fundacja Młodzi Razem'),
        'the merge message in the dialog',
      );
      await until(() => $$('.bd-card').length === 1, 'one card');
      expect(root.textContent).toContain('No possible duplicates left to review.');
      expect(document.activeElement?.textContent).toBe('Undo');

      click(button('Undo'));
      await until(() => $$('.bd-card').length === 2, 'both cards back');
      await until(() => $$('.bd-dup').length === 1, 'the pair offered again');
      const after = await openDatabase();
      expect(await snapshot(after)).toEqual(before);
      after.close();

      click(button('Not the same organisation'));
      await until(() => root.textContent?.includes('No possible duplicates left to review.'), 'the pair set apart');
      click(button('Close'));
      expect($('dialog.bd-dups')).toBeNull();
      expect(button(/^Possible duplicates/)).toBeUndefined();
      expect(document.activeElement?.id).toBe('bd-filter');
    },
  );
});
