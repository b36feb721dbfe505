/** What the popup says above the list: a problem, readers that met pages they did not know, the backup nudge. */
import { useState } from 'preact/hooks';
import { BackupNudge } from '@/components/backup/BackupNudge';
import { formatDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import type { Platform } from '@/lib/domain/model';
import { PLATFORM_NAMES } from '@/lib/platforms/names';

interface PopupNoticesProps {
  problem: string | undefined;
  outdated: { platform: Platform; seenAt: string }[];
  nudge: string | null | undefined;
  /** Export now; `done` hides the nudge once the backup was saved. */
  onExport: (done: () => void) => void;
  onDismissNudge: () => void;
}

export function PopupNotices({ problem, outdated, nudge, onExport, onDismissNudge }: PopupNoticesProps) {
  const [nudgeHidden, setNudgeHidden] = useState(false);
  const hideNudge = () => setNudgeHidden(true);
  return (
    <>
      {problem && (
        <p class="pp-banner" role="alert">
          {problem}
        </p>
      )}
      {outdated.map(({ platform, seenAt }) => (
        <p key={platform} class="pp-notice" role="status">
          {i18n.t('popup.readerOutdated', [PLATFORM_NAMES[platform], formatDate(seenAt)])}
        </p>
      ))}
      {nudge && !nudgeHidden && (
        <BackupNudge
          message={nudge}
          onExport={() => onExport(hideNudge)}
          onDismiss={() => {
            hideNudge();
            onDismissNudge();
          }}
        />
      )}
    </>
  );
}
