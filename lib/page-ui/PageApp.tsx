/**
 * The in-page container: owns the panel's state and talks to the background.
 * Components under it only receive plain data and callbacks.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FieldRows, type FieldKey } from '@/components/FieldRows';
import { PartnerCard } from '@/components/PartnerCard';
import { SaveButton } from '@/components/SaveButton';
import { sendMessage, type ProbableMatchReply, type SavedPartnerReply } from '@/lib/send';
import { ProbableMatchPrompt } from '@/components/ProbableMatchPrompt';
import { QuickNote } from '@/components/QuickNote';
import type { ExtractedOrganisation, ExtractionResult, Stage } from '@/lib/model';
import { DEFAULT_STAGES, stageNameById } from '@/lib/stages';
import { i18n } from '@/lib/i18n';
import { PageNotice } from '@/components/PageNotice';
import { hasWarning } from '@/lib/warnings';
import { typedValue, validateField } from './validate-field';
import { manualExtraction } from './manual';
import { fieldMarks, textFields } from './field-marks';
import { ReportPage } from './ReportPage';

interface PageAppProps {
  extraction: ExtractionResult;
  pageUrl: string;
  /** What to start the hand-entry form with when nothing could be read. */
  prefill?: Partial<ExtractedOrganisation>;
  /** Open the card at once (the context menu or keyboard shortcut asked for it). */
  startOpen?: boolean;
  /** Lets the mount trigger a click from the context menu or keyboard shortcut. */
  registerActivate?: (activate: () => void) => void;
}

type Resolution = { mergeInto: string } | { keepSeparate: true };

export function PageApp({ extraction, pageUrl, prefill, startOpen = false, registerActivate }: PageAppProps) {
  const read = extraction.organisations[0];
  const [saved, setSaved] = useState<SavedPartnerReply | null>(null);
  const [stages, setStages] = useState<Stage[]>(DEFAULT_STAGES);
  const [open, setOpen] = useState(startOpen);
  const [busy, setBusy] = useState(false);
  const [values, setValues] = useState<Partial<ExtractedOrganisation>>(read ?? prefill ?? {});
  // Hand entry starts from what the readers found: suggested, not "corrected by you", until the user types.
  const suggested = read ? {} : textFields(prefill);
  const [edited, setEdited] = useState<Partial<Record<FieldKey, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  /** A save waiting for the user's answer to "Looks like …". */
  const [pending, setPending] = useState<{ organisation: ExtractedOrganisation; matches: ProbableMatchReply[] }>();
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void sendMessage({ type: 'stages.list' }).then((reply) => reply.ok && setStages(reply.stages));
    if (read) {
      void sendMessage({ type: 'partners.lookup', pageUrl, organisations: [read] }).then((reply) => {
        if (reply.ok && reply.saved[0]) setSaved(reply.saved[0]);
      });
    }
  }, []);

  const layoutChanged = hasWarning(extraction.warnings, 'layoutChanged');
  const contactHidden = hasWarning(extraction.warnings, 'contactHidden');
  const marks = fieldMarks({ read, edited, suggested, layoutChanged, contactHidden });

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const save = async (organisation: ExtractedOrganisation, resolution?: Resolution) => {
    setBusy(true);
    setError(undefined);
    const proposal = read ? { ...extraction, organisations: [organisation] } : manualExtraction(organisation);
    if (!proposal) return setError(i18n.t('page.enterName'));
    const reply = await sendMessage({ type: 'partners.save', extraction: proposal, organisationIndex: 0, pageUrl, ...(resolution ? { resolution } : {}) });
    setBusy(false);
    setOpen(true);
    if (!reply.ok) return setError(reply.error);
    if ('probable' in reply) {
      setPending({ organisation, matches: reply.probable });
      return setStatus(undefined);
    }
    setPending(undefined);
    setSaved(reply.saved);
    setEdited({});
    setStatus(reply.saved.created ? i18n.t('page.saved', [reply.saved.name]) : i18n.t('page.addedPage', [reply.saved.name]));
  };

  const onButton = () => {
    if (open) return close();
    // Nothing read, or read from a page that looks redesigned: the user checks before saving.
    if (saved || !read || layoutChanged) return setOpen(true);
    void save(read);
  };
  registerActivate?.(() => (open ? buttonRef.current?.focus() : onButton()));

  const onChange = (field: FieldKey, value: string) => {
    setValues({ ...values, [field]: value });
    setEdited({ ...edited, [field]: value });
    setErrors({ ...errors, [field]: validateField(field, value) });
  };

  /**
   * Acting on a partner from a page that shows it but was not saved from it (the same
   * organisation's other request, say): this page becomes one of its sources first.
   */
  const fromThisPage = async (): Promise<boolean> => {
    if (!saved || saved.fromThisPage !== false || !read) return true;
    const reply = await sendMessage({ type: 'partners.save', extraction, organisationIndex: 0, pageUrl });
    if (!reply.ok || !('saved' in reply)) {
      setError(reply.ok ? i18n.t('errors.notSavedFromPage') : reply.error);
      return false;
    }
    setSaved({ ...saved, fromThisPage: true });
    return true;
  };

  const onSubmit = async () => {
    if (Object.values(errors).some(Boolean)) return setError(i18n.t('page.fixFields'));
    const typed = { ...suggested, ...edited };
    const corrections = Object.fromEntries(Object.entries(typed).map(([key, value]) => [key, typedValue(key as FieldKey, value)]));
    if (!saved) {
      const organisation = { ...read, ...corrections } as ExtractedOrganisation;
      if (!organisation.name) return setError(i18n.t('page.enterName'));
      return void save(organisation);
    }
    if (!(await fromThisPage())) return;
    const reply = await sendMessage({ type: 'partners.correct', orgId: saved.orgId, pageUrl, corrections });
    if (!reply.ok) return setError(reply.error);
    setSaved(reply.saved);
    setEdited({});
    setError(undefined);
    setStatus(i18n.t('page.correctionsSaved'));
  };

  const onStageChange = async (stageId: string) => {
    if (!saved || !(await fromThisPage())) return;
    const reply = await sendMessage({ type: 'partners.setStage', orgId: saved.orgId, stageId });
    if (!reply.ok) return setError(reply.error);
    const stageName = stageNameById(stages, stageId);
    setSaved({ ...saved, stageId, stageName });
    setStatus(i18n.t('page.movedTo', [stageName]));
  };

  const onAddNote = async (text: string) => {
    if (!saved || !(await fromThisPage())) return;
    const reply = await sendMessage({ type: 'partners.addNote', orgId: saved.orgId, pageUrl, text });
    if (!reply.ok) return setError(reply.error);
    setSaved({ ...saved, lastNote: reply.lastNote });
    setStatus(i18n.t('page.noteAdded'));
  };

  const heading = saved
    ? i18n.t('page.headingSaved', [saved.name, saved.stageName])
    : pending
      ? i18n.t('page.headingProbable')
      : read
        ? i18n.t('page.headingNotSaved')
        : i18n.t('page.headingByHand');
  return (
    <div class="pp-root">
      <SaveButton buttonRef={buttonRef} savedStage={saved?.stageName} label={extraction.pageType === 'unknown' ? i18n.t('page.addFromPage') : i18n.t('page.savePartner')} busy={busy} expanded={open} onClick={onButton} />
      {open && (
        <PartnerCard
          heading={heading}
          notice={<PageNotice warnings={extraction.warnings} handEntry={!read} check />}
          stages={stages}
          stageId={saved?.stageId}
          dirty={Object.keys(edited).length > 0 || (!saved && (!read || layoutChanged))}
          status={status}
          error={error}
          submitLabel={saved ? i18n.t('page.saveCorrections') : i18n.t('page.savePartner')}
          onStageChange={(id) => void onStageChange(id)}
          onSubmit={() => void onSubmit()}
          onOpenPipeline={() => void sendMessage({ type: 'pipeline.open' })}
          onClose={close} footer={<ReportPage />}
        >
          {pending && (
            <ProbableMatchPrompt
              matches={pending.matches}
              onMerge={(orgId) => void save(pending.organisation, { mergeInto: orgId })}
              onKeepSeparate={() => void save(pending.organisation, { keepSeparate: true })}
            />
          )}
          {saved && <QuickNote lastNote={saved.lastNote} onAdd={(text) => void onAddNote(text)} />}
          <FieldRows values={values} marks={marks} errors={errors} onChange={onChange} />
        </PartnerCard>
      )}
    </div>
  );
}
