/**
 * The board's write operations, loaded with `import('./writes')` on first use: they bring zod,
 * which the first paint must not wait for (reads go through lib/queries.ts, zod-free).
 */
import { z } from 'zod';
export { setStage } from '@/lib/repo';
export { addNote, completeFollowUp, deleteNote, saveStages, setFollowUp, setTags } from '@/lib/pipeline';
export { addContact, deletePartners, editDetails, removeContact, restorePartners } from '@/lib/organisations';

// Extension pages forbid eval (MV3 CSP): zod must not try to compile validators.
z.config({ jitless: true });
