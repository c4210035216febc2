/** GET /api/dashboard (department heads, director): aggregates over my provider's open work. */
import * as v from 'valibot';
import { personRefSchema, stepKindSchema } from './common.ts';
import { applicationRowSchema } from './applications.ts';

const countsSchema = v.object({ total: v.number(), on_track: v.number(), at_risk: v.number(), overdue: v.number(), paused: v.number() });

export const dashboardSchema = v.object({
  /** Open applications by service-clock state. */
  byState: countsSchema,
  /** Open applications by current step kind (with step-clock states). */
  byStep: v.array(v.object({ ...countsSchema.entries, stepKind: stepKindSchema })),
  /** Open applications by holder of the current step (null = waiting in a queue). */
  byAssignee: v.array(v.object({ ...countsSchema.entries, assignee: v.nullable(personRefSchema) })),
  /** Finished in the last 30 days: met / missed the service term. */
  finished: v.object({ met: v.number(), missed: v.number() }),
  /** The most overdue open applications (up to 20, most overdue first). */
  overdue: v.array(applicationRowSchema),
  now: v.string(),
});
export type Dashboard = v.InferOutput<typeof dashboardSchema>;
