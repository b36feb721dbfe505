/**
 * The framed panel's root: asks the background for its page's offer (what the content script read
 * there), draws the button at once from the frame's address, then the real panel. Runs in an
 * extension page, so the platform page can neither read what it shows nor press its buttons.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SaveButton } from '@/components/page/SaveButton';
import { TileSaveButton } from '@/components/page/TileSaveButton';
import { sendMessage } from '@/lib/protocol/send';
import type { PanelStateReply } from '@/lib/protocol/messages';
import { formatNumber } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';
import { PageApp } from './PageApp';
import { MultiSaveApp } from './MultiSaveApp';
import { TileApp } from './TileApp';
import { reportFrameSize } from './frame-size';
import { onPanelActivated } from './panel-channel';
import type { PanelHint } from './panel-hint';

const markShown = (key: 'partnerPipelineShownAt' | 'partnerPipelineReadyAt') =>
  ((window as unknown as Record<string, number>)[key] ??= performance.timeOrigin + performance.now());

function Placeholder({ hint, error }: { hint: PanelHint; error?: string }) {
  if (hint.view === 'tile') {
    return (
      <div class="pp-tile-root">
        <TileSaveButton name="" busy onSave={() => undefined} />
      </div>
    );
  }
  const label =
    hint.view === 'list'
      ? i18n.t('page.multi.saveAllButton', [formatNumber(hint.count)])
      : hint.view === 'manual'
        ? i18n.t('page.addFromPage')
        : i18n.t('page.savePartner');
  return (
    <div class="pp-root">
      <SaveButton label={label} disabled expanded={false} onClick={() => undefined} />
      {error && (
        <p class="pp-status">
          <span class="pp-error">{error}</span>
        </p>
      )}
    </div>
  );
}

export function PanelRoot({ hint }: { hint: PanelHint }) {
  const [state, setState] = useState<PanelStateReply>();
  const [error, setError] = useState<string>();
  const activate = useRef<() => void>();

  useEffect(() => reportFrameSize(), []);
  // For `npm run bench`: when the button was first on screen, as wall-clock time (frames have their own clocks).
  useEffect(() => void requestAnimationFrame(() => markShown('partnerPipelineShownAt')), []);
  useEffect(() => void (state && requestAnimationFrame(() => markShown('partnerPipelineReadyAt'))), [state]);
  useEffect(() => {
    void sendMessage({ type: 'panel.state' }).then((reply) => (reply.ok ? setState(reply) : setError(reply.error)));
    return onPanelActivated(hint.offerId, () => activate.current?.());
  }, []);

  if (!state) return <Placeholder hint={hint} error={error} />;
  const register = (fn: () => void) => (activate.current = fn);
  const { extraction, pageUrl, startOpen } = state;
  const props = { extraction, pageUrl, startOpen, registerActivate: register };
  if (hint.view === 'tile') return <TileApp {...props} index={hint.index} offerId={hint.offerId} />;
  if (state.extraction.organisations.length > 1) return <MultiSaveApp {...props} offerId={hint.offerId} />;
  return <PageApp {...props} prefill={state.prefill} rules={state.rules} />;
}
