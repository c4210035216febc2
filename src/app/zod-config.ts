import { z } from 'zod/mini';

/**
 * Zod without its JIT: the JIT compiles parsers with `new Function`, and zod probes for it once;
 * under the app's Content-Security-Policy (no 'unsafe-eval') that probe is refused and reported
 * as a CSP violation. Imported first by the providers, before anything is parsed.
 */
z.config({ jitless: true });
