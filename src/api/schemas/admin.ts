/** Administration (role admin only): calendar, schedule, norms, substitutions (docs/api.md §Admin). */
import * as v from 'valibot';
import { idSchema, isoDateSchema, isoDateTimeSchema, localizedTextSchema, personRefSchema } from './common.ts';
import { planFlagsSchema, workCalendarSchema, workScheduleSchema } from './catalog.ts';

/**
 * The provider's own changes on top of the national calendar (the domain's `CalendarOverride`
 * without its version): days added to / removed from the days off and the worked weekend days.
 */
export const calendarOverridesSchema = v.strictObject({
  addDaysOff: v.pipe(v.array(isoDateSchema), v.maxLength(400)),
  removeDaysOff: v.pipe(v.array(isoDateSchema), v.maxLength(400)),
  addWorkingDays: v.pipe(v.array(isoDateSchema), v.maxLength(400)),
  removeWorkingDays: v.pipe(v.array(isoDateSchema), v.maxLength(400)),
});
export type CalendarOverrides = v.InferOutput<typeof calendarOverridesSchema>;

export const calendarSettingsSchema = v.object({
  providerId: v.string(),
  version: v.number(),
  national: workCalendarSchema,
  overrides: v.object({
    addDaysOff: v.array(isoDateSchema),
    removeDaysOff: v.array(isoDateSchema),
    addWorkingDays: v.array(isoDateSchema),
    removeWorkingDays: v.array(isoDateSchema),
  }),
  effective: workCalendarSchema,
  updatedAt: v.nullable(isoDateTimeSchema),
  updatedBy: v.nullable(personRefSchema),
});
export type CalendarSettings = v.InferOutput<typeof calendarSettingsSchema>;

export const putCalendarRequestSchema = v.strictObject({
  overrides: calendarOverridesSchema,
  expectedVersion: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9)),
});

export const calendarPreviewRequestSchema = v.strictObject({ overrides: calendarOverridesSchema });
/** Which open applications' deadlines would move, and by how much (working minutes). */
export const calendarPreviewSchema = v.object({
  total: v.number(),
  items: v.array(
    v.object({
      id: v.string(),
      regNo: v.string(),
      clock: v.picklist(['service', 'step']),
      before: v.nullable(isoDateTimeSchema),
      after: v.nullable(isoDateTimeSchema),
      /** Calendar milliseconds the deadline moves (positive = later). */
      shiftMs: v.number(),
    }),
  ),
});
export type CalendarPreview = v.InferOutput<typeof calendarPreviewSchema>;

export const scheduleSettingsSchema = v.object({
  providerId: v.string(),
  version: v.number(),
  schedule: workScheduleSchema,
  updatedAt: v.nullable(isoDateTimeSchema),
});
export type ScheduleSettings = v.InferOutput<typeof scheduleSettingsSchema>;

const hhmm = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const periodInput = v.strictObject({ start: hhmm, end: hhmm });
export const putScheduleRequestSchema = v.strictObject({
  week: v.pipe(v.array(v.nullable(v.strictObject({ ...periodInput.entries, breaks: v.pipe(v.array(periodInput), v.maxLength(5)) }))), v.length(7)),
  expectedVersion: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9)),
});

export const normsListSchema = v.object({
  items: v.array(
    v.object({
      serviceId: v.string(),
      serviceName: localizedTextSchema,
      variantId: v.string(),
      variantName: localizedTextSchema,
      term: v.nullable(v.unknown()),
      plan: planFlagsSchema,
    }),
  ),
});
export type NormsList = v.InferOutput<typeof normsListSchema>;

export const substitutionSchema = v.object({
  id: v.string(),
  absent: personRefSchema,
  substitute: personRefSchema,
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  createdBy: v.nullable(personRefSchema),
});
export type Substitution = v.InferOutput<typeof substitutionSchema>;
export const substitutionListSchema = v.object({ items: v.array(substitutionSchema) });
export const createSubstitutionRequestSchema = v.strictObject({
  absentId: idSchema,
  substituteId: idSchema,
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
});
export type CreateSubstitutionRequest = v.InferOutput<typeof createSubstitutionRequestSchema>;
