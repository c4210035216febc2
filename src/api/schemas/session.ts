/** Schemas of the session and staff endpoints (docs/api.md §Session, §Staff). */
import { z } from '../zod.ts';
import { idSchema, isoDateTimeSchema, localizedTextSchema, personRefSchema, roleIdSchema } from './common.ts';

/** A staff member as other users see them. */
export const staffSummarySchema = z.object({
  id: z.string(),
  providerId: z.string(),
  role: roleIdSchema,
  tier: z.optional(z.string()),
  departmentId: z.optional(z.string()),
  name: localizedTextSchema,
  login: z.string(),
  active: z.boolean(),
});
export type StaffSummary = z.infer<typeof staffSummarySchema>;

/** Work in hand: open applications whose current step this person holds. */
export const loadSchema = z.object({ open: z.number(), atRisk: z.number(), overdue: z.number() });
export type Load = z.infer<typeof loadSchema>;

/** GET /api/session/demo-users */
export const demoUsersSchema = z.object({
  providers: z.array(
    z.object({
      id: z.string(),
      name: localizedTextSchema,
      staff: z.array(z.extend(staffSummarySchema, { load: loadSchema })),
    }),
  ),
});
export type DemoUsers = z.infer<typeof demoUsersSchema>;

/** POST /api/session: sign in by staff id or by login. */
export const signInRequestSchema = z.union([
  z.strictObject({ staffId: idSchema }),
  z.strictObject({ login: z.string().check(z.minLength(1), z.maxLength(120)) }),
]);
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** An active substitution of the signed-in person (they act for `absent`, in the absent's role). */
export const actingForSchema = z.object({
  id: z.string(),
  absent: z.extend(personRefSchema, { role: roleIdSchema }),
  from: isoDateTimeSchema,
  to: isoDateTimeSchema,
});

/** GET /api/session/me */
export const meSchema = z.object({
  staff: staffSummarySchema,
  provider: z.object({
    id: z.string(),
    name: localizedTextSchema,
    timeZone: z.string(),
    tiers: z.optional(z.array(z.object({ id: z.string(), name: localizedTextSchema }))),
  }),
  actingFor: z.array(actingForSchema),
  /** Server time (includes the demo clock offset) when the answer was made. */
  now: isoDateTimeSchema,
});
export type Me = z.infer<typeof meSchema>;

export const signInResponseSchema = z.object({ token: z.string(), me: meSchema });
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/** GET /api/staff: staff of my provider with load and on-time share. */
export const staffListSchema = z.object({
  items: z.array(
    z.extend(staffSummarySchema, {
      load: loadSchema,
      /** Finished steps performed by this person (last 30 days of history). */
      finishedSteps: z.number(),
      /** Share (0..1) of those steps done within their norm; null when none had a norm. */
      onTimeShare: z.nullable(z.number()),
    }),
  ),
});
export type StaffList = z.infer<typeof staffListSchema>;
export type StaffListItem = StaffList['items'][number];

export const okSchema = z.object({ ok: z.literal(true) });
