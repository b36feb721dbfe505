/**
 * Report this page in the framed panel: the copy downloads at once while the click still counts; a
 * copy that took longer than the browser lets a frame download by itself waits for one more click.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => ({
  reply: { ok: true, html: '<html></html>', fileName: 'partner-pipeline-report-otlas.html' },
}));
vi.mock('@/lib/protocol/send', () => ({ sendMessage: vi.fn(async () => sent.reply) }));
vi.mock('@/lib/dom/download-file', () => ({ downloadText: vi.fn() }));

const { ReportPage } = await import('@/views/page/ReportPage');
const { downloadText } = await import('@/lib/dom/download-file');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('Report this page', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    vi.mocked(downloadText).mockClear();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    Reflect.deleteProperty(navigator, 'userActivation');
  });
  const activation = (isActive: boolean) =>
    Object.defineProperty(navigator, 'userActivation', { value: { isActive }, configurable: true });

  it('downloads at once while the click still counts', async () => {
    activation(true);
    render(<ReportPage />, root);
    button(root, 'Report this page')!.click();
    await settle();
    expect(downloadText).toHaveBeenCalledWith(
      '<html></html>',
      'partner-pipeline-report-otlas.html',
      'text/html;charset=utf-8',
    );
    expect(root.textContent).toContain('Saved as partner-pipeline-report-otlas.html');
  });

  it('offers the ready report when the click no longer counts, and saves it on the next click', async () => {
    activation(false);
    render(<ReportPage />, root);
    button(root, 'Report this page')!.click();
    await settle();
    expect(downloadText).not.toHaveBeenCalled();
    expect(root.textContent).toContain('The report is ready');
    button(root, 'Save the report')!.click();
    await settle();
    expect(downloadText).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('Saved as partner-pipeline-report-otlas.html');
    expect(button(root, 'Report this page')).toBeDefined();
  });
});
