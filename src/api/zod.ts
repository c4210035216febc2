/**
 * The app's zod: every module that builds schemas imports `z` from here (ESLint enforces it), so
 * this configuration runs before the first schema exists, however the bundler splits chunks.
 *
 * In the browser zod runs without its JIT. The JIT compiles parsers with `new Function`, and zod
 * probes for it when an object schema is created; under the built pages' Content-Security-Policy
 * (no 'unsafe-eval') the probe is refused and reported as a CSP violation. A setting made by a
 * module imported "first" (as it was) is not enough: the bundler placed zod and the session
 * schemas in a shared chunk that ran before the entry's own modules. Node (tests, benches) has no
 * CSP and keeps the JIT.
 */
import { z } from 'zod';

if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
