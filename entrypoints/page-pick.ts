import { startPicking } from '@/lib/page-rules/overlay';
import { pickValue } from '@/lib/page-rules/pick';
import { PICK_GLOBAL, type PickCode } from '@/views/page/pick-loader';

// Pick on page: the overlay and the rule a pick makes, loaded by stage 2 only when the user picks.
export default defineUnlistedScript(() => {
  const code: PickCode = { startPicking, pickValue };
  (globalThis as unknown as Record<string, unknown>)[PICK_GLOBAL] = code;
});
