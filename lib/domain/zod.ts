/**
 * The one way into zod: every module that builds schemas imports `z` from here, so each bundle
 * (service worker, extension pages, content scripts) sets zod up before its first parse.
 * MV3 forbids eval: zod must not compile validators with `new Function`.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
