/**
 * The container for pages that list several organisations (a PRP project's coordinator and
 * partners, OTLAS search results): save one, several, or all of them.
 */
import { useRef, useState } from 'preact/hooks';
import { SaveButton } from '@/components/page/SaveButton';
import type { ExtractionResult } from '@/lib/domain/model';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { MultiSaveDialog } from './MultiSaveDialog';
import { useMultiSave } from './useMultiSave';

interface MultiSaveAppProps {
  extraction: ExtractionResult;
  pageUrl: string;
  startOpen?: boolean;
  registerActivate?: (activate: () => void) => void;
  /** The offer this panel and its tiles' Save buttons (frames of their own) share. */
  offerId: string;
}

export function MultiSaveApp({ extraction, pageUrl, startOpen = false, registerActivate, offerId }: MultiSaveAppProps) {
  const count = extraction.organisations.length;
  const [open, setOpen] = useState(startOpen);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { rows, status, error, saveOne, saveAll } = useMultiSave(extraction, pageUrl, offerId, () => setOpen(true));

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  registerActivate?.(() => setOpen(true));
  const unsaved = rows.filter((row) => !row.savedStage).length;
  const savedCount = count - unsaved;
  return (
    <div class="pp-root">
      <SaveButton
        buttonRef={buttonRef}
        label={i18n.t('page.multi.saveAllButton', [formatNumber(count)])}
        savedStage={unsaved === 0 ? 'all' : undefined}
        savedText={i18n.t('page.allSaved')}
        expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      />
      {/* Already in the pipeline, seen while browsing: how many of this page's organisations. */}
      {savedCount > 0 && unsaved > 0 && (
        <span class="pp-known">{i18n.t('page.multi.savedOf', [formatNumber(savedCount), formatNumber(count)])}</span>
      )}
      {open && (
        <MultiSaveDialog
          rows={rows}
          count={count}
          unsaved={unsaved}
          warnings={extraction.warnings}
          status={status}
          error={error}
          onClose={close}
          onSave={(index, resolution) => void saveOne(index, resolution)}
          onSaveAll={() => void saveAll()}
        />
      )}
    </div>
  );
}
