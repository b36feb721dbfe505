/**
 * One search result's own Save control, framed into its tile. It shares its state with the page's
 * list panel (another frame of the same offer): a save here shows there, and a save that needs the
 * user's answer ("Looks like …") or fails opens the panel, where it is asked.
 */
import { useEffect, useState } from 'preact/hooks';
import { TileSaveButton } from '@/components/page/TileSaveButton';
import { sendMessage } from '@/lib/protocol/send';
import type { ExtractionResult } from '@/lib/domain/model';
import { onFrameEvent, tellFrames } from './panel-channel';

interface TileAppProps {
  extraction: ExtractionResult;
  pageUrl: string;
  index: number;
  offerId: string;
}

export function TileApp({ extraction, pageUrl, index, offerId }: TileAppProps) {
  const organisation = extraction.organisations[index];
  const [savedStage, setSavedStage] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!organisation) return;
    void sendMessage({ type: 'partners.lookup', pageUrl, organisations: [organisation] }).then((reply) => {
      if (reply.ok && reply.saved[0]) setSavedStage(reply.saved[0].stageName);
    });
    return onFrameEvent(offerId, (event) => {
      if (event.type === 'saved' && event.index === index) setSavedStage(event.stageName);
    });
  }, []);
  if (!organisation) return null;

  const onSave = async () => {
    setBusy(true);
    const reply = await sendMessage({ type: 'partners.save', extraction, organisationIndex: index, pageUrl });
    setBusy(false);
    if (!reply.ok) return tellFrames(offerId, { type: 'reveal', index, error: reply.error });
    if ('probable' in reply) return tellFrames(offerId, { type: 'reveal', index, probable: reply.probable });
    setSavedStage(reply.saved.stageName);
    tellFrames(offerId, { type: 'saved', index, stageName: reply.saved.stageName });
  };
  return (
    <div class="pp-tile-root">
      <TileSaveButton name={organisation.name} savedStage={savedStage} busy={busy} onSave={() => void onSave()} />
    </div>
  );
}
