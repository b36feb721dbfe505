/**
 * The container for pages that list several organisations (a PRP project's coordinator and
 * partners, OTLAS search results): save one, several, or all of them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { OrganisationChecklist, type ChecklistRow } from '@/components/OrganisationChecklist';
import { SaveButton } from '@/components/SaveButton';
import { sendMessage } from '@/lib/send';
import type { ExtractionResult } from '@/lib/model';
import { formatNumber } from '@/lib/format';
import { i18n } from '@/lib/i18n';
import { PageNotice } from '@/components/PageNotice';
import { tellFrames, useTileEvents } from './panel-channel';
import { ReportPage } from './ReportPage';

type Resolution = { mergeInto: string } | { keepSeparate: true };

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
  const [rows, setRows] = useState<ChecklistRow[]>(extraction.organisations.map((organisation) => ({ organisation })));
  const [open, setOpen] = useState(startOpen);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void sendMessage({ type: 'partners.lookup', pageUrl, organisations: extraction.organisations }).then((reply) => {
      if (reply.ok) setRows((current) => current.map((row, i) => ({ ...row, savedStage: reply.saved[i]?.stageName })));
    });
  }, []);

  // A tile saved its organisation, or needs the user's answer: the panel follows, and asks.
  useTileEvents(offerId, (index, change) => update(index, change), (error) => (setError(error), setOpen(true)));

  const update = (index: number, change: Partial<ChecklistRow>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const saveOne = async (index: number, resolution?: Resolution): Promise<boolean> => {
    update(index, { busy: true });
    const reply = await sendMessage({ type: 'partners.save', extraction, organisationIndex: index, pageUrl, ...(resolution ? { resolution } : {}) });
    if (!reply.ok) {
      update(index, { busy: false });
      setError(reply.error);
      return false;
    }
    // A probable duplicate waits in its row for the user's answer; the others go on.
    if ('probable' in reply) {
      update(index, { busy: false, probable: reply.probable });
      return false;
    }
    update(index, { busy: false, probable: undefined, savedStage: reply.saved.stageName });
    tellFrames(offerId, { type: 'saved', index, stageName: reply.saved.stageName });
    return true;
  };

  const saveAll = async () => {
    setError(undefined);
    let saved = 0;
    for (const [index, row] of rows.entries()) if (!row.savedStage && !row.probable && (await saveOne(index))) saved += 1;
    setStatus(i18n.t('page.multi.savedSome', saved, [formatNumber(saved)]));
  };

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
      {savedCount > 0 && unsaved > 0 && <span class="pp-known">{i18n.t('page.multi.savedOf', [formatNumber(savedCount), formatNumber(count)])}</span>}
      {open && (
        <section class="pp-card" role="dialog" aria-label={i18n.t('page.multi.dialogLabel')} onKeyDown={(event) => event.key === 'Escape' && close()}>
          <header class="pp-card__head">
            <h2 class="pp-card__title">
              {savedCount > 0 ? i18n.t('page.multi.savedOf', [formatNumber(savedCount), formatNumber(count)]) : i18n.t('page.multi.onPage', count, [formatNumber(count)])}
            </h2>
            <button type="button" class="pp-icon" aria-label={i18n.t('page.close')} onClick={close}>×</button>
          </header>
          <PageNotice warnings={extraction.warnings} handEntry={false} check={false} />
          <OrganisationChecklist rows={rows} onSave={(index) => void saveOne(index)} onResolve={(index, resolution) => void saveOne(index, resolution)} />
          <div class="pp-card__row">
            <button type="button" class="pp-primary" disabled={unsaved === 0} onClick={() => void saveAll()}>
              {unsaved === count ? i18n.t('page.multi.saveAll', [formatNumber(count)]) : i18n.t('page.multi.saveOthers', [formatNumber(unsaved)])}
            </button>
            <button type="button" class="pp-link" onClick={() => void sendMessage({ type: 'pipeline.open' })}>{i18n.t('page.openPipeline')}</button>
          </div>
          <p class="pp-status" role="status" aria-live="polite">{error ? <span class="pp-error">{error}</span> : status}</p>
          <footer class="pp-card__foot"><ReportPage /></footer>
        </section>
      )}
    </div>
  );
}
