import { registerReader } from '@/views/page/mount';
import { epaleSite } from '@/lib/platforms/sites/epale';

// Stage 2 of the epale content script: its reader and the panel's frames, imported on demand.
export default defineUnlistedScript(() => registerReader(epaleSite));
