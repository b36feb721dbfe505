import type { Ref } from 'preact';
import { i18n } from '@/lib/i18n';

interface SaveButtonProps {
  /** Set once the organisation is saved: the button becomes a pill with its stage. */
  savedStage?: string;
  label?: string;
  /** Instead of "Saved · <stage>" once saved (e.g. "Saved · all"). */
  savedText?: string;
  busy?: boolean;
  /** Not ready yet (the panel is still loading what the page holds). */
  disabled?: boolean;
  expanded: boolean;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

export function SaveButton({
  savedStage,
  label,
  savedText,
  busy,
  disabled,
  expanded,
  onClick,
  buttonRef,
}: SaveButtonProps) {
  return (
    <button
      type="button"
      ref={buttonRef}
      class={savedStage ? 'pp-save pp-save--saved' : 'pp-save'}
      aria-expanded={expanded}
      aria-busy={busy}
      disabled={busy || disabled}
      onClick={onClick}
    >
      {busy
        ? i18n.t('page.saving')
        : savedStage
          ? (savedText ?? i18n.t('page.savedStage', [savedStage]))
          : (label ?? i18n.t('page.savePartner'))}
    </button>
  );
}
