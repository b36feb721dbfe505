/** Options › Import: choose a backup file, see what it would change, then merge or replace. */
import { ImportPreview } from '@/components/backup/ImportPreview';
import { i18n } from '@/lib/i18n';
import { describeOtherStores } from '@/lib/reads/tools';
import { useImportFlow } from './useImportFlow';

type ImportFlowArgs = Parameters<typeof useImportFlow>;

interface ImportSectionProps {
  run: ImportFlowArgs[0];
  read: ImportFlowArgs[1];
  /** After an import: the backup nudge may change. */
  onImported: ImportFlowArgs[2];
  /** Cancelled: what to say. */
  onCancelled: ImportFlowArgs[3];
  busy: boolean;
}

export function ImportSection({ run, read, onImported, onCancelled, busy }: ImportSectionProps) {
  const { pending, fileInputKey, chooseFile, changeMode, cancel, apply } = useImportFlow(
    run,
    read,
    onImported,
    onCancelled,
  );
  return (
    <section class="pp-section" aria-labelledby="pp-import-title">
      <h2 id="pp-import-title">{i18n.t('options.importTitle')}</h2>
      <label class="pp-field">
        <span>{i18n.t('options.fileLabel')}</span>
        <input
          key={fileInputKey}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
        />
      </label>
      <p class="pp-hint">{i18n.t('options.importHint')}</p>
      {pending && (
        <ImportPreview
          fileName={pending.fileName}
          exportedAt={pending.backup.exportedAt}
          preview={pending.preview}
          mode={pending.mode}
          onModeChange={changeMode}
          onApply={() => void apply()}
          onCancel={cancel}
          safetyCopy={pending.safetyCopy}
          note={describeOtherStores(pending.preview)}
          busy={busy}
        />
      )}
    </section>
  );
}
