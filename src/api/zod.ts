/**
 * The app's zod: every module that builds schemas imports `z` from here or from `./zod-full.ts`
 * (ESLint enforces it), so this configuration runs before the first schema exists, however the
 * bundler splits chunks.
 *
 * `z` here is zod/mini (functions instead of methods: only what is used is bundled); the API
 * schemas that the first screen needs are written with it. Forms of the lazily loaded screens
 * use the full API from `./zod-full.ts`; both share one core and this configuration.
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
