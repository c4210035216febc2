/** Demo controls outside the product API (`/api/__demo/*`, docs/api.md §Demo). */
import * as v from 'valibot';

export const FAULT_KINDS = ['500', '503', 'timeout'] as const;
export const FAULT_PHASES = ['before', 'after', 'random'] as const;

export const demoSettingsSchema = v.object({
  /** Server now = Date.now() + clockOffsetMs. */
  clockOffsetMs: v.number(),
  latencyMs: v.number(),
  /** Share (0..1) of product requests that fail. */
  faultRate: v.number(),
  /** Whether a failing change fails before it is stored, after, or either at random. */
  faultPhase: v.picklist(FAULT_PHASES),
  faultKinds: v.array(v.picklist(FAULT_KINDS)),
  /** How long a 'timeout' fault hangs before answering 504. */
  timeoutMs: v.number(),
  seed: v.number(),
  size: v.number(),
  /** Server now (ISO). */
  now: v.string(),
});
export type DemoSettings = v.InferOutput<typeof demoSettingsSchema>;

export const seedRequestSchema = v.strictObject({
  size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
  seed: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31))),
});
export const seedResponseSchema = v.object({
  settings: demoSettingsSchema,
  summary: v.object({ size: v.number(), seed: v.number(), applications: v.number(), staff: v.number(), failures: v.number(), ms: v.number() }),
});
export type SeedResponse = v.InferOutput<typeof seedResponseSchema>;

export const clockRequestSchema = v.union([
  v.strictObject({ offsetMs: v.pipe(v.number(), v.minValue(-1e12), v.maxValue(1e12)) }),
  v.strictObject({ advanceMs: v.pipe(v.number(), v.minValue(-1e12), v.maxValue(1e12)) }),
]);
export const latencyRequestSchema = v.strictObject({ ms: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60_000)) });
export const faultsRequestSchema = v.strictObject({
  rate: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  phase: v.optional(v.picklist(FAULT_PHASES)),
  kinds: v.optional(v.pipe(v.array(v.picklist(FAULT_KINDS)), v.minLength(1), v.maxLength(3))),
  timeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120_000))),
});
