import { i18n } from '@/lib/i18n';

interface BackupNudgeProps {
  /** From backupNudge() in lib/backup/nudge.ts, e.g. "Last backup 34 days ago — export now". */
  message: string;
  onExport: () => void;
  onDismiss: () => void;
  /** While an export runs: the button waits. */
  busy?: boolean;
}

/** A quiet reminder to take a backup: the message, "Export now" and a dismiss button. */
export function BackupNudge({ message, onExport, onDismiss, busy = false }: BackupNudgeProps) {
  return (
    <div class="pp-nudge" role="status">
      <span class="pp-nudge__text">{message}</span>
      <span class="pp-nudge__actions">
        <button type="button" class="pp-button pp-button--primary" onClick={onExport} disabled={busy}>
          {i18n.t('backup.exportNow')}
        </button>
        <button
          type="button"
          class="pp-button pp-nudge__dismiss"
          onClick={onDismiss}
          aria-label={i18n.t('backup.dismissLabel')}
          title={i18n.t('backup.notNow')}
        >
          ×
        </button>
      </span>
    </div>
  );
}
