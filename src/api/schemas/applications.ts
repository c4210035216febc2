/** Schemas of the application endpoints (docs/api.md §Applications). */
import * as v from 'valibot';
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
export const tabSchema = v.picklist(TABS);
export type Tab = v.InferOutput<typeof tabSchema>;

export const SORT_FIELDS = ['service_left', 'step_left', 'received_at', 'reg_no'] as const;
export const sortFieldSchema = v.picklist(SORT_FIELDS);
export type SortField = v.InferOutput<typeof sortFieldSchema>;

export const STATUSES = ['in_progress', 'paused', 'issued', 'refused'] as const;
export const statusSchema = v.picklist(STATUSES);

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

/** A repeated query key: one value or several, as a list. */
const listOf = <T extends v.GenericSchema>(item: T) =>
  v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value) => (Array.isArray(value) ? value : [value])),
      v.array(item),
      v.maxLength(50),
    ),
  );
/** A whole number in the query string. */
const queryNumber = (min: number, max: number) => v.pipe(v.unknown(), v.transform(Number), v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** Server-side parser of the list query (URLSearchParams → object with repeated keys as arrays). */
export const applicationListQuerySchema = v.strictObject({
  tab: v.optional(tabSchema),
  service: listOf(idSchema),
  variant: listOf(idSchema),
  stepKind: listOf(stepKindSchema),
  channel: listOf(channelIdSchema),
  clock: listOf(v.picklist(['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed'])),
  assignee: listOf(idSchema),
  from: v.optional(v.pipe(v.string(), v.maxLength(40))),
  to: v.optional(v.pipe(v.string(), v.maxLength(40))),
  clockOf: v.optional(v.picklist(['service', 'step'])),
  sort: v.optional(sortFieldSchema),
  dir: v.optional(v.picklist(['asc', 'desc'])),
  q: v.optional(v.pipe(v.string(), v.maxLength(200))),
  offset: v.optional(queryNumber(0, 10_000_000)),
  limit: v.optional(queryNumber(1, 500)),
});

/** Current step of a row. */
export const rowStepSchema = v.object({ id: v.string(), kind: stepKindSchema, role: roleIdSchema, tier: v.optional(v.string()) });

/**
 * One row of the inbox. The applicant's IIN/BIN is NOT sent in lists, only its last four digits
 * (`idTail`); the UI masks it as '••••1234'. The full number is in the detail.
 */
export const applicationRowSchema = v.object({
  id: v.string(),
  regNo: v.string(),
  providerId: v.string(),
  serviceId: v.string(),
  variantId: v.string(),
  applicant: v.object({ type: v.picklist(['person', 'organization']), name: v.string(), idTail: v.string() }),
  step: v.nullable(rowStepSchema),
  assignee: v.nullable(personRefSchema),
  executor: v.nullable(personRefSchema),
  channel: channelIdSchema,
  arrivedAt: isoDateTimeSchema,
  receivedAt: isoDateTimeSchema,
  version: v.number(),
  status: statusSchema,
  /** null once finished (no current step) or when the inputs cannot be counted. */
  stepClock: v.nullable(clockSchema),
  serviceClock: v.nullable(clockSchema),
});
export type ApplicationRow = v.InferOutput<typeof applicationRowSchema>;

export const applicationListSchema = v.object({ ...pageSchema(applicationRowSchema).entries, now: isoDateTimeSchema });
export type ApplicationList = v.InferOutput<typeof applicationListSchema>;

/** GET /api/applications/counters: rows per tab (control is null for roles without it). */
export const countersSchema = v.object({
  my: v.number(),
  queue: v.number(),
  control: v.nullable(v.number()),
  finished: v.number(),
});
export type Counters = v.InferOutput<typeof countersSchema>;

const applicantFullSchema = v.union([
  v.object({ type: v.literal('person'), iin: v.string(), name: v.string(), phone: v.optional(v.string()), email: v.optional(v.string()) }),
  v.object({ type: v.literal('organization'), bin: v.string(), name: v.string(), phone: v.optional(v.string()), email: v.optional(v.string()) }),
]);

const auditEntrySchema = v.object({
  at: isoDateTimeSchema,
  actorId: v.string(),
  onBehalfOf: v.optional(v.string()),
  action: v.string(),
  outcome: v.optional(outcomeIdSchema),
  comment: v.optional(v.string()),
  fromStep: v.nullable(v.string()),
  toStep: v.nullable(v.string()),
  assigneeId: v.optional(v.nullable(v.string())),
  version: v.number(),
});

/** The stored application as the card needs it (full applicant, history, audit, data). */
export const applicationSchema = v.object({
  id: v.string(),
  providerId: v.string(),
  serviceId: v.string(),
  variantId: v.string(),
  regNo: v.string(),
  channel: channelIdSchema,
  applicant: applicantFullSchema,
  arrivedAt: isoDateTimeSchema,
  receivedAt: isoDateTimeSchema,
  status: statusSchema,
  currentStepId: v.nullable(v.string()),
  stepStartedAt: isoDateTimeSchema,
  assigneeId: v.nullable(v.string()),
  executorId: v.nullable(v.string()),
  headId: v.nullable(v.string()),
  version: v.number(),
  history: v.array(
    v.object({
      stepId: v.string(),
      kind: stepKindSchema,
      startedAt: isoDateTimeSchema,
      finishedAt: isoDateTimeSchema,
      actorId: v.string(),
      onBehalfOf: v.optional(v.string()),
      outcome: outcomeIdSchema,
      comment: v.optional(v.string()),
    }),
  ),
  documents: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      kind: v.string(),
      mimeType: v.optional(v.string()),
      size: v.optional(v.number()),
      uploadedAt: isoDateTimeSchema,
      uploadedBy: v.string(),
      stepId: v.optional(v.string()),
    }),
  ),
  comments: v.array(
    v.object({
      id: v.string(),
      at: isoDateTimeSchema,
      authorId: v.string(),
      onBehalfOf: v.optional(v.string()),
      text: v.string(),
      stepId: v.optional(v.nullable(v.string())),
    }),
  ),
  audit: v.array(auditEntrySchema),
  pauses: v.array(
    v.object({
      id: v.string(),
      from: isoDateTimeSchema,
      to: v.optional(isoDateTimeSchema),
      ground: v.string(),
      actorId: v.string(),
      onBehalfOf: v.optional(v.string()),
      scope: v.picklist(['service', 'step', 'both']),
      stepId: v.nullable(v.string()),
      comment: v.optional(v.string()),
    }),
  ),
  data: v.record(v.string(), v.unknown()),
  finishedAt: v.optional(isoDateTimeSchema),
});
export type ApplicationDto = v.InferOutput<typeof applicationSchema>;

/** An action the current user may perform now, with the outcomes the catalog allows. */
export const availableActionSchema = v.object({
  type: v.string(),
  outcomes: v.optional(v.array(outcomeIdSchema)),
  /** Set when the viewer may do this only as a substitute of that colleague. */
  onBehalfOf: v.optional(v.string()),
});
export type AvailableActionDto = v.InferOutput<typeof availableActionSchema>;

/** GET /api/applications/:id (also the body of a successful action). */
export const applicationDetailSchema = v.object({
  application: applicationSchema,
  row: applicationRowSchema,
  stepClock: v.nullable(clockWithTraceSchema),
  serviceClock: v.nullable(clockWithTraceSchema),
  service: v.object({ id: v.string(), name: localizedTextSchema }),
  variant: v.object({
    id: v.string(),
    name: localizedTextSchema,
    term: v.nullable(v.unknown()),
    steps: v.array(v.unknown()),
  }),
  plan: planFlagsSchema,
  /**
   * For each `application.history` record (same order): the step's deadline by its norm from
   * when it started, and whether it was finished in time (null without a norm) — for the step rail.
   */
  stepResults: v.array(v.object({ stepId: v.string(), deadline: v.nullable(isoDateTimeSchema), met: v.nullable(v.boolean()) })),
  availableActions: v.array(availableActionSchema),
  /** Everyone mentioned in history, audit, comments, pauses and assignment: id → person. */
  people: v.record(v.string(), v.object({ name: localizedTextSchema, role: roleIdSchema })),
  /** Candidates for `assign`/`distribute`/`resolve` pickers (same provider/tier, active). */
  candidates: v.array(v.object({ ...personRefSchema.entries, role: roleIdSchema, tier: v.optional(v.string()) })),
  now: isoDateTimeSchema,
});
export type ApplicationDetail = v.InferOutput<typeof applicationDetailSchema>;

/** 409 version_conflict details: who changed the application, when, what. */
export const versionConflictDetailsSchema = v.object({
  by: v.nullable(personRefSchema),
  at: v.nullable(isoDateTimeSchema),
  action: v.nullable(v.string()),
  outcome: v.nullable(v.string()),
  version: v.number(),
});
export type VersionConflictDetails = v.InferOutput<typeof versionConflictDetailsSchema>;

const twelveDigits = v.pipe(v.string(), v.regex(/^\d{12}$/));
const applicantContact = {
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  phone: v.optional(v.pipe(v.string(), v.maxLength(40))),
  email: v.optional(v.pipe(v.string(), v.maxLength(200))),
};
const applicantInputSchema = v.union([
  v.strictObject({ type: v.literal('person'), iin: twelveDigits, ...applicantContact }),
  v.strictObject({ type: v.literal('organization'), bin: twelveDigits, ...applicantContact }),
]);

/** POST /api/applications: registration of a paper application by the chancellery. */
export const createApplicationRequestSchema = v.strictObject({
  serviceId: idSchema,
  variantId: idSchema,
  channel: v.optional(channelIdSchema),
  applicant: applicantInputSchema,
  /** When it arrived (default: now); receipt becomes the next working moment. */
  arrivedAt: v.optional(isoDateTimeSchema),
  documents: v.optional(v.pipe(v.array(v.strictObject({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)), kind: v.pipe(v.string(), v.minLength(1), v.maxLength(60)) })), v.maxLength(50))),
  comment: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  idempotencyKey: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(200))),
});
export type CreateApplicationRequest = v.InferOutput<typeof createApplicationRequestSchema>;

/** POST /api/applications/:id/comments. `@login` mentions notify those colleagues. */
export const commentRequestSchema = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
  expectedVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9))),
  idempotencyKey: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(200))),
});

/** POST /api/applications/:id/documents (metadata only; content is generated on download). */
export const documentRequestSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  kind: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  mimeType: v.optional(v.pipe(v.string(), v.maxLength(100))),
  size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9))),
  idempotencyKey: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(200))),
});

/** POST /api/applications/:id/assign */
export const assignRequestSchema = v.strictObject({
  assigneeId: idSchema,
  expectedVersion: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9)),
  idempotencyKey: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(200))),
});

/** POST /api/applications/bulk-assign */
export const bulkAssignRequestSchema = v.strictObject({
  ids: v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(500)),
  assigneeId: idSchema,
  idempotencyKey: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(200))),
});
export const bulkAssignResponseSchema = v.object({
  results: v.array(v.object({ id: v.string(), ok: v.boolean(), code: v.optional(v.string()), version: v.optional(v.number()) })),
});
export type BulkAssignResponse = v.InferOutput<typeof bulkAssignResponseSchema>;

export { clockStateSchema };
