/**
 * The full-page board: presentational components rendered with preact into happy-dom, the pure
 * column builder at 10,000 partners, and the container against fake-indexeddb.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoardCard, noteExcerpt } from '@/components/board/BoardCard';
import { BoardColumn } from '@/components/board/BoardColumn';
import { BulkBar, UndoToast } from '@/components/board/BulkBar';
import { checkField, DetailFields } from '@/components/detail/DetailFields';
import { DetailSources, PastProjects } from '@/components/detail/DetailSources';
import { StageEditor, stageIdFor } from '@/components/board/StageEditor';
import { TagInput } from '@/components/board/TagInput';
import { openDatabase, DB_NAME } from '@/lib/store/db';
import type { Organisation, PartnerSummary, PipelineEntry, Source } from '@/lib/domain/model';
import { summarise } from '@/lib/store/queries';
import { DEFAULT_STAGES } from '@/lib/domain/stages';
import { buildColumns, orgFromHash, tagSuggestions } from '@/views/board/board-model';
import { otlasExtraction } from './test-data';

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
const press = (element: Element, key: string) =>
  act(() => void element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
const click = (element: Element) => act(() => (element as HTMLElement).click());
const type = (element: Element, value: string) =>
  act(() => {
    (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
const byText = (text: string | RegExp, selector = 'button') =>
  $$(selector).find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? ''),
  )!;

const at = '2026-01-10T10:00:00.000Z';
function partner(n: number, overrides: Partial<PartnerSummary> = {}): PartnerSummary {
  return {
    id: `org-${n}`,
    name: `Organisation ${n}`,
    stageId: 'to-contact',
    origins: ['otlas'],
    tags: [],
    updatedAt: at,
    searchText: `organisation ${n}`,
    ...overrides,
  };
}
const noop = () => undefined;
const cardEvents = { onOpen: noop, onMove: noop, onSelect: noop, onFocusCard: noop };

describe('BoardCard', () => {
  it('shows name, country, city, the start of the last note, and an overdue follow-up in words', () => {
    const note =
      'We met at the contact seminar in Graz; they want a KA220 on rural youth work and can coordinate the second year of it.';
    show(
      <ul>
        <BoardCard
          partner={partner(1, { country: 'PL', city: 'Łódź', lastNote: note, nextFollowUp: '2026-01-05' })}
          today="2026-01-10"
          selected={false}
          tabbable
          {...cardEvents}
        />
      </ul>,
    );
    const text = $('.bd-card').textContent!;
    expect(text).toContain('Organisation 1');
    expect(text).toContain('PL · Poland');
    expect(text).toContain('Łódź');
    expect($('.bd-card__note').textContent!.replace('Last note: ', '')).toBe(noteExcerpt(note));
    expect(noteExcerpt(note).length).toBeLessThanOrEqual(80);
    expect($('.bd-card__due').textContent).toContain('overdue');
    expect($('.bd-card__due').classList.contains('bd-card__due--overdue')).toBe(true);
    expect($('input[type=checkbox]').getAttribute('aria-label')).toBe('Select Organisation 1');
  });

  it('is not overdue on the day itself', () => {
    show(
      <ul>
        <BoardCard
          partner={partner(1, { nextFollowUp: '2026-01-10' })}
          today="2026-01-10"
          selected={false}
          tabbable
          {...cardEvents}
        />
      </ul>,
    );
    expect($('.bd-card__due').textContent).not.toContain('overdue');
  });

  it('moves with ←/→ and opens with a click (Enter on a button)', () => {
    const onMove = vi.fn();
    const onOpen = vi.fn();
    show(
      <ul>
        <BoardCard
          partner={partner(7)}
          today="2026-01-10"
          selected={false}
          tabbable
          {...cardEvents}
          onMove={onMove}
          onOpen={onOpen}
        />
      </ul>,
    );
    press($('.bd-card__open'), 'ArrowRight');
    press($('.bd-card__open'), 'ArrowLeft');
    click($('.bd-card__open'));
    expect(onMove.mock.calls).toEqual([
      ['org-7', 1],
      ['org-7', -1],
    ]);
    expect(onOpen).toHaveBeenCalledWith('org-7');
  });
});

describe('BoardColumn', () => {
  const stage = DEFAULT_STAGES[0]!;
  const many = Array.from({ length: 10_000 }, (_, n) => partner(n));

  it('renders at most `limit` of 10,000 cards, quickly, with "Show 50 more"', () => {
    const onShowMore = vi.fn();
    const started = performance.now();
    show(
      <BoardColumn
        stage={stage}
        colour="#4b5563"
        partners={many}
        total={10_000}
        limit={50}
        today="2026-01-10"
        selectedIds={new Set()}
        onShowMore={onShowMore}
        onDropCard={noop}
        {...cardEvents}
      />,
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect($$('.bd-card')).toHaveLength(50);
    expect($('h2').textContent).toContain((10_000).toLocaleString());
    const more = byText(/Show 50 more/);
    expect(more.textContent).toContain('9,950 not shown');
    click(more);
    expect(onShowMore).toHaveBeenCalledWith('to-contact');
  });

  it('keeps one card in the Tab order and moves focus with ↑/↓', () => {
    show(
      <BoardColumn
        stage={stage}
        colour="#4b5563"
        partners={many.slice(0, 3)}
        total={3}
        limit={50}
        today="2026-01-10"
        selectedIds={new Set()}
        focusedId="org-1"
        onShowMore={noop}
        onDropCard={noop}
        {...cardEvents}
      />,
    );
    const buttons = $$('.bd-card__open');
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    act(() => buttons[1]!.focus());
    press(buttons[1]!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[2]);
    press(buttons[2]!, 'ArrowUp');
    expect(document.activeElement).toBe(buttons[1]);
  });

  it('says so when a column is empty or nothing matches', () => {
    show(
      <BoardColumn
        stage={stage}
        colour="#4b5563"
        partners={[]}
        total={4}
        limit={50}
        today="2026-01-10"
        selectedIds={new Set()}
        onShowMore={noop}
        onDropCard={noop}
        {...cardEvents}
      />,
    );
    expect(root.textContent).toContain('None match the filter.');
    expect(root.textContent).toContain('0 of 4');
  });
});

describe('board model', () => {
  it('builds columns for 10,000 partners fast and filters without case or diacritics ("lodz" finds "Łódź")', () => {
    const lodz = summarise(
      organisation({ name: 'Fundacja Młodzi Razem', city: 'Łódź', country: 'PL' }),
      entry({ stageId: 'contacted', tags: ['ESC'] }),
    );
    const partners = [
      lodz,
      ...Array.from({ length: 10_000 }, (_, n) => partner(n, { stageId: DEFAULT_STAGES[n % 6]!.id })),
    ];
    const started = performance.now();
    const all = buildColumns(partners, DEFAULT_STAGES, '');
    const found = buildColumns(partners, DEFAULT_STAGES, 'LODZ');
    expect(performance.now() - started).toBeLessThan(500);
    expect(all.columns.map((c) => c.total ?? 0).reduce((a, b) => a + b)).toBe(10_001);
    expect(found.shown).toBe(1);
    expect(found.columns.find((c) => c.stage.id === 'contacted')!.partners[0]!.name).toBe('Fundacja Młodzi Razem');
    expect(buildColumns(partners, DEFAULT_STAGES, 'esc').shown).toBe(1); // tags count too
  });

  it('hides archived stages (counting their partners) and puts unknown stages in the first column', () => {
    const stages = DEFAULT_STAGES.map((s) => (s.id === 'not-a-fit' ? { ...s, archived: true } : s));
    const result = buildColumns([partner(1, { stageId: 'not-a-fit' }), partner(2, { stageId: 'gone' })], stages, '');
    expect(result.columns.map((c) => c.stage.id)).not.toContain('not-a-fit');
    expect(result.archived).toBe(1);
    expect(result.columns[0]!.partners.map((p) => p.id)).toEqual(['org-2']);
  });

  it('suggests tags most used first and reads #org= from the address', () => {
    expect(tagSuggestions([partner(1, { tags: ['b', 'a'] }), partner(2, { tags: ['a'] })])).toEqual(['a', 'b']);
    expect(orgFromHash('#org=abc%20d')).toBe('abc d');
    expect(orgFromHash('')).toBeUndefined();
  });
});

function organisation(overrides: Partial<Organisation> = {}, sources: Source[] = []): Organisation {
  return {
    id: 'org-x',
    name: 'Example',
    platformIds: [],
    sourceUrls: [],
    sources: sources.length
      ? sources
      : [{ origin: 'otlas', pageType: 'organisation', savedAt: at, extracted: { name: 'Example' }, warnings: [] }],
    contacts: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
function entry(overrides: Partial<PipelineEntry> = {}): PipelineEntry {
  return { orgId: 'org-x', stageId: 'to-contact', tags: [], notes: [], history: [], updatedAt: at, ...overrides };
}

describe('detail panel parts', () => {
  const source = (url: string, opportunity?: Source['opportunity']): Source => ({
    origin: 'prp',
    url,
    pageType: 'project',
    savedAt: at,
    extracted: { name: 'Example' },
    warnings: [],
    ...(opportunity ? { opportunity } : {}),
  });

  it('links sources only when they are http(s), in a new tab without referrer', () => {
    show(
      <DetailSources
        sources={[
          source('javascript:alert(1)'),
          source('https://www.salto-youth.net/tools/otlas-partner-finding/organisation/x.1/'),
        ]}
      />,
    );
    const links = $$('a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(
      'https://www.salto-youth.net/tools/otlas-partner-finding/organisation/x.1/',
    );
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(root.textContent).toContain('javascript:alert(1)');
  });

  it('lists past Erasmus+ projects from project opportunities', () => {
    const project = {
      kind: 'project' as const,
      title: 'Rural schools go digital',
      url: 'https://erasmus-plus.ec.europa.eu/projects/search/details/2023-1-PL01-KA220-SCH-000123456',
      identifier: '2023-1-PL01-KA220-SCH-000123456',
      action: 'KA220-SCH',
      callYear: 2023,
    };
    const request = { kind: 'partner-request' as const, title: 'Looking for partners', url: 'https://otlas.eu/x' };
    show(<PastProjects sources={[source(project.url, project), source(request.url, request)]} />);
    expect($$('li')).toHaveLength(1);
    expect(root.textContent).toContain('Rural schools go digital');
    expect(root.textContent).toContain('2023-1-PL01-KA220-SCH-000123456 · KA220-SCH · call 2023');
    expect($('a').getAttribute('href')).toBe(project.url);
  });

  it('checks fields in plain words before saving, and sends only what changed', async () => {
    expect(checkField('website', 'javascript:alert(1)').error).toMatch(/https:\/\//);
    expect(checkField('country', 'pl')).toEqual({ value: 'PL' });
    expect(checkField('country', 'Poland').error).toMatch(/two-letter/);
    expect(checkField('oid', 'e1234567').error).toMatch(/E followed by 8 digits/);
    expect(checkField('oid', 'e12345678')).toEqual({ value: 'E12345678' });
    expect(checkField('pic', '12345').error).toMatch(/9 digits/);
    expect(checkField('name', ' ').error).toBe('The name is needed.');

    const onSave = vi.fn(async () => true);
    show(<DetailFields organisation={organisation({ city: 'Graz' })} onSave={onSave} />);
    type($('#bd-field-pic'), '12');
    await act(async () => void $('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onSave).not.toHaveBeenCalled();
    expect($('#bd-field-pic').getAttribute('aria-invalid')).toBe('true');
    expect($('#bd-field-pic-error').textContent).toMatch(/9 digits/);
    type($('#bd-field-pic'), '949123456');
    type($('#bd-field-country'), 'at');
    await act(async () => void $('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onSave).toHaveBeenCalledWith({ pic: '949123456', country: 'AT' });
  });

  it('adds tags from the box and removes them with their button', () => {
    const onChange = vi.fn();
    show(<TagInput id="t" label="Tags" tags={['youth']} suggestions={['KA220', 'youth']} onChange={onChange} />);
    expect($$('datalist option').map((o) => o.getAttribute('value'))).toEqual(['KA220']);
    type($('#t'), ' KA220 ');
    press($('#t'), 'Enter');
    click($('button[aria-label="Remove tag youth"]'));
    expect(onChange.mock.calls).toEqual([[['youth', 'KA220']], [[]]]);
  });
});

describe('stage editor and bulk actions', () => {
  it('renames, reorders, archives and adds stages, and shows the save error', () => {
    const onSave = vi.fn();
    const stages = DEFAULT_STAGES.slice(0, 3);
    show(
      <StageEditor
        stages={stages}
        counts={{ contacted: 2 }}
        error={'"Contacted" still has 2 partners: archive it instead, or move them first.'}
        onSave={onSave}
        onClose={noop}
      />,
    );
    expect($('[role=alert]').textContent).toContain('still has 2 partners');
    type($('input[aria-label="Name of stage 1"]'), 'To write to');
    click($('button[aria-label="Move Replied up"]'));
    click(byText('Archive'));
    type($('#bd-new-stage'), 'Mandate signed');
    click(byText('Add stage'));
    click(byText('Save stages'));
    expect(onSave).toHaveBeenCalledWith([
      { id: 'to-contact', name: 'To write to', archived: true },
      { id: 'replied', name: 'Replied', archived: false },
      { id: 'contacted', name: 'Contacted', archived: false },
      { id: 'mandate-signed', name: 'Mandate signed', archived: false },
    ]);
    expect(stageIdFor('Łódź meeting', ['lodz-meeting'])).toBe('lodz-meeting-2');
  });

  it('moves, tags and deletes the selection; the toast offers Undo', () => {
    const onMove = vi.fn();
    const onAddTag = vi.fn();
    const onDelete = vi.fn();
    show(
      <BulkBar
        count={2}
        stages={DEFAULT_STAGES}
        tagSuggestions={[]}
        onMove={onMove}
        onAddTag={onAddTag}
        onDelete={onDelete}
        onClear={noop}
      />,
    );
    expect(root.textContent).toContain('2 selected');
    act(() => {
      const select = $<HTMLSelectElement>('select');
      select.value = 'replied';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    type($('input[list=bd-bulk-tags]'), 'KA210');
    click(byText('Add tag'));
    click(byText('Delete'));
    expect(onMove).toHaveBeenCalledWith('replied');
    expect(onAddTag).toHaveBeenCalledWith('KA210');
    expect(onDelete).toHaveBeenCalled();

    const onUndo = vi.fn();
    show(<UndoToast message="Deleted 2 partners" onUndo={onUndo} onClose={noop} />);
    click(byText('Undo'));
    expect(onUndo).toHaveBeenCalled();
  });
});

describe('Board container (fake-indexeddb)', () => {
  async function until<T>(
    read: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    what: string,
    timeout = 5000,
  ): Promise<T> {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await read();
      if (value) return value;
      if (Date.now() > end) throw new Error(`Timed out waiting for ${what}: ${root.textContent?.slice(0, 600)}`);
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
  const column = (name: string) =>
    $$('section.bd-col').find((s) => s.querySelector('h2')?.textContent?.includes(name))!;

  beforeEach(async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
    const { saveExtraction } = await import('@/lib/store/repo');
    const db = await openDatabase();
    await saveExtraction(db, {
      extraction: otlasExtraction(),
      organisationIndex: 0,
      pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/a.1/',
    });
    await saveExtraction(db, {
      extraction: otlasExtraction({
        name: 'Fundacja Młodzi Razem',
        country: 'PL',
        city: 'Łódź',
        profileUrl: undefined,
      }),
      organisationIndex: 0,
      pageUrl: 'https://www.salto-youth.net/tools/otlas-partner-finding/project/b.2/',
    });
    db.close();
  });

  it('shows the empty state when nothing is saved', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
    const { Board } = await import('@/views/board/Board');
    show(<Board />);
    expect(root.textContent).toContain('Loading your partners');
    await until(() => root.textContent?.includes('No partners saved yet'), 'the empty state');
    expect(root.textContent).toContain('Save partner');
  });

  it('moves a card with → (announced, saved), filters, deletes and undoes', { timeout: 20_000 }, async () => {
    const { Board } = await import('@/views/board/Board');
    show(<Board />);
    await until(() => $$('.bd-card').length === 2, 'two cards');
    expect(column('To contact').querySelectorAll('.bd-card')).toHaveLength(2);

    const card = [...column('To contact').querySelectorAll<HTMLElement>('.bd-card__open')].find((b) =>
      b.textContent?.includes('Jugendwerk'),
    )!;
    act(() => card.focus());
    press(card, 'ArrowRight');
    expect($('[data-testid=announcer]').textContent).toBe('Moved Jugendwerk Alpenland to Contacted');
    await until(() => column('Contacted').textContent?.includes('Jugendwerk'), 'the card in Contacted');
    expect((document.activeElement as HTMLElement | null)?.textContent).toContain('Jugendwerk');
    const stageInDb = async () => {
      const db = await openDatabase();
      const entries = await db.getAll('pipeline');
      db.close();
      return entries.find((e) => e.stageId === 'contacted');
    };
    expect((await until(stageInDb, 'the stage saved')).history.at(-1)?.text).toBe('To contact → Contacted');
    expect($('.pp-banner')).toBeNull();

    type($('#bd-filter'), 'lodz');
    expect($$('.bd-card').map((c) => c.querySelector('.bd-card__name')!.textContent)).toEqual([
      'Fundacja Młodzi Razem',
    ]);
    type($('#bd-filter'), '');

    click($('input[aria-label="Select Fundacja Młodzi Razem"]'));
    click(await until(() => byText('Delete'), 'the bulk bar'));
    await until(() => $('.bd-toast')?.textContent?.includes('Deleted 1 partner'), 'the undo toast');
    await until(() => $$('.bd-card').length === 1, 'one card left');
    click(byText('Undo'));
    await until(() => $$('.bd-card').length === 2, 'the card restored');
    expect(root.textContent).toContain('Fundacja Młodzi Razem');
  });
});
