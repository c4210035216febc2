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

const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]), z.array(item).max(50).optional());

/** Server-side parser of the list query (URLSearchParams → object with repeated keys as arrays). */
export const applicationListQuerySchema = z.strictObject({
  tab: tabSchema.optional(),
  service: listOf(idSchema),
  variant: listOf(idSchema),
  stepKind: listOf(stepKindSchema),
  channel: listOf(channelIdSchema),
  clock: listOf(z.enum(['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed'])),
  assignee: listOf(idSchema),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  clockOf: z.enum(['service', 'step']).optional(),
  sort: sortFieldSchema.optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  q: z.string().max(200).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/** Current step of a row. */
export const rowStepSchema = z.object({ id: z.string(), kind: stepKindSchema, role: roleIdSchema, tier: z.string().optional() });

/**
 * One row of the inbox. The applicant's IIN/BIN is NOT sent in lists, only its last four digits
 * (`idTail`); the UI masks it as '••••••••1234'. The full number is in the detail.
 */
export const applicationRowSchema = z.object({
  id: z.string(),
  regNo: z.string(),
  providerId: z.string(),
  serviceId: z.string(),
  variantId: z.string(),
  applicant: z.object({ type: z.enum(['person', 'organization']), name: z.string(), idTail: z.string() }),
  step: rowStepSchema.nullable(),
  assignee: personRefSchema.nullable(),
  executor: personRefSchema.nullable(),
  channel: channelIdSchema,
  arrivedAt: isoDateTimeSchema,
  receivedAt: isoDateTimeSchema,
  version: z.number(),
  status: statusSchema,
  /** null once finished (no current step) or when the inputs cannot be counted. */
  stepClock: clockSchema.nullable(),
  serviceClock: clockSchema.nullable(),
});
export type ApplicationRow = z.infer<typeof applicationRowSchema>;

export const applicationListSchema = pageSchema(applicationRowSchema).extend({ now: isoDateTimeSchema });
export type ApplicationList = z.infer<typeof applicationListSchema>;

/** GET /api/applications/counters: rows per tab (control is null for roles without it). */
export const countersSchema = z.object({
  my: z.number(),
  queue: z.number(),
  control: z.number().nullable(),
  finished: z.number(),
});
export type Counters = z.infer<typeof countersSchema>;

const applicantFullSchema = z.union([
  z.object({ type: z.literal('person'), iin: z.string(), name: z.string(), phone: z.string().optional(), email: z.string().optional() }),
  z.object({ type: z.literal('organization'), bin: z.string(), name: z.string(), phone: z.string().optional(), email: z.string().optional() }),
]);

const auditEntrySchema = z.object({
  at: isoDateTimeSchema,
  actorId: z.string(),
  onBehalfOf: z.string().optional(),
  action: z.string(),
  outcome: outcomeIdSchema.optional(),
  comment: z.string().optional(),
  fromStep: z.string().nullable(),
  toStep: z.string().nullable(),
  assigneeId: z.string().nullable().optional(),
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
  currentStepId: z.string().nullable(),
  stepStartedAt: isoDateTimeSchema,
  assigneeId: z.string().nullable(),
  executorId: z.string().nullable(),
  headId: z.string().nullable(),
  version: z.number(),
  history: z.array(
    z.object({
      stepId: z.string(),
      kind: stepKindSchema,
      startedAt: isoDateTimeSchema,
      finishedAt: isoDateTimeSchema,
      actorId: z.string(),
      onBehalfOf: z.string().optional(),
      outcome: outcomeIdSchema,
      comment: z.string().optional(),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      mimeType: z.string().optional(),
      size: z.number().optional(),
      uploadedAt: isoDateTimeSchema,
      uploadedBy: z.string(),
      stepId: z.string().optional(),
    }),
  ),
  comments: z.array(
    z.object({
      id: z.string(),
      at: isoDateTimeSchema,
      authorId: z.string(),
      onBehalfOf: z.string().optional(),
      text: z.string(),
      stepId: z.string().nullable().optional(),
    }),
  ),
  audit: z.array(auditEntrySchema),
  pauses: z.array(
    z.object({
      id: z.string(),
      from: isoDateTimeSchema,
      to: isoDateTimeSchema.optional(),
      ground: z.string(),
      actorId: z.string(),
      onBehalfOf: z.string().optional(),
      scope: z.enum(['service', 'step', 'both']),
      stepId: z.string().nullable(),
      comment: z.string().optional(),
    }),
  ),
  data: z.record(z.string(), z.unknown()),
  finishedAt: isoDateTimeSchema.optional(),
});
export type ApplicationDto = z.infer<typeof applicationSchema>;

/** An action the current user may perform now, with the outcomes the catalog allows. */
export const availableActionSchema = z.object({
  type: z.string(),
  outcomes: z.array(outcomeIdSchema).optional(),
  /** Set when the viewer may do this only as a substitute of that colleague. */
  onBehalfOf: z.string().optional(),
});
export type AvailableActionDto = z.infer<typeof availableActionSchema>;

/** GET /api/applications/:id (also the body of a successful action). */
export const applicationDetailSchema = z.object({
  application: applicationSchema,
  row: applicationRowSchema,
  stepClock: clockWithTraceSchema.nullable(),
  serviceClock: clockWithTraceSchema.nullable(),
  service: z.object({ id: z.string(), name: localizedTextSchema }),
  variant: z.object({
    id: z.string(),
    name: localizedTextSchema,
    term: z.unknown().nullable(),
    steps: z.array(z.unknown()),
  }),
  plan: planFlagsSchema,
  /**
   * For each `application.history` record (same order): the step's deadline by its norm from
   * when it started, and whether it was finished in time (null without a norm) — for the step rail.
   */
  stepResults: z.array(z.object({ stepId: z.string(), deadline: isoDateTimeSchema.nullable(), met: z.boolean().nullable() })),
  availableActions: z.array(availableActionSchema),
  /** Everyone mentioned in history, audit, comments, pauses and assignment: id → person. */
  people: z.record(z.string(), z.object({ name: localizedTextSchema, role: roleIdSchema })),
  /** Candidates for `assign`/`distribute`/`resolve` pickers (same provider/tier, active). */
  candidates: z.array(personRefSchema.extend({ role: roleIdSchema, tier: z.string().optional() })),
  now: isoDateTimeSchema,
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;

/** 409 version_conflict details: who changed the application, when, what. */
export const versionConflictDetailsSchema = z.object({
  by: personRefSchema.nullable(),
  at: isoDateTimeSchema.nullable(),
  action: z.string().nullable(),
  outcome: z.string().nullable(),
  version: z.number(),
});
export type VersionConflictDetails = z.infer<typeof versionConflictDetailsSchema>;

const applicantInputSchema = z.union([
  z.strictObject({
    type: z.literal('person'),
    iin: z.string().regex(/^\d{12}$/),
    name: z.string().min(1).max(300),
    phone: z.string().max(40).optional(),
    email: z.string().max(200).optional(),
  }),
  z.strictObject({
    type: z.literal('organization'),
    bin: z.string().regex(/^\d{12}$/),
    name: z.string().min(1).max(300),
    phone: z.string().max(40).optional(),
    email: z.string().max(200).optional(),
  }),
]);

/** POST /api/applications: registration of a paper application by the chancellery. */
export const createApplicationRequestSchema = z.strictObject({
  serviceId: idSchema,
  variantId: idSchema,
  channel: channelIdSchema.optional(),
  applicant: applicantInputSchema,
  /** When it arrived (default: now); receipt becomes the next working moment. */
  arrivedAt: isoDateTimeSchema.optional(),
  documents: z.array(z.strictObject({ name: z.string().min(1).max(300), kind: z.string().min(1).max(60) })).max(50).optional(),
  comment: z.string().max(2000).optional(),
  idempotencyKey: z.string().min(8).max(200).optional(),
});
export type CreateApplicationRequest = z.infer<typeof createApplicationRequestSchema>;

/** POST /api/applications/:id/comments. `@login` mentions notify those colleagues. */
export const commentRequestSchema = z.strictObject({
  text: z.string().min(1).max(4000),
  expectedVersion: z.number().int().min(0).max(1e9).optional(),
  idempotencyKey: z.string().min(8).max(200).optional(),
});

/** POST /api/applications/:id/documents (metadata only; content is generated on download). */
export const documentRequestSchema = z.strictObject({
  name: z.string().min(1).max(300),
  kind: z.string().min(1).max(60),
  mimeType: z.string().max(100).optional(),
  size: z.number().int().min(0).max(1e9).optional(),
  idempotencyKey: z.string().min(8).max(200).optional(),
});

/** POST /api/applications/:id/assign */
export const assignRequestSchema = z.strictObject({
  assigneeId: idSchema,
  expectedVersion: z.number().int().min(0).max(1e9),
  idempotencyKey: z.string().min(8).max(200).optional(),
});

/** POST /api/applications/bulk-assign */
export const bulkAssignRequestSchema = z.strictObject({
  ids: z.array(idSchema).min(1).max(500),
  assigneeId: idSchema,
  idempotencyKey: z.string().min(8).max(200).optional(),
});
export const bulkAssignResponseSchema = z.object({
  results: z.array(z.object({ id: z.string(), ok: z.boolean(), code: z.string().optional(), version: z.number().optional() })),
});
export type BulkAssignResponse = z.infer<typeof bulkAssignResponseSchema>;

export { clockStateSchema };
