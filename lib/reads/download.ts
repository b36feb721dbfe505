/** Downloads from an extension page: builds the backup / CSV file and hands it to the browser. */
import { downloadText } from '../dom/download-file';
import { MigrationError, openAsItIs, openDatabase } from '../store/db';
import { buildCsv, csvFileName, type CsvDelimiter } from '../backup/csv';
import { exportFileName, exportParts, localDate, readAllData } from '../backup/exchange';

export interface DownloadedBackup {
  fileName: string;
  organisations: number;
}

/** Downloads everything as JSON (optionally labelled, e.g. "before-replace") and records the backup. */
export async function downloadBackup(label = ''): Promise<DownloadedBackup> {
  // An upgrade that failed left the data as it was: export that, so the user can keep a copy.
  const db = await openDatabase().catch((error: unknown) => {
    if (error instanceof MigrationError) return openAsItIs();
    throw error;
  });
  try {
    const at = new Date();
    const { parts, counts } = await exportParts(db, browser.runtime.getManifest().version, at);
    const fileName = exportFileName(at, label);
    downloadText(parts, fileName, 'application/json');
    // The bookkeeping is a change like any other: a command (lib/commands), on this connection.
    const { commandsOver } = await import('../commands/client');
    await (
      await commandsOver(db)
    )('backup.markExported', { at: at.toISOString() });
    return { fileName, organisations: counts.organisations };
  } finally {
    db.close();
  }
}

/** Download everything as JSON; returns how many organisations went into the file. */
export async function downloadExport(): Promise<number> {
  return (await downloadBackup()).organisations;
}

/** One row per organisation for Excel. Not a backup: it does not reset the backup nudges. */
export async function downloadCsv(delimiter: CsvDelimiter): Promise<number> {
  const db = await openDatabase();
  try {
    const data = await readAllData(db);
    downloadText(buildCsv(data, delimiter), csvFileName(localDate(new Date())), 'text/csv;charset=utf-8');
    return data.organisations.length;
  } finally {
    db.close();
  }
}
