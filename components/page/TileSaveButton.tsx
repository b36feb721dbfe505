import { i18n } from '@/lib/i18n';

interface TileSaveButtonProps {
  name: string;
  /** Stage name once saved. */
  savedStage?: string;
  busy?: boolean;
  onSave: () => void;
}

/** The small Save control on one search result: or, once saved, its stage. */
export function TileSaveButton({ name, savedStage, busy, onSave }: TileSaveButtonProps) {
  if (savedStage) return <span class="pp-tile pp-tile--saved">{i18n.t('page.savedStage', [savedStage])}</span>;
  return (
    <button
      type="button"
      class="pp-tile"
      disabled={busy}
      aria-label={i18n.t('page.multi.saveOne', [name])}
      onClick={onSave}
    >
      {busy ? i18n.t('page.saving') : i18n.t('page.savePartner')}
    </button>
  );
}
