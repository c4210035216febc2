/**
 * GET /api/catalog: the signed-in user's provider (services, variants, steps), the shared names,
 * and the schedule + calendar the UI needs to tick clocks with the domain's clock functions.
 */
import * as v from 'valibot';
import {
  channelIdSchema,
  isoDateSchema,
  localizedTextSchema,
  outcomeIdSchema,
  roleIdSchema,
  stepKindSchema,
} from './common.ts';

const unitSchema = v.picklist(['minutes', 'hours', 'working_days', 'calendar_days']);
export const normSchema = v.union([
  v.object({ value: v.number(), unit: unitSchema }),
  v.object({ min: v.number(), max: v.number(), unit: unitSchema }),
]);

export const stepSchema = v.object({
  id: v.string(),
  kind: stepKindSchema,
  role: roleIdSchema,
  tier: v.optional(v.string()),
  norm: v.nullable(normSchema),
  action: localizedTextSchema,
  source: v.string(),
  outcomes: v.record(outcomeIdSchema, v.string()),
  note: v.optional(v.string()),
});

export const planFlagsSchema = v.object({
  planExceedsTerm: v.boolean(),
  termUnconfirmed: v.boolean(),
  termMissing: v.boolean(),
  /** Main chain max in working minutes vs the term in working minutes (null = none/calendar). */
  planWorkingMinutes: v.object({ min: v.number(), max: v.number() }),
  termWorkingMinutes: v.nullable(v.number()),
  mainChain: v.array(v.string()),
});
export type PlanFlags = v.InferOutput<typeof planFlagsSchema>;

export const variantSchema = v.object({
  id: v.string(),
  name: localizedTextSchema,
  term: v.nullable(v.object({ value: v.number(), unit: unitSchema, confirmed: v.boolean(), source: v.string() })),
  notes: v.string(),
  steps: v.array(stepSchema),
  plan: planFlagsSchema,
});
export type CatalogVariant = v.InferOutput<typeof variantSchema>;

export const serviceSchema = v.object({
  id: v.string(),
  name: localizedTextSchema,
  channels: v.optional(v.array(channelIdSchema)),
  variants: v.array(variantSchema),
});

const periodSchema = v.object({ start: v.string(), end: v.string() });
export const workScheduleSchema = v.object({
  timeZone: v.string(),
  week: v.pipe(v.array(v.nullable(v.object({ ...periodSchema.entries, breaks: v.array(periodSchema) }))), v.length(7)),
});
export const workCalendarSchema = v.object({ daysOff: v.array(isoDateSchema), workingDays: v.array(isoDateSchema) });

export const catalogResponseSchema = v.object({
  provider: v.object({
    id: v.string(),
    name: localizedTextSchema,
    act: localizedTextSchema,
    timeZone: v.string(),
    address: v.nullable(v.string()),
    phones: v.nullable(v.string()),
    website: v.optional(v.string()),
    channels: v.array(channelIdSchema),
    tiers: v.optional(v.array(v.object({ id: v.string(), name: localizedTextSchema }))),
    services: v.array(serviceSchema),
  }),
  roles: v.array(v.object({ id: roleIdSchema, name: localizedTextSchema })),
  stepKinds: v.array(v.object({ id: stepKindSchema, name: localizedTextSchema, outcomes: v.array(outcomeIdSchema) })),
  outcomeNames: v.record(v.string(), localizedTextSchema),
  ends: v.array(v.object({ id: v.string(), name: localizedTextSchema })),
  channels: v.array(v.object({ id: channelIdSchema, name: localizedTextSchema })),
  /** Effective schedule of the provider (with the administrator's changes). */
  schedule: workScheduleSchema,
  /** Effective calendar: national table merged with the provider's overrides. */
  calendar: workCalendarSchema,
  /** Changes whenever the schedule or calendar changes (for caches). */
  calendarVersion: v.number(),
  /** `at_risk` threshold: share of the norm left (default 0.25). */
  atRiskShare: v.number(),
});
export type CatalogResponse = v.InferOutput<typeof catalogResponseSchema>;
