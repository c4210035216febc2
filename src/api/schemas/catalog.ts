/**
 * GET /api/catalog: the signed-in user's provider (services, variants, steps), the shared names,
 * and the schedule + calendar the UI needs to tick clocks with the domain's clock functions.
 */
import { z } from '../zod.ts';
import {
  channelIdSchema,
  isoDateSchema,
  localizedTextSchema,
  outcomeIdSchema,
  roleIdSchema,
  stepKindSchema,
} from './common.ts';

const unitSchema = z.enum(['minutes', 'hours', 'working_days', 'calendar_days']);
export const normSchema = z.union([
  z.object({ value: z.number(), unit: unitSchema }),
  z.object({ min: z.number(), max: z.number(), unit: unitSchema }),
]);

export const stepSchema = z.object({
  id: z.string(),
  kind: stepKindSchema,
  role: roleIdSchema,
  tier: z.optional(z.string()),
  norm: z.nullable(normSchema),
  action: localizedTextSchema,
  source: z.string(),
  outcomes: z.partialRecord(outcomeIdSchema, z.string()),
  note: z.optional(z.string()),
});

export const planFlagsSchema = z.object({
  planExceedsTerm: z.boolean(),
  termUnconfirmed: z.boolean(),
  termMissing: z.boolean(),
  /** Main chain max in working minutes vs the term in working minutes (null = none/calendar). */
  planWorkingMinutes: z.object({ min: z.number(), max: z.number() }),
  termWorkingMinutes: z.nullable(z.number()),
  mainChain: z.array(z.string()),
});
export type PlanFlags = z.infer<typeof planFlagsSchema>;

export const variantSchema = z.object({
  id: z.string(),
  name: localizedTextSchema,
  term: z.nullable(z
    .object({ value: z.number(), unit: unitSchema, confirmed: z.boolean(), source: z.string() })),
  notes: z.string(),
  steps: z.array(stepSchema),
  plan: planFlagsSchema,
});
export type CatalogVariant = z.infer<typeof variantSchema>;

export const serviceSchema = z.object({
  id: z.string(),
  name: localizedTextSchema,
  channels: z.optional(z.array(channelIdSchema)),
  variants: z.array(variantSchema),
});

const periodSchema = z.object({ start: z.string(), end: z.string() });
export const workScheduleSchema = z.object({
  timeZone: z.string(),
  week: z.array(z.nullable(z.extend(periodSchema, { breaks: z.array(periodSchema) }))).check(z.length(7)),
});
export const workCalendarSchema = z.object({ daysOff: z.array(isoDateSchema), workingDays: z.array(isoDateSchema) });

export const catalogResponseSchema = z.object({
  provider: z.object({
    id: z.string(),
    name: localizedTextSchema,
    act: localizedTextSchema,
    timeZone: z.string(),
    address: z.nullable(z.string()),
    phones: z.nullable(z.string()),
    website: z.optional(z.string()),
    channels: z.array(channelIdSchema),
    tiers: z.optional(z.array(z.object({ id: z.string(), name: localizedTextSchema }))),
    services: z.array(serviceSchema),
  }),
  roles: z.array(z.object({ id: roleIdSchema, name: localizedTextSchema })),
  stepKinds: z.array(z.object({ id: stepKindSchema, name: localizedTextSchema, outcomes: z.array(outcomeIdSchema) })),
  outcomeNames: z.record(z.string(), localizedTextSchema),
  ends: z.array(z.object({ id: z.string(), name: localizedTextSchema })),
  channels: z.array(z.object({ id: channelIdSchema, name: localizedTextSchema })),
  /** Effective schedule of the provider (with the administrator's changes). */
  schedule: workScheduleSchema,
  /** Effective calendar: national table merged with the provider's overrides. */
  calendar: workCalendarSchema,
  /** Changes whenever the schedule or calendar changes (for caches). */
  calendarVersion: z.number(),
  /** `at_risk` threshold: share of the norm left (default 0.25). */
  atRiskShare: z.number(),
});
export type CatalogResponse = z.infer<typeof catalogResponseSchema>;
