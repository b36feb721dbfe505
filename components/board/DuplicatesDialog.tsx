import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { DuplicateGroup, type DuplicateGroupView } from './DuplicateGroup';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

interface DuplicatesDialogProps {
  groups: DuplicateGroupView[];
  /** A merge or "not the same" is being saved: the buttons wait. */
  busy: boolean;
  onMerge: (groupKey: string, survivorId: string) => void;
  onNotSame: (groupKey: string) => void;
  onClose: () => void;
  /** Said to screen readers inside the dialog (the page behind is inert while it is open). */
  status?: string;
  /** Where focus goes on close when the button that opened the dialog is gone (no duplicates left). */
  onFocusLost?: () => void;
  /** Shown inside the dialog, e.g. the "Merged … · Undo" message (the page behind is inert while it is open). */
  children?: ComponentChildren;
}

/** Saved partners that look like one organisation, for the user to merge or set apart. Esc closes it. */
export function DuplicatesDialog({
  groups,
  busy,
  onMerge,
  onNotSame,
  onClose,
  onFocusLost,
  status,
  children,
}: DuplicatesDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    if (element && typeof element.showModal === 'function' && !element.open) element.showModal();
    heading.current?.focus(); // not the first "Merge" button: Enter must not merge by accident
    return () => {
      if (element?.open) element.close(); // leave modal mode first: the page behind is inert until then
      if (opener?.isConnected) opener.focus();
      else onFocusLost?.();
    };
  }, []);
  // A group answered: its buttons are gone, so focus goes back to the top of the dialog.
  useEffect(() => {
    const active = document.activeElement;
    if (dialog.current && (!active || active === document.body || !dialog.current.contains(active)))
      heading.current?.focus();
  }, [groups.length]);

  return (
    <dialog
      ref={dialog}
      class="bd-dialog bd-dups"
      aria-labelledby="bd-dups-title"
      aria-describedby="bd-dups-help"
      onCancel={(event) => (event.preventDefault(), onClose())}
    >
      <h2 id="bd-dups-title" tabIndex={-1} ref={heading}>
        {i18n.t('board.duplicates.title')}
      </h2>
      <p id="bd-dups-help" class="bd-hint">
        {i18n.t('board.duplicates.help')}
      </p>
      {groups.length === 0 ? (
        <p class="bd-dups__empty">{i18n.t('board.duplicates.empty')}</p>
      ) : (
        <ul
          class="bd-dups__list"
          aria-label={i18n.t('board.duplicates.listLabel', groups.length, [formatNumber(groups.length)])}
        >
          {groups.map((group, index) => (
            <li key={group.key}>
              <DuplicateGroup
                group={group}
                index={index}
                busy={busy}
                onMerge={(survivorId) => onMerge(group.key, survivorId)}
                onNotSame={() => onNotSame(group.key)}
              />
            </li>
          ))}
        </ul>
      )}
      <p class="bd-sr" role="status">
        {status}
      </p>
      {children}
      <div class="bd-dialog__actions">
        <button type="button" class="pp-button" onClick={onClose}>
          {i18n.t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
