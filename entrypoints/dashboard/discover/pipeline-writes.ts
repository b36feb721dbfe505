/**
 * The pipeline side of Discover, loaded on first use (it brings zod and the save path): saved marks
 * and Add to pipeline.
 */
import { z } from 'zod';
export { addToPipeline, savedMark } from '@/lib/discover/to-pipeline';

// Extension pages forbid eval (MV3 CSP): zod must not try to compile validators.
z.config({ jitless: true });
