/**
 * zod with its full, method-chaining API, for the forms of lazily loaded screens. Importing
 * `./zod.ts` first applies the app's zod configuration (see there) before any schema exists.
 */
import './zod.ts';

export { z } from 'zod';
