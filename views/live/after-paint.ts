/**
 * Resolves once the browser has painted what is rendered now (a frame callback runs just before
 * the paint, a task after it), or after 100 ms in a hidden page, where frames wait. Large reads
 * start after it, so their work on the main thread never holds back the first paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}
