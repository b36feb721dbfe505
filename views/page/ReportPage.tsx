/**
 * "Report this page" in the framed panel: asks the background, which asks this page's content script
 * (bound through the panel's offer) for the redacted copy, and downloads it as an HTML file.
 */
import { useState } from 'preact/hooks';
import { ReportPageButton } from '@/components/page/ReportPageButton';
import { downloadText } from '@/lib/dom/download-file';
import { sendMessage } from '@/lib/protocol/send';

interface Report {
  html: string;
  fileName: string;
}

/**
 * Whether a download may start now. The panel is a frame of another origin in the page: Chrome lets
 * it download only while the click's activation lasts (a few seconds), and a large page on a slow
 * machine takes longer to copy. Without the API (older browsers) we try, as before.
 */
const mayDownloadNow = () => (navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? true;

export function ReportPage() {
  const [busy, setBusy] = useState(false);
  const [savedAs, setSavedAs] = useState<string>();
  const [ready, setReady] = useState<Report>();
  const [error, setError] = useState<string>();
  const save = ({ html, fileName }: Report) => {
    downloadText(html, fileName, 'text/html;charset=utf-8');
    setReady(undefined);
    setSavedAs(fileName);
  };
  const report = async () => {
    setBusy(true);
    setError(undefined);
    setSavedAs(undefined);
    const reply = await sendMessage({ type: 'page.report' });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    const made = { html: reply.html, fileName: reply.fileName };
    // Too late for this click: the user saves the ready report with one more click of their own.
    if (mayDownloadNow()) save(made);
    else setReady(made);
  };
  return (
    <ReportPageButton
      busy={busy}
      savedAs={savedAs}
      ready={ready !== undefined}
      error={error}
      onReport={() => void report()}
      onSave={() => ready && save(ready)}
    />
  );
}
