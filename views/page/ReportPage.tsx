/**
 * "Report this page" in the framed panel: asks the background, which asks this page's content script
 * (bound through the panel's offer) for the redacted copy, and downloads it as an HTML file.
 */
import { useState } from 'preact/hooks';
import { ReportPageButton } from '@/components/page/ReportPageButton';
import { sendMessage } from '@/lib/protocol/send';

/** Hands the file to the browser's downloads (an extension page: the platform page never sees it). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ReportPage() {
  const [busy, setBusy] = useState(false);
  const [savedAs, setSavedAs] = useState<string>();
  const [error, setError] = useState<string>();
  const report = async () => {
    setBusy(true);
    setError(undefined);
    const reply = await sendMessage({ type: 'page.report' });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    download(reply.html, reply.fileName);
    setSavedAs(reply.fileName);
  };
  return <ReportPageButton busy={busy} savedAs={savedAs} error={error} onReport={() => void report()} />;
}
