/**
 * The panel's partner on this page: whether it is saved, saving it (with the "Looks like …" question),
 * corrections, stage and note. Every change goes to the background, which binds it to this page.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type ProbableMatchReply, type SavedPartnerReply } from '@/lib/protocol/send';
import type { ExtractedOrganisation, ExtractionResult, Stage } from '@/lib/domain/model';
import { DEFAULT_STAGES, stageNameById } from '@/lib/domain/stages';
import { i18n } from '@/lib/i18n';
import { manualExtraction } from './manual';

export type Resolution = { mergeInto: string } | { keepSeparate: true };

/**
 * Acting on a partner from a page that shows it but was not saved from it (the same organisation's
 * other request, say): this page becomes one of its sources first. The partner as it is then, or why not.
 */
async function asSourceOfThisPage(
  saved: SavedPartnerReply | null,
  extraction: ExtractionResult,
  pageUrl: string,
): Promise<SavedPartnerReply | null | string> {
  if (!saved || saved.fromThisPage !== false || !extraction.organisations[0]) return saved;
  const reply = await sendMessage({ type: 'partners.save', extraction, organisationIndex: 0, pageUrl });
  if (!reply.ok || !('saved' in reply)) return reply.ok ? i18n.t('errors.notSavedFromPage') : reply.error;
  return { ...saved, fromThisPage: true };
}

export function useSavedPartner(extraction: ExtractionResult, pageUrl: string) {
  const read = extraction.organisations[0];
  const [saved, setSaved] = useState<SavedPartnerReply | null>(null);
  const [stages, setStages] = useState<Stage[]>(DEFAULT_STAGES);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  /** A save waiting for the user's answer to "Looks like …". */
  const [pending, setPending] = useState<{ organisation: ExtractedOrganisation; matches: ProbableMatchReply[] }>();
  const fail = (text: string) => {
    setError(text);
    return false;
  };

  useEffect(() => {
    void sendMessage({ type: 'stages.list' }).then((reply) => reply.ok && setStages(reply.stages));
    if (!read) return;
    void sendMessage({ type: 'partners.lookup', pageUrl, organisations: [read] }).then((reply) => {
      if (reply.ok && reply.saved[0]) setSaved(reply.saved[0]);
    });
  }, []);

  /** Saves; true when it is saved (not when a question waits or it failed). */
  const save = async (organisation: ExtractedOrganisation, resolution?: Resolution): Promise<boolean> => {
    setError(undefined);
    const proposal = read ? { ...extraction, organisations: [organisation] } : manualExtraction(organisation);
    if (!proposal) return fail(i18n.t('page.enterName'));
    setBusy(true);
    const base = { type: 'partners.save' as const, extraction: proposal, organisationIndex: 0, pageUrl };
    const reply = await sendMessage({ ...base, ...(resolution ? { resolution } : {}) });
    setBusy(false);
    if (!reply.ok) return fail(reply.error);
    if ('probable' in reply) {
      setPending({ organisation, matches: reply.probable });
      setStatus(undefined);
      return false;
    }
    setPending(undefined);
    setSaved(reply.saved);
    const name = reply.saved.name;
    setStatus(reply.saved.created ? i18n.t('page.saved', [name]) : i18n.t('page.addedPage', [name]));
    return true;
  };

  const fromThisPage = async (): Promise<boolean> => {
    const outcome = await asSourceOfThisPage(saved, extraction, pageUrl);
    if (typeof outcome === 'string') return fail(outcome);
    if (outcome !== saved) setSaved(outcome);
    return true;
  };

  const correct = async (corrections: Partial<ExtractedOrganisation>): Promise<boolean> => {
    if (!saved || !(await fromThisPage())) return false;
    const reply = await sendMessage({ type: 'partners.correct', orgId: saved.orgId, pageUrl, corrections });
    if (!reply.ok) return fail(reply.error);
    setSaved(reply.saved);
    setError(undefined);
    setStatus(i18n.t('page.correctionsSaved'));
    return true;
  };

  const setStage = async (stageId: string) => {
    if (!saved || !(await fromThisPage())) return;
    const reply = await sendMessage({ type: 'partners.setStage', orgId: saved.orgId, stageId });
    if (!reply.ok) return setError(reply.error);
    const stageName = stageNameById(stages, stageId);
    setSaved({ ...saved, stageId, stageName });
    setStatus(i18n.t('page.movedTo', [stageName]));
  };

  const addNote = async (text: string) => {
    if (!saved || !(await fromThisPage())) return;
    const reply = await sendMessage({ type: 'partners.addNote', orgId: saved.orgId, pageUrl, text });
    if (!reply.ok) return setError(reply.error);
    setSaved({ ...saved, lastNote: reply.lastNote });
    setStatus(i18n.t('page.noteAdded'));
  };

  return { read, saved, stages, busy, status, error, pending, setStatus, setError, save, correct, setStage, addNote };
}
export type SavedPartner = ReturnType<typeof useSavedPartner>;
