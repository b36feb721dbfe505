/**
 * Code stage 2 loads only when the user asks (page-report.js, page-pick.js): the bundle is imported
 * once into the content script's world and puts what it offers on that world's global.
 */
export async function loadOnDemand<T>(script: '/page-report.js' | '/page-pick.js', global: string, what: string) {
  const scope = globalThis as unknown as Record<string, T | undefined>;
  if (!scope[global]) await import(/* @vite-ignore */ browser.runtime.getURL(script));
  const code = scope[global];
  if (!code) throw new Error(`the ${what} did not load`);
  return code;
}
