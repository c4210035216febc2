/** Administration (role admin only): calendar, schedule, norms, substitutions (docs/api.md §Admin). */
import { z } from '../zod.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema, localizedTextSchema, personRefSchema } from './common.ts';
import { planFlagsSchema, workCalendarSchema, workScheduleSchema } from './catalog.ts';

/**
 * The provider's own changes on top of the national calendar (the domain's `CalendarOverride`
 * without its version): days added to / removed from the days off and the worked weekend days.
 */
export const calendarOverridesSchema = z.strictObject({
  addDaysOff: z.array(isoDateSchema).check(z.maxLength(400)),
  removeDaysOff: z.array(isoDateSchema).check(z.maxLength(400)),
  addWorkingDays: z.array(isoDateSchema).check(z.maxLength(400)),
  removeWorkingDays: z.array(isoDateSchema).check(z.maxLength(400)),
});
export type CalendarOverrides = z.infer<typeof calendarOverridesSchema>;

export const calendarSettingsSchema = z.object({
  providerId: z.string(),
  version: z.number(),
  national: workCalendarSchema,
  overrides: z.object({
    addDaysOff: z.array(isoDateSchema),
    removeDaysOff: z.array(isoDateSchema),
    addWorkingDays: z.array(isoDateSchema),
    removeWorkingDays: z.array(isoDateSchema),
  }),
  effective: workCalendarSchema,
  updatedAt: z.nullable(isoDateTimeSchema),
  updatedBy: z.nullable(personRefSchema),
});
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const putCalendarRequestSchema = z.strictObject({
  overrides: calendarOverridesSchema,
  expectedVersion: z.number().check(z.int(), z.gte(0), z.lte(1e9)),
});

export const calendarPreviewRequestSchema = z.strictObject({ overrides: calendarOverridesSchema });
/** Which open applications' deadlines would move, and by how much (working minutes). */
export const calendarPreviewSchema = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      regNo: z.string(),
      clock: z.enum(['service', 'step']),
      before: z.nullable(isoDateTimeSchema),
      after: z.nullable(isoDateTimeSchema),
      /** Calendar milliseconds the deadline moves (positive = later). */
      shiftMs: z.number(),
    }),
  ),
});
export type CalendarPreview = z.infer<typeof calendarPreviewSchema>;

export const scheduleSettingsSchema = z.object({
  providerId: z.string(),
  version: z.number(),
  schedule: workScheduleSchema,
  updatedAt: z.nullable(isoDateTimeSchema),
});
export type ScheduleSettings = z.infer<typeof scheduleSettingsSchema>;

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const periodInput = z.strictObject({ start: hhmm, end: hhmm });
export const putScheduleRequestSchema = z.strictObject({
  week: z.array(z.nullable(z.extend(periodInput, { breaks: z.array(periodInput).check(z.maxLength(5)) }))).check(z.length(7)),
  expectedVersion: z.number().check(z.int(), z.gte(0), z.lte(1e9)),
});

export const normsListSchema = z.object({
  items: z.array(
    z.object({
      serviceId: z.string(),
      serviceName: localizedTextSchema,
      variantId: z.string(),
      variantName: localizedTextSchema,
      term: z.nullable(z.unknown()),
      plan: planFlagsSchema,
    }),
  ),
});
export type NormsList = z.infer<typeof normsListSchema>;

export const substitutionSchema = z.object({
  id: z.string(),
  absent: personRefSchema,
  substitute: personRefSchema,
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  createdBy: z.nullable(personRefSchema),
});
export type Substitution = z.infer<typeof substitutionSchema>;
export const substitutionListSchema = z.object({ items: z.array(substitutionSchema) });
export const createSubstitutionRequestSchema = z.strictObject({
  absentId: idSchema,
  substituteId: idSchema,
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
});
export type CreateSubstitutionRequest = z.infer<typeof createSubstitutionRequestSchema>;
