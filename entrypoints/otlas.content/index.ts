import { otlas } from '@/lib/extractors/otlas';
import { OTLAS_MATCHES } from '@/lib/hosts';
import { mountPageUi } from '@/lib/page-ui/mount';

export default defineContentScript({
  matches: OTLAS_MATCHES,
  cssInjectionMode: 'manual',
  main: (ctx) => mountPageUi(ctx, otlas),
});
