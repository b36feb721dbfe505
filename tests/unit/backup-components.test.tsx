/** The backup and import components: presentational, text only, events out. */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupNudge } from '@/components/backup/BackupNudge';
import { ExportControls } from '@/components/backup/ExportControls';
import { ImportPreview } from '@/components/backup/ImportPreview';
import { CSV_DELIMITERS } from '@/lib/backup/csv';
import { formatDate } from '@/lib/i18n/format';
import { EXPORTED_STORE_NAMES } from '@/lib/backup/exchange';
import type { ImportPreview as Preview } from '@/lib/backup/import';

describe('components', () => {
  let root: HTMLElement;
  const mount = (node: preact.ComponentChild) => {
    root = document.createElement('div');
    document.body.append(root);
    render(node, root);
    return root;
  };
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
    )!;

  it('BackupNudge shows the message, Export now and a dismiss button', () => {
    const onExport = vi.fn();
    const onDismiss = vi.fn();
    mount(<BackupNudge message="Last backup 34 days ago — export now" onExport={onExport} onDismiss={onDismiss} />);
    expect(root.textContent).toContain('Last backup 34 days ago — export now');
    button('Export now').click();
    button('Dismiss the backup reminder').click();
    expect(onExport).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('ExportControls offers both exports and the separator', () => {
    const onDelimiterChange = vi.fn();
    const onExportCsv = vi.fn();
    mount(
      <ExportControls
        delimiter=";"
        delimiters={CSV_DELIMITERS}
        onDelimiterChange={onDelimiterChange}
        onExportJson={vi.fn()}
        onExportCsv={onExportCsv}
      />,
    );
    const select = root.querySelector('select')!;
    expect(select.value).toBe(';');
    select.value = ',';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onDelimiterChange).toHaveBeenCalledWith(',');
    button('Export CSV').click();
    expect(onExportCsv).toHaveBeenCalledOnce();
    expect(button('Export JSON')).toBeDefined();
  });

  const preview: Preview = {
    revision: '',
    mode: 'merge',
    rows: [
      { status: 'new', name: 'Fundacja Łódź', fileId: 'a', storedId: 'a', conflicts: [], reasons: [] },
      {
        status: 'conflicting',
        name: 'Ελλάδα',
        fileId: 'b',
        storedId: 'b',
        matchedBy: 'OID',
        conflicts: ['stage: kept “Replied”, the file has “Confirmed”'],
        reasons: [],
      },
      {
        status: 'rejected',
        name: '<img src=x onerror=alert(1)>',
        fileId: 'c',
        conflicts: [],
        reasons: ['website: must be an http(s) address'],
      },
    ],
    counts: { new: 1, updated: 0, unchanged: 0, conflicting: 1, rejected: 1 },
    stores: Object.fromEntries(
      EXPORTED_STORE_NAMES.map((name) => [name, { new: 0, updated: 0, unchanged: 0, conflicting: 0, rejected: 0 }]),
    ) as Preview['stores'],
    rejected: [],
    removed: 0,
    settings: [],
  };

  it('ImportPreview shows counts and reasons as text, and the mode choice', () => {
    const onModeChange = vi.fn();
    const onApply = vi.fn();
    mount(
      <ImportPreview
        fileName="backup.json"
        exportedAt="2026-11-01T10:00:00.000Z"
        preview={preview}
        mode="merge"
        onModeChange={onModeChange}
        onApply={onApply}
        onCancel={vi.fn()}
      />,
    );
    // The backup's date in the user's locale (Intl), like every date on screen.
    expect(root.querySelector('.pp-summary')!.textContent).toBe(
      `Backup of ${formatDate('2026-11-01T10:00:00.000Z')} with 3 organisations: 1 new, 1 with differences, 1 cannot be imported.`,
    );
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>: website: must be an http(s) address');
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('Ελλάδα: stage: kept “Replied”, the file has “Confirmed”');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(rows).toEqual([
      'New1',
      'Updated (details added)0',
      'Unchanged0',
      'Differences (your version kept)1',
      'Cannot be imported1',
    ]);
    root.querySelector<HTMLInputElement>('input[value="replace"]')!.click();
    expect(onModeChange).toHaveBeenCalledWith('replace');
    button('Import').click();
    expect(onApply).toHaveBeenCalledOnce();
  });

  it('ImportPreview in replace mode asks to confirm after the automatic backup', () => {
    const onApply = vi.fn();
    mount(
      <ImportPreview
        fileName="b.json"
        exportedAt="2026-11-01T10:00:00.000Z"
        preview={{ ...preview, mode: 'replace', removed: 7 }}
        mode="replace"
        onModeChange={vi.fn()}
        onApply={onApply}
        onCancel={vi.fn()}
      />,
    );
    expect(button('Back up my data, then replace…')).toBeDefined();
    render(null, root);
    mount(
      <ImportPreview
        fileName="b.json"
        exportedAt="2026-11-01T10:00:00.000Z"
        preview={{ ...preview, mode: 'replace', removed: 7 }}
        mode="replace"
        onModeChange={vi.fn()}
        onApply={onApply}
        onCancel={vi.fn()}
        safetyCopy="partner-pipeline-before-replace-2026-11-28.json"
      />,
    );
    expect(root.querySelector('[role="alertdialog"]')!.textContent).toContain(
      'saved as partner-pipeline-before-replace-2026-11-28.json in your downloads. Replace all 7 partners you have with the 2 organisations of this file?',
    );
    button('Replace everything').click();
    expect(onApply).toHaveBeenCalledOnce();
  });
});
