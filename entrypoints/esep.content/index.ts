import { mountPageUi } from '@/lib/page-ui/mount';
import { esepSite } from '@/lib/platforms/sites/esep';

export default defineContentScript({
  matches: esepSite.matches,
  cssInjectionMode: 'manual',
  main: (ctx) => mountPageUi(ctx, esepSite),
});
