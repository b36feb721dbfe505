import { useEffect, useState } from 'preact/hooks';
import type { ChecklistRow } from '@/components/page/OrganisationChecklist';
import { sendMessage } from '@/lib/protocol/send';
import type { ExtractionResult } from '@/lib/domain/model';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { tellFrames, useTileEvents } from './panel-channel';

export type Resolution = { mergeInto: string } | { keepSeparate: true };

/**
 * The rows of a page with several organisations and saving them one by one or all at once: the
 * rows start with what is already saved, follow the tiles' own saves, and tell the tiles in turn.
 */
export function useMultiSave(
  extraction: ExtractionResult,
  pageUrl: string,
  offerId: string,
  /** A tile needs the user's answer: the panel opens. */
  onAsk: () => void,
) {
  const [rows, setRows] = useState<ChecklistRow[]>(extraction.organisations.map((organisation) => ({ organisation })));
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void sendMessage({ type: 'partners.lookup', pageUrl, organisations: extraction.organisations }).then((reply) => {
      if (reply.ok) setRows((current) => current.map((row, i) => ({ ...row, savedStage: reply.saved[i]?.stageName })));
    });
  }, []);

  // A tile saved its organisation, or needs the user's answer: the panel follows, and asks.
  useTileEvents(
    offerId,
    (index, change) => update(index, change),
    (error) => (setError(error), onAsk()),
  );

  const update = (index: number, change: Partial<ChecklistRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const saveOne = async (index: number, resolution?: Resolution): Promise<boolean> => {
    update(index, { busy: true });
    const reply = await sendMessage({
      type: 'partners.save',
      extraction,
      organisationIndex: index,
      pageUrl,
      ...(resolution ? { resolution } : {}),
    });
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
    for (const [index, row] of rows.entries())
      if (!row.savedStage && !row.probable && (await saveOne(index))) saved += 1;
    setStatus(i18n.t('page.multi.savedSome', saved, [formatNumber(saved)]));
  };

  return { rows, status, error, saveOne, saveAll };
}
