import type { ImportMode } from '@/lib/backup/import';
import { i18n } from '@/lib/i18n';
import { richText } from '@/lib/i18n/rich-text';

interface ImportModeChoiceProps {
  mode: ImportMode;
  disabled: boolean;
  onModeChange: (mode: ImportMode) => void;
}

/** Merge into the pipeline or replace it. */
export function ImportModeChoice({ mode, disabled, onModeChange }: ImportModeChoiceProps) {
  return (
    <fieldset class="pp-modes" disabled={disabled}>
      <legend>{i18n.t('import.preview.howTo')}</legend>
      <label>
        <input
          type="radio"
          name="pp-mode"
          value="merge"
          checked={mode === 'merge'}
          onChange={() => onModeChange('merge')}
        />{' '}
        {richText([<strong>{i18n.t('import.preview.merge')}</strong>], (word) =>
          i18n.t('import.preview.mergeOption', [word]),
        )}
      </label>
      <label>
        <input
          type="radio"
          name="pp-mode"
          value="replace"
          checked={mode === 'replace'}
          onChange={() => onModeChange('replace')}
        />{' '}
        {richText([<strong>{i18n.t('import.preview.replace')}</strong>], (word) =>
          i18n.t('import.preview.replaceOption', [word]),
        )}
      </label>
    </fieldset>
  );
}
