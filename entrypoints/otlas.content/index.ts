import { mountPageUi } from '@/lib/page-ui/mount';
import { otlasSite } from '@/lib/platforms/sites/otlas';

export default defineContentScript({
  matches: otlasSite.matches,
  cssInjectionMode: 'manual',
  main: (ctx) => mountPageUi(ctx, otlasSite),
});
