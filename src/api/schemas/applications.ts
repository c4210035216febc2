/** Schemas of the application endpoints (docs/api.md §Applications). */
import { z } from '../zod.ts';
import {
  channelIdSchema,
  clockSchema,
  clockStateSchema,
  clockWithTraceSchema,
  idSchema,
  isoDateTimeSchema,
  localizedTextSchema,
  outcomeIdSchema,
  pageSchema,
  personRefSchema,
  roleIdSchema,
  stepKindSchema,
} from './common.ts';
import { planFlagsSchema } from './catalog.ts';

export const TABS = ['my', 'queue', 'control', 'finished'] as const;
export const tabSchema = z.enum(TABS);
export type Tab = z.infer<typeof tabSchema>;

export const SORT_FIELDS = ['service_left', 'step_left', 'received_at', 'reg_no'] as const;
export const sortFieldSchema = z.enum(SORT_FIELDS);
export type SortField = z.infer<typeof sortFieldSchema>;

export const STATUSES = ['in_progress', 'paused', 'issued', 'refused'] as const;
export const statusSchema = z.enum(STATUSES);

/** Query of GET /api/applications (all optional; arrays = any of). */
export type ApplicationListQuery = {
  tab?: Tab;
  service?: string[];
  variant?: string[];
  stepKind?: string[];
  channel?: string[];
  clock?: Array<'on_track' | 'at_risk' | 'overdue' | 'paused' | 'met' | 'missed'>;
  /** Staff id, or 'none' for unassigned. */
  assignee?: string[];
  /** Received from / to (ISO date or date-time; a date `to` includes that whole day in UTC+5). */
  from?: string;
  to?: string;
  /** Which clock `clock` filters on (default service). */
  clockOf?: 'service' | 'step';
  sort?: SortField;
  dir?: 'asc' | 'desc';
  q?: string;
  offset?: number;
  limit?: number;
};

const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.transform((v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
    z.optional(z.array(item).check(z.maxLength(50))),
  );

/** Server-side parser of the list query (URLSearchParams → object with repeated keys as arrays). */
export const applicationListQuerySchema = z.strictObject({
  tab: z.optional(tabSchema),
  service: listOf(idSchema),
  variant: listOf(idSchema),
  stepKind: listOf(stepKindSchema),
  channel: listOf(channelIdSchema),
  clock: listOf(z.enum(['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed'])),
  assignee: listOf(idSchema),
  from: z.optional(z.string().check(z.maxLength(40))),
  to: z.optional(z.string().check(z.maxLength(40))),
  clockOf: z.optional(z.enum(['service', 'step'])),
  sort: z.optional(sortFieldSchema),
  dir: z.optional(z.enum(['asc', 'desc'])),
  q: z.optional(z.string().check(z.maxLength(200))),
  offset: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(10_000_000))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(500))),
});

/** Current step of a row. */
export const rowStepSchema = z.object({ id: z.string(), kind: stepKindSchema, role: roleIdSchema, tier: z.optional(z.string()) });

/**
 * One row of the inbox. The applicant's IIN/BIN is NOT sent in lists, only its last four digits
 * (`idTail`); the UI masks it as '••••1234'. The full number is in the detail.
 */
export const applicationRowSchema = z.object({
  id: z.string(),
  regNo: z.string(),
  providerId: z.string(),
  serviceId: z.string(),
  variantId: z.string(),
  applicant: z.object({ type: z.enum(['person', 'organization']), name: z.string(), idTail: z.string() }),
  step: z.nullable(rowStepSchema),
  assignee: z.nullable(personRefSchema),
  executor: z.nullable(personRefSchema),
  channel: channelIdSchema,
  arrivedAt: isoDateTimeSchema,
  receivedAt: isoDateTimeSchema,
  version: z.number(),
  status: statusSchema,
  /** null once finished (no current step) or when the inputs cannot be counted. */
  stepClock: z.nullable(clockSchema),
  serviceClock: z.nullable(clockSchema),
});
export type ApplicationRow = z.infer<typeof applicationRowSchema>;

export const applicationListSchema = z.extend(pageSchema(applicationRowSchema), { now: isoDateTimeSchema });
export type ApplicationList = z.infer<typeof applicationListSchema>;

/** GET /api/applications/counters: rows per tab (control is null for roles without it). */
export const countersSchema = z.object({
  my: z.number(),
  queue: z.number(),
  control: z.nullable(z.number()),
  finished: z.number(),
});
export type Counters = z.infer<typeof countersSchema>;

const applicantFullSchema = z.union([
  z.object({ type: z.literal('person'), iin: z.string(), name: z.string(), phone: z.optional(z.string()), email: z.optional(z.string()) }),
  z.object({ type: z.literal('organization'), bin: z.string(), name: z.string(), phone: z.optional(z.string()), email: z.optional(z.string()) }),
]);

const auditEntrySchema = z.object({
  at: isoDateTimeSchema,
  actorId: z.string(),
  onBehalfOf: z.optional(z.string()),
  action: z.string(),
  outcome: z.optional(outcomeIdSchema),
  comment: z.optional(z.string()),
  fromStep: z.nullable(z.string()),
  toStep: z.nullable(z.string()),
  assigneeId: z.optional(z.nullable(z.string())),
  version: z.number(),
});

/** The stored application as the card needs it (full applicant, history, audit, data). */
export const applicationSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  serviceId: z.string(),
  variantId: z.string(),
  regNo: z.string(),
  channel: channelIdSchema,
  applicant: applicantFullSchema,
  arrivedAt: isoDateTimeSchema,
  receivedAt: isoDateTimeSchema,
  status: statusSchema,
  currentStepId: z.nullable(z.string()),
  stepStartedAt: isoDateTimeSchema,
  assigneeId: z.nullable(z.string()),
  executorId: z.nullable(z.string()),
  headId: z.nullable(z.string()),
  version: z.number(),
  history: z.array(
    z.object({
      stepId: z.string(),
      kind: stepKindSchema,
      startedAt: isoDateTimeSchema,
      finishedAt: isoDateTimeSchema,
      actorId: z.string(),
      onBehalfOf: z.optional(z.string()),
      outcome: outcomeIdSchema,
      comment: z.optional(z.string()),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      mimeType: z.optional(z.string()),
      size: z.optional(z.number()),
      uploadedAt: isoDateTimeSchema,
      uploadedBy: z.string(),
      stepId: z.optional(z.string()),
    }),
  ),
  comments: z.array(
    z.object({
      id: z.string(),
      at: isoDateTimeSchema,
      authorId: z.string(),
      onBehalfOf: z.optional(z.string()),
      text: z.string(),
      stepId: z.optional(z.nullable(z.string())),
    }),
  ),
  audit: z.array(auditEntrySchema),
  pauses: z.array(
    z.object({
      id: z.string(),
      from: isoDateTimeSchema,
      to: z.optional(isoDateTimeSchema),
      ground: z.string(),
      actorId: z.string(),
      onBehalfOf: z.optional(z.string()),
      scope: z.enum(['service', 'step', 'both']),
      stepId: z.nullable(z.string()),
      comment: z.optional(z.string()),
    }),
  ),
  data: z.record(z.string(), z.unknown()),
  finishedAt: z.optional(isoDateTimeSchema),
});
export type ApplicationDto = z.infer<typeof applicationSchema>;

/** An action the current user may perform now, with the outcomes the catalog allows. */
export const availableActionSchema = z.object({
  type: z.string(),
  outcomes: z.optional(z.array(outcomeIdSchema)),
  /** Set when the viewer may do this only as a substitute of that colleague. */
  onBehalfOf: z.optional(z.string()),
});
export type AvailableActionDto = z.infer<typeof availableActionSchema>;

/** GET /api/applications/:id (also the body of a successful action). */
export const applicationDetailSchema = z.object({
  application: applicationSchema,
  row: applicationRowSchema,
  stepClock: z.nullable(clockWithTraceSchema),
  serviceClock: z.nullable(clockWithTraceSchema),
  service: z.object({ id: z.string(), name: localizedTextSchema }),
  variant: z.object({
    id: z.string(),
    name: localizedTextSchema,
    term: z.nullable(z.unknown()),
    steps: z.array(z.unknown()),
  }),
  plan: planFlagsSchema,
  /**
   * For each `application.history` record (same order): the step's deadline by its norm from
   * when it started, and whether it was finished in time (null without a norm) — for the step rail.
   */
  stepResults: z.array(z.object({ stepId: z.string(), deadline: z.nullable(isoDateTimeSchema), met: z.nullable(z.boolean()) })),
  availableActions: z.array(availableActionSchema),
  /** Everyone mentioned in history, audit, comments, pauses and assignment: id → person. */
  people: z.record(z.string(), z.object({ name: localizedTextSchema, role: roleIdSchema })),
  /** Candidates for `assign`/`distribute`/`resolve` pickers (same provider/tier, active). */
  candidates: z.array(z.extend(personRefSchema, { role: roleIdSchema, tier: z.optional(z.string()) })),
  now: isoDateTimeSchema,
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

/** 409 version_conflict details: who changed the application, when, what. */
export const versionConflictDetailsSchema = z.object({
  by: z.nullable(personRefSchema),
  at: z.nullable(isoDateTimeSchema),
  action: z.nullable(z.string()),
  outcome: z.nullable(z.string()),
  version: z.number(),
});
export type VersionConflictDetails = z.infer<typeof versionConflictDetailsSchema>;

const applicantInputSchema = z.union([
  z.strictObject({
    type: z.literal('person'),
    iin: z.string().check(z.regex(/^\d{12}$/)),
    name: z.string().check(z.minLength(1), z.maxLength(300)),
    phone: z.optional(z.string().check(z.maxLength(40))),
    email: z.optional(z.string().check(z.maxLength(200))),
  }),
  z.strictObject({
    type: z.literal('organization'),
    bin: z.string().check(z.regex(/^\d{12}$/)),
    name: z.string().check(z.minLength(1), z.maxLength(300)),
    phone: z.optional(z.string().check(z.maxLength(40))),
    email: z.optional(z.string().check(z.maxLength(200))),
  }),
]);

/** POST /api/applications: registration of a paper application by the chancellery. */
export const createApplicationRequestSchema = z.strictObject({
  serviceId: idSchema,
  variantId: idSchema,
  channel: z.optional(channelIdSchema),
  applicant: applicantInputSchema,
  /** When it arrived (default: now); receipt becomes the next working moment. */
  arrivedAt: z.optional(isoDateTimeSchema),
  documents: z.optional(z.array(z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(300)), kind: z.string().check(z.minLength(1), z.maxLength(60)) })).check(z.maxLength(50))),
  comment: z.optional(z.string().check(z.maxLength(2000))),
  idempotencyKey: z.optional(z.string().check(z.minLength(8), z.maxLength(200))),
});
export type CreateApplicationRequest = z.infer<typeof createApplicationRequestSchema>;

/** POST /api/applications/:id/comments. `@login` mentions notify those colleagues. */
export const commentRequestSchema = z.strictObject({
  text: z.string().check(z.minLength(1), z.maxLength(4000)),
  expectedVersion: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1e9))),
  idempotencyKey: z.optional(z.string().check(z.minLength(8), z.maxLength(200))),
});

/** POST /api/applications/:id/documents (metadata only; content is generated on download). */
export const documentRequestSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  kind: z.string().check(z.minLength(1), z.maxLength(60)),
  mimeType: z.optional(z.string().check(z.maxLength(100))),
  size: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1e9))),
  idempotencyKey: z.optional(z.string().check(z.minLength(8), z.maxLength(200))),
});

/** POST /api/applications/:id/assign */
export const assignRequestSchema = z.strictObject({
  assigneeId: idSchema,
  expectedVersion: z.number().check(z.int(), z.gte(0), z.lte(1e9)),
  idempotencyKey: z.optional(z.string().check(z.minLength(8), z.maxLength(200))),
});

/** POST /api/applications/bulk-assign */
export const bulkAssignRequestSchema = z.strictObject({
  ids: z.array(idSchema).check(z.minLength(1), z.maxLength(500)),
  assigneeId: idSchema,
  idempotencyKey: z.optional(z.string().check(z.minLength(8), z.maxLength(200))),
});
export const bulkAssignResponseSchema = z.object({
  results: z.array(z.object({ id: z.string(), ok: z.boolean(), code: z.optional(z.string()), version: z.optional(z.number()) })),
});
export type BulkAssignResponse = z.infer<typeof bulkAssignResponseSchema>;

export { clockStateSchema };
