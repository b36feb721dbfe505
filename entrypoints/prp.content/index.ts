import { prp } from '@/lib/extractors/prp';
import { PRP_MATCHES } from '@/lib/hosts';
import { mountPageUi } from '@/lib/page-ui/mount';
import { loadPrpProject } from '@/lib/page-ui/prp-loader';

export default defineContentScript({
  matches: PRP_MATCHES,
  cssInjectionMode: 'manual',
  main: (ctx) => mountPageUi(ctx, prp, { loadExtraction: loadPrpProject, followNavigation: true }),
});
