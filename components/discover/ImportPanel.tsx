/** Picking or dropping project lists, and the running import's progress bar with Cancel. */
import { useState } from 'preact/hooks';
import { i18n } from '@/lib/i18n';

export interface ImportProgressView {
  file: string;
  fileNumber: number;
  fileCount: number;
  rows: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

interface Props {
  progress?: ImportProgressView;
  number: (value: number, digits?: number) => string;
  onFiles: (files: File[]) => void;
  onCancel: () => void;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

export function ImportPanel({ progress, number, onFiles, onCancel }: Props) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length && !progress) onFiles(files);
  };
  if (progress) {
    const seconds = Math.max(progress.elapsedMs / 1000, 0.001);
    const speed = i18n.t('discover.progress.speed', [
      number(progress.rows),
      number(mb(progress.bytes), 1),
      number(mb(progress.totalBytes), 1),
      number(mb(progress.bytes) / seconds, 1),
    ]);
    return (
      <section class="dc-progress" aria-live="polite">
        <p>
          {i18n.t('discover.progress.file', [progress.file, String(progress.fileNumber), String(progress.fileCount)])}
        </p>
        <progress class="dc-bar" max={progress.totalBytes || 1} value={progress.bytes} aria-valuetext={speed} />
        <p class="bd-muted dc-speed">{speed}</p>
        <button type="button" class="pp-button" onClick={onCancel}>
          {i18n.t('discover.progress.cancel')}
        </button>
      </section>
    );
  }
  return (
    <label
      class={`dc-drop${over ? ' dc-drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <span>{i18n.t('discover.drop.label')}</span>
      <span class="pp-button">{i18n.t('discover.drop.pick')}</span>
      <input
        type="file"
        class="dc-file"
        multiple
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </label>
  );
}
