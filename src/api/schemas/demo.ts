/** Demo controls outside the product API (`/api/__demo/*`, docs/api.md §Demo). */
import { z } from '../zod.ts';

export const FAULT_KINDS = ['500', '503', 'timeout'] as const;
export const FAULT_PHASES = ['before', 'after', 'random'] as const;

export const demoSettingsSchema = z.object({
  /** Server now = Date.now() + clockOffsetMs. */
  clockOffsetMs: z.number(),
  latencyMs: z.number(),
  /** Share (0..1) of product requests that fail. */
  faultRate: z.number(),
  /** Whether a failing change fails before it is stored, after, or either at random. */
  faultPhase: z.enum(FAULT_PHASES),
  faultKinds: z.array(z.enum(FAULT_KINDS)),
  /** How long a 'timeout' fault hangs before answering 504. */
  timeoutMs: z.number(),
  seed: z.number(),
  size: z.number(),
  /** Server now (ISO). */
  now: z.string(),
});
export type DemoSettings = z.infer<typeof demoSettingsSchema>;

export const seedRequestSchema = z.strictObject({
  size: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100_000))),
  seed: z.optional(z.number().check(z.int(), z.gte(0), z.lte(2 ** 31))),
});
export const seedResponseSchema = z.object({
  settings: demoSettingsSchema,
  summary: z.object({ size: z.number(), seed: z.number(), applications: z.number(), staff: z.number(), failures: z.number(), ms: z.number() }),
});
export type SeedResponse = z.infer<typeof seedResponseSchema>;

export const clockRequestSchema = z.union([
  z.strictObject({ offsetMs: z.number().check(z.gte(-1e12), z.lte(1e12)) }),
  z.strictObject({ advanceMs: z.number().check(z.gte(-1e12), z.lte(1e12)) }),
]);
export const latencyRequestSchema = z.strictObject({ ms: z.number().check(z.int(), z.gte(0), z.lte(60_000)) });
export const faultsRequestSchema = z.strictObject({
  rate: z.number().check(z.gte(0), z.lte(1)),
  phase: z.optional(z.enum(FAULT_PHASES)),
  kinds: z.optional(z.array(z.enum(FAULT_KINDS)).check(z.minLength(1), z.maxLength(3))),
  timeoutMs: z.optional(z.number().check(z.int(), z.gte(0), z.lte(120_000))),
});
