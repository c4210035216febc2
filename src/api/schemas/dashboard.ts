/** GET /api/dashboard (department heads, director): aggregates over my provider's open work. */
import { z } from '../zod.ts';
import { personRefSchema, stepKindSchema } from './common.ts';
import { applicationRowSchema } from './applications.ts';

const countsSchema = z.object({ total: z.number(), on_track: z.number(), at_risk: z.number(), overdue: z.number(), paused: z.number() });

export const dashboardSchema = z.object({
  /** Open applications by service-clock state. */
  byState: countsSchema,
  /** Open applications by current step kind (with step-clock states). */
  byStep: z.array(z.extend(countsSchema, { stepKind: stepKindSchema })),
  /** Open applications by holder of the current step (null = waiting in a queue). */
  byAssignee: z.array(z.extend(countsSchema, { assignee: z.nullable(personRefSchema) })),
  /** Finished in the last 30 days: met / missed the service term. */
  finished: z.object({ met: z.number(), missed: z.number() }),
  /** The most overdue open applications (up to 20, most overdue first). */
  overdue: z.array(applicationRowSchema),
  now: z.string(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
