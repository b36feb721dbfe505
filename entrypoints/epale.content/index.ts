import { epale } from '@/lib/extractors/epale';
import { EPALE_MATCHES } from '@/lib/hosts';
import { mountPageUi } from '@/lib/page-ui/mount';

export default defineContentScript({
  matches: EPALE_MATCHES,
  cssInjectionMode: 'manual',
  main: (ctx) => mountPageUi(ctx, epale),
});
