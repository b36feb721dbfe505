import { registerReader } from '@/views/page/mount';
import { loadPrpProject } from '@/views/page/prp-loader';
import { prpSite } from '@/lib/platforms/sites/prp';

// Stage 2 of the prp content script, imported on demand. The platform renders its pages from a
// data service: read the service first (see prp-loader).
export default defineUnlistedScript(() => registerReader(prpSite, { loadExtraction: loadPrpProject }));
