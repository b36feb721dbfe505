/**
 * Pick on page's code — the overlay and the rule a pick makes — is loaded by stage 2 only when the
 * user picks (issue 13: stage 2 ≤ 20 KB gzip on every record page). entrypoints/page-pick.ts is that
 * bundle; it puts its two functions on the content script's global, as page-report.js does.
 */
import type { startPicking } from '@/lib/page-rules/overlay';
import type { pickValue } from '@/lib/page-rules/pick';
import { loadOnDemand } from './on-demand';

export const PICK_SCRIPT = '/page-pick.js';
export const PICK_GLOBAL = 'partnerPipelinePick';

export interface PickCode {
  startPicking: typeof startPicking;
  pickValue: typeof pickValue;
}

export const loadPickCode = () => loadOnDemand<PickCode>(PICK_SCRIPT, PICK_GLOBAL, 'picking code');
