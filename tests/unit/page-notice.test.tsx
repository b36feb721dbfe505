/**
 * The panel's notice (components/page/PageNotice.tsx, issue 11 "a better fallback"): one plain message
 * saying what could not be read, composed from the warnings' codes, and at most one line more —
 * in the panel's hand entry (through PageApp) and in the list panel.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageNotice } from '@/components/page/PageNotice';
import { warning } from '@/lib/domain/warnings';

vi.mock('@/lib/protocol/send', () => ({
  sendMessage: vi.fn(async (message: { type: string }) =>
    message.type === 'stages.list' ? { ok: true, stages: [] } : { ok: false, error: 'not in this test' },
  ),
}));

const { PageApp } = await import('@/views/page/PageApp');

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const lines = () => [...host.querySelectorAll('.pp-page-notice p')].map((p) => p.textContent);

/** What OTLAS's reader says about a request page it cannot read (tests/fixtures/otlas/request-unreadable-layout). */
const UNREADABLE = [
  warning('layoutChanged'),
  warning('noOrganisation'),
  warning('noBasedIn'),
  warning('contactHidden'),
];

describe('PageNotice', () => {
  it('shows one message for warnings that said the same thing, and one line more', () => {
    render(<PageNotice warnings={UNREADABLE} handEntry check />, host);
    expect(lines()).toEqual([
      "We could not read the organisation's name and country on this page. Please check the fields below.",
      'Contact details are hidden on this page (login required).',
    ]);
    expect(host.querySelector('.pp-page-notice')?.getAttribute('role')).toBe('note');
  });

  it('shows nothing when nothing could be missing', () => {
    render(<PageNotice warnings={[]} handEntry={false} check />, host);
    expect(host.innerHTML).toBe('');
  });

  it("shows a page's own text as text, never as markup", () => {
    render(
      <PageNotice
        warnings={[warning('unknownCountry', { country: '<img src=x onerror=alert(1)>' })]}
        handEntry={false}
        check={false}
      />,
      host,
    );
    expect(host.querySelector('img')).toBeNull();
    expect(lines()).toEqual([
      "We could not read the organisation's country on this page.",
      'Could not recognise the country "<img src=x onerror=alert(1)>".',
    ]);
  });
});

describe("the panel's hand entry", () => {
  it('says once what could not be read, instead of a stack of warnings', async () => {
    const extraction = {
      platform: 'otlas' as const,
      pageType: 'partner-request' as const,
      organisations: [],
      opportunity: null,
      warnings: UNREADABLE,
    };
    await act(async () => {
      render(
        <PageApp
          extraction={extraction}
          pageUrl="https://www.salto-youth.net/tools/otlas-partner-finding/project/x.1/"
          startOpen
        />,
        host,
      );
    });
    expect(lines()).toEqual([
      "We could not read the organisation's name and country on this page. Please check the fields below.",
      'Contact details are hidden on this page (login required).',
    ]);
    expect(host.querySelectorAll('.pp-warnings li')).toHaveLength(0);
    expect(host.textContent).not.toContain('looks different');
  });
});

describe('the board\'s "Where you found it"', () => {
  it('words each stored warning from its code, and an old sentence as it was written', async () => {
    const { DetailSources } = await import('@/components/detail/DetailSources');
    const source = {
      origin: 'prp' as const,
      pageType: 'project' as const,
      savedAt: '2026-01-01T10:00:00.000Z',
      extracted: { name: 'Universita di Test' },
      warnings: [warning('withdrawn', { count: 2 }), warning('legacy', { text: 'Ein Satz einer alten Version.' })],
    };
    render(<DetailSources sources={[source]} />, host);
    const items = [...host.querySelectorAll('.bd-warnings li')].map((li) => li.textContent);
    expect(items).toEqual([
      '2 organisations that withdrew from the project were left out.',
      'Ein Satz einer alten Version.',
    ]);
  });
});
