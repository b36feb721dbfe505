import { either } from '@/lib/extractors/either';
import { esep } from '@/lib/extractors/esep';
import { etwinning } from '@/lib/extractors/etwinning';
import { ESEP_MATCHES } from '@/lib/hosts';
import { mountPageUi } from '@/lib/page-ui/mount';

// eTwinning lives on the ESEP host: its reader goes first, ESEP reads the rest.
export default defineContentScript({
  matches: ESEP_MATCHES,
  cssInjectionMode: 'manual',
  main: (ctx) => mountPageUi(ctx, either(etwinning, esep)),
});
