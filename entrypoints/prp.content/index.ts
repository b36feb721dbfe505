import { mountPageUi } from '@/lib/page-ui/mount';
import { loadPrpProject } from '@/lib/page-ui/prp-loader';
import { prpSite } from '@/lib/platforms/sites/prp';

// The platform renders its pages from a data service: read the service first (see prp-loader).
export default defineContentScript({
  matches: prpSite.matches,
  cssInjectionMode: 'manual',
  main: (ctx) => mountPageUi(ctx, prpSite, { loadExtraction: loadPrpProject }),
});
