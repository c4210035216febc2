/**
 * The app's zod: every module that builds schemas imports `z` from here (ESLint enforces it), so
 * this configuration runs before the first schema exists, however the bundler splits chunks.
 *
 * `z` is zod/mini (functions instead of methods: only what is used is bundled), for the API
 * schemas and the forms alike. The forms of the lazily loaded screens had the full API: its
 * methods reach every check of zod's core, and the core modules, shared with the API schemas of
 * the first screen, were bundled whole into the first chunk.
 *
 * In the browser zod runs without its JIT. The JIT compiles parsers with `new Function`, and zod
 * probes for it when an object schema is created; under the built pages' Content-Security-Policy
 * (no 'unsafe-eval') the probe is refused and reported as a CSP violation. A setting made by a
 * module imported "first" is not enough: the bundler may place zod and schemas in a shared chunk
 * that runs before the entry's own modules. Node (tests, benches) has no CSP and keeps the JIT.
 */
import { z } from 'zod/mini';

if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
