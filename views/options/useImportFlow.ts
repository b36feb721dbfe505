/** The options page's import: read a file, preview it, change mode, apply or cancel. */
import { useState } from 'preact/hooks';
import { command } from '@/lib/commands/client';
import { downloadBackup } from '@/lib/reads/download';
import { i18n } from '@/lib/i18n';
import {
  describeResult,
  previewImport,
  readBackupFile,
  type Backup,
  type ImportMode,
  type ImportPreview as Preview,
} from '@/lib/reads/tools';
import type { Read } from './useOptionsTask';
import type { Run } from './useTask';

export interface Pending {
  fileName: string;
  backup: Backup;
  preview: Preview;
  mode: ImportMode;
  /** Replace: the automatic backup taken before asking for confirmation. */
  safetyCopy?: string;
}

export function useImportFlow(run: Run, read: Read, onImported: () => void, onCancelled: (message: string) => void) {
  const [pending, setPending] = useState<Pending>();
  const [fileInputKey, setFileInputKey] = useState(0);

  const chooseFile = (file: File | undefined) =>
    file &&
    run(async () => {
      setPending(undefined);
      const backup = await readBackupFile(file);
      const preview = await read((db) => previewImport(db, backup, 'merge'));
      setPending({ fileName: file.name, backup, preview, mode: 'merge' });
      return undefined;
    });

  const changeMode = (mode: ImportMode) => {
    if (!pending) return;
    setPending({ ...pending, mode }); // the choice shows at once; the counts follow
    void run(async () => {
      const preview = await read((db) => previewImport(db, pending.backup, mode));
      setPending((current) => current && { ...current, preview, mode });
      return undefined;
    });
  };

  const cancel = () => {
    setPending(undefined);
    setFileInputKey((key) => key + 1);
    onCancelled(i18n.t('options.importCancelled'));
  };

  const apply = () =>
    pending &&
    run(async () => {
      if (pending.mode === 'replace' && !pending.safetyCopy) {
        const { fileName } = await downloadBackup('before-replace');
        setPending({ ...pending, safetyCopy: fileName });
        return i18n.t('options.safetySaved', [fileName]);
      }
      const { backup, mode, preview } = pending;
      const outcome = await command('import.apply', { backup, mode, preview });
      // The data changed since the preview: nothing was written; show the fresh preview and say why.
      if ('refused' in outcome) {
        setPending({ ...pending, preview: outcome.fresh, safetyCopy: undefined });
        throw outcome.refused;
      }
      const result = outcome.result;
      setPending(undefined);
      setFileInputKey((key) => key + 1);
      onImported();
      return describeResult(result);
    });

  return { pending, fileInputKey, chooseFile, changeMode, cancel, apply };
}
