/**
 * Pick on page's code — the overlay and the rule a pick makes — is loaded by stage 2 only when the
 * user picks (issue 13: stage 2 ≤ 20 KB gzip on every record page). entrypoints/page-pick.ts is that
 * bundle; it puts its two functions on the content script's global, as page-report.js does.
 */
import type { startPicking } from '@/lib/page-rules/overlay';
import type { pickValue } from '@/lib/page-rules/pick';

export const PICK_SCRIPT = '/page-pick.js';
export const PICK_GLOBAL = 'partnerPipelinePick';

export interface PickCode {
  startPicking: typeof startPicking;
  pickValue: typeof pickValue;
}

export async function loadPickCode(): Promise<PickCode> {
  const scope = globalThis as unknown as Record<string, PickCode | undefined>;
  if (!scope[PICK_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL(PICK_SCRIPT));
  const code = scope[PICK_GLOBAL];
  if (!code) throw new Error('the picking code did not load');
  return code;
}
