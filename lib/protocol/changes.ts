/**
 * "Something changed in the pipeline": posted by whoever writes (background or a page),
 * heard by every open popup and board so they refresh. Same-origin extension contexts only.
 */
const CHANNEL = 'partner-pipeline-changes';

export function notifyChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: 'changed' });
  channel.close();
}

/** Returns a function that stops listening. */
export function onChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
