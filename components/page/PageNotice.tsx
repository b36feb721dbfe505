import type { Warning } from '@/lib/domain/warnings';
import { noticeInWords } from '@/lib/i18n/warnings';

interface PageNoticeProps {
  warnings: readonly Warning[];
  /** Nothing was read: the user enters the organisation by hand. */
  handEntry: boolean;
  /** Fields to check are shown under the notice. */
  check: boolean;
}

/** The panel's one plain message about what could not be read, and at most one line more. */
export function PageNotice({ warnings, handEntry, check }: PageNoticeProps) {
  const notice = noticeInWords(warnings, { handEntry, check });
  if (!notice) return null;
  return (
    <div class="pp-page-notice" role="note">
      <p class="pp-page-notice__message">{notice.message}</p>
      {notice.secondary && <p class="pp-page-notice__more">{notice.secondary}</p>}
    </div>
  );
}
