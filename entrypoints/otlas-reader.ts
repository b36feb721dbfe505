import { registerReader } from '@/views/page/mount';
import { otlasSite } from '@/lib/platforms/sites/otlas';

// Stage 2 of the otlas content script: its reader and the panel's frames, imported on demand.
export default defineUnlistedScript(() => registerReader(otlasSite));
