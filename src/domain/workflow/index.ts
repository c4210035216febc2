/**
 * Public API of the workflow engine. Importing it pulls in the catalog data (the engine reads
 * the chains); code that needs only shapes should import `./types.ts`.
 */
export type * from './types.ts';
export { CONCLUSION_BODIES, PAUSE_GROUNDS } from './types.ts';
export { ACTION_TYPES, MAX_ITEMS, MAX_SHORT, MAX_TEXT, isIsoDate, outcomeOf, validateAction, type ActionValidation } from './actions.ts';
export { availableActions, transition, type TransitionOptions } from './engine.ts';
export { createApplication, type CreateOptions, type CreateResult, type NewApplicationInput } from './create.ts';
export { applicationClocks, termNorm, type ApplicationClocks, type ClockOptions } from './clocks.ts';
export { canHold, effectiveActor, holderAfterReturn, holderFor, staffOf } from './assignment.ts';
