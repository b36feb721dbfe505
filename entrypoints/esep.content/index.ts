import { startStage1 } from '@/views/page/stage1';
import { siteMatches } from '@/lib/platforms/facts';

// Stage 1 only: the reader (stage 2, entrypoints/esep-reader.ts) loads where a record may be.
export default defineContentScript({
  matches: siteMatches('esep'),
  cssInjectionMode: 'manual',
  main: (ctx) => startStage1(ctx, 'esep'),
});
