/**
 * The panel on a record page: composes its state (./useSavedPartner, ./usePanelForm, ./usePickOnPage)
 * and its sections. Components under it only receive plain data and callbacks.
 */
import { useRef, useState } from 'preact/hooks';
import { SaveButton } from '@/components/page/SaveButton';
import type { ExtractedOrganisation, ExtractionResult } from '@/lib/domain/model';
import type { PanelRules } from '@/lib/protocol/messages';
import { i18n } from '@/lib/i18n';
import { hasWarning } from '@/lib/domain/warnings';
import { fieldMarks } from './field-marks';
import { PickingCard } from './PickingCard';
import { RecordCard } from './RecordCard';
import { usePanelForm } from './usePanelForm';
import { usePickOnPage } from './usePickOnPage';
import { useSavedPartner, type Resolution } from './useSavedPartner';

interface PageAppProps {
  extraction: ExtractionResult;
  pageUrl: string;
  /** What to start the hand-entry form with when nothing could be read. */
  prefill?: Partial<ExtractedOrganisation>;
  /** Open the card at once (the context menu or keyboard shortcut asked for it). */
  startOpen?: boolean;
  /** Lets the mount trigger a click from the context menu or keyboard shortcut. */
  registerActivate?: (activate: () => void) => void;
  /** What the user's page rules did on this page. */
  rules?: PanelRules;
}

export function PageApp({ extraction, pageUrl, prefill, startOpen = false, registerActivate, rules }: PageAppProps) {
  const partner = useSavedPartner(extraction, pageUrl);
  const { read, saved, pending } = partner;
  const form = usePanelForm(read, prefill);
  const pick = usePickOnPage({ rules, setField: form.setField, ...partner });
  const [open, setOpen] = useState(startOpen);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const layoutChanged = hasWarning(extraction.warnings, 'layoutChanged');
  const contactHidden = hasWarning(extraction.warnings, 'contactHidden');
  const trusted = new Set(Object.keys(pick.byRule));
  const { edited, suggested } = form;
  const marks = fieldMarks({ read, edited, suggested, layoutChanged, contactHidden, trusted });

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  /** A save or a correction went through: the picks become rules, and the form is the user's again. */
  const done = async () => {
    form.clearEdited();
    const note = await pick.saveRules();
    if (note) partner.setStatus((status) => (status ? `${status} ${note}` : note));
  };
  const save = async (organisation: ExtractedOrganisation, resolution?: Resolution) => {
    const ok = await partner.save(organisation, resolution);
    setOpen(true);
    if (ok) await done();
  };
  const onButton = () => {
    if (open) return close();
    // Nothing read, or read from a page that looks redesigned: the user checks before saving.
    if (saved || !read || layoutChanged) return setOpen(true);
    void save(read);
  };
  registerActivate?.(() => (open ? buttonRef.current?.focus() : onButton()));

  const onSubmit = async () => {
    if (form.hasErrors()) return partner.setError(i18n.t('page.fixFields'));
    const corrections = form.corrections();
    if (saved) return void ((await partner.correct(corrections)) && (await done()));
    const organisation = { ...read, ...corrections } as ExtractedOrganisation;
    if (!organisation.name) return partner.setError(i18n.t('page.enterName'));
    await save(organisation);
  };

  const label = extraction.pageType === 'unknown' ? i18n.t('page.addFromPage') : i18n.t('page.savePartner');
  return (
    <div class="pp-root">
      <SaveButton
        buttonRef={buttonRef}
        savedStage={saved?.stageName}
        label={label}
        busy={partner.busy}
        expanded={open}
        onClick={onButton}
      />
      {open && pick.picking && (
        <PickingCard
          field={pick.picking}
          onUseSelection={() => pick.control('useSelection')}
          onCancel={() => pick.control('cancel')}
        />
      )}
      {open && !pick.picking && (
        <RecordCard
          extraction={extraction}
          partner={partner}
          form={form}
          pick={pick}
          marks={marks}
          dirty={Object.keys(form.edited).length > 0 || (!saved && (!read || layoutChanged))}
          onSubmit={() => void onSubmit()}
          onSave={(organisation, resolution) => void save(organisation, resolution)}
          onClose={close}
        />
      )}
    </div>
  );
}
