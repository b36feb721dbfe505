/**
 * Hands a file to the browser's downloads from an extension page (the options page, the popup, the
 * framed panel: a platform page never sees it). Text given as parts goes into the file as they are
 * (a backup's 14 MB is never joined into one string).
 */
export function downloadText(text: string | string[], fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob(Array.isArray(text) ? text : [text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
