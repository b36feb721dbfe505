import { registerReader } from '@/views/page/mount';
import { esepSite } from '@/lib/platforms/sites/esep';

// Stage 2 of the esep content script: its reader and the panel's frames, imported on demand.
export default defineUnlistedScript(() => registerReader(esepSite));
