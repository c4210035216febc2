/** Schemas of the session and staff endpoints (docs/api.md §Session, §Staff). */
import * as v from 'valibot';
import { idSchema, isoDateTimeSchema, localizedTextSchema, personRefSchema, roleIdSchema } from './common.ts';

/** A staff member as other users see them. */
export const staffSummarySchema = v.object({
  id: v.string(),
  providerId: v.string(),
  role: roleIdSchema,
  tier: v.optional(v.string()),
  departmentId: v.optional(v.string()),
  name: localizedTextSchema,
  login: v.string(),
  active: v.boolean(),
});
export type StaffSummary = v.InferOutput<typeof staffSummarySchema>;

/** Work in hand: open applications whose current step this person holds. */
export const loadSchema = v.object({ open: v.number(), atRisk: v.number(), overdue: v.number() });
export type Load = v.InferOutput<typeof loadSchema>;

/** GET /api/session/demo-users */
export const demoUsersSchema = v.object({
  providers: v.array(
    v.object({
      id: v.string(),
      name: localizedTextSchema,
      staff: v.array(v.object({ ...staffSummarySchema.entries, load: loadSchema })),
    }),
  ),
});
export type DemoUsers = v.InferOutput<typeof demoUsersSchema>;

/** POST /api/session: sign in by staff id or by login. */
export const signInRequestSchema = v.union([
  v.strictObject({ staffId: idSchema }),
  v.strictObject({ login: v.pipe(v.string(), v.minLength(1), v.maxLength(120)) }),
]);
export type SignInRequest = v.InferOutput<typeof signInRequestSchema>;

/** An active substitution of the signed-in person (they act for `absent`, in the absent's role). */
export const actingForSchema = v.object({
  id: v.string(),
  absent: v.object({ ...personRefSchema.entries, role: roleIdSchema }),
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
});

/** GET /api/session/me */
export const meSchema = v.object({
  staff: staffSummarySchema,
  provider: v.object({
    id: v.string(),
    name: localizedTextSchema,
    timeZone: v.string(),
    tiers: v.optional(v.array(v.object({ id: v.string(), name: localizedTextSchema }))),
  }),
  actingFor: v.array(actingForSchema),
  /** Server time (includes the demo clock offset) when the answer was made. */
  now: isoDateTimeSchema,
});
export type Me = v.InferOutput<typeof meSchema>;

export const signInResponseSchema = v.object({ token: v.string(), me: meSchema });
export type SignInResponse = v.InferOutput<typeof signInResponseSchema>;

/** GET /api/staff: staff of my provider with load and on-time share. */
export const staffListSchema = v.object({
  items: v.array(
    v.object({ ...staffSummarySchema.entries,
      load: loadSchema,
      /** Finished steps performed by this person (last 30 days of history). */
      finishedSteps: v.number(),
      /** Share (0..1) of those steps done within their norm; null when none had a norm. */
      onTimeShare: v.nullable(v.number()),
    }),
  ),
});
export type StaffList = v.InferOutput<typeof staffListSchema>;
export type StaffListItem = StaffList['items'][number];

export const okSchema = v.object({ ok: v.literal(true) });
