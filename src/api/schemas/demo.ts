/** Demo controls outside the product API (`/api/__demo/*`, docs/api.md §Demo). */
import { z } from '../zod';

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
  size: z.number().int().min(0).max(100_000).optional(),
  seed: z.number().int().min(0).max(2 ** 31).optional(),
});
export const seedResponseSchema = z.object({
  settings: demoSettingsSchema,
  summary: z.object({ size: z.number(), seed: z.number(), applications: z.number(), staff: z.number(), failures: z.number(), ms: z.number() }),
});
export type SeedResponse = z.infer<typeof seedResponseSchema>;

export const clockRequestSchema = z.union([
  z.strictObject({ offsetMs: z.number().finite().min(-1e12).max(1e12) }),
  z.strictObject({ advanceMs: z.number().finite().min(-1e12).max(1e12) }),
]);
export const latencyRequestSchema = z.strictObject({ ms: z.number().int().min(0).max(60_000) });
export const faultsRequestSchema = z.strictObject({
  rate: z.number().min(0).max(1),
  phase: z.enum(FAULT_PHASES).optional(),
  kinds: z.array(z.enum(FAULT_KINDS)).min(1).max(3).optional(),
  timeoutMs: z.number().int().min(0).max(120_000).optional(),
});
