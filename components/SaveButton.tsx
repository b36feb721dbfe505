import type { Ref } from 'preact';

interface SaveButtonProps {
  /** Set once the organisation is saved: the button becomes a pill with its stage. */
  savedStage?: string;
  label?: string;
  busy?: boolean;
  expanded: boolean;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

export function SaveButton({ savedStage, label = 'Save partner', busy, expanded, onClick, buttonRef }: SaveButtonProps) {
  return (
    <button
      type="button"
      ref={buttonRef}
      class={savedStage ? 'pp-save pp-save--saved' : 'pp-save'}
      aria-expanded={expanded}
      aria-busy={busy}
      disabled={busy}
      onClick={onClick}
    >
      {busy ? 'Saving…' : savedStage ? `Saved · ${savedStage}` : label}
    </button>
  );
}
