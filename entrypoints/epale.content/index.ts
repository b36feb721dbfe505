import { mountPageUi } from '@/lib/page-ui/mount';
import { epaleSite } from '@/lib/platforms/sites/epale';

export default defineContentScript({
  matches: epaleSite.matches,
  cssInjectionMode: 'manual',
  main: (ctx) => mountPageUi(ctx, epaleSite),
});
