/**
 * Building blocks of the API schemas (docs/api.md), shared by the client (validates responses)
 * and the mock handlers (validate requests). Only valibot and type-only domain imports: no catalog data.
 */
import * as v from 'valibot';
import { OUTCOME_IDS, ROLE_IDS, STEP_KINDS } from '../../domain/catalog/types.ts';
import type { ChannelId, OutcomeId, RoleId, StepKind } from '../../domain/catalog/types.ts';

/** Error body of every failed request. */
export const errorBodySchema = v.object({
  code: v.string(),
  message: v.optional(v.string()),
  details: v.optional(v.unknown()),
});
export type ErrorBody = v.InferOutput<typeof errorBodySchema>;

/** Stable error codes the server sends (the UI translates them). */
export const ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'forbidden_role',
  'wrong_provider',
  'wrong_tier',
  'not_assignee',
  'not_found',
  'invalid_payload',
  'version_conflict',
  'wrong_step',
  'finished',
  'not_allowed_outcome',
  'paused',
  'unknown_staff',
  'unknown_variant',
  'idempotency_mismatch',
  'internal',
  'unavailable',
  'timeout',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const CHANNEL_IDS = [
  'gov_corporation',
  'egov_portal',
  'elicense_portal',
  'public_service_center',
  'provider_office',
] as const satisfies readonly ChannelId[];

export const roleIdSchema = v.picklist(ROLE_IDS as unknown as [RoleId, ...RoleId[]]);
export const stepKindSchema = v.picklist(STEP_KINDS as unknown as [StepKind, ...StepKind[]]);
export const outcomeIdSchema = v.picklist(OUTCOME_IDS as unknown as [OutcomeId, ...OutcomeId[]]);
export const channelIdSchema = v.picklist(CHANNEL_IDS);

export const localizedTextSchema = v.object({ ru: v.string(), kk: v.string() });

/** ISO date-time (UTC). */
export const isoDateTimeSchema = v.pipe(v.string(), v.maxLength(40));
/** 'YYYY-MM-DD'. */
export const isoDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** An identifier sent by a client: short, printable. */
export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(120));

/** Who did something: id and display name in both languages. */
export const personRefSchema = v.object({ id: v.string(), name: localizedTextSchema });
export type PersonRef = v.InferOutput<typeof personRefSchema>;

/** States of a clock (sla-semantics rule 9) plus `no_norm` for a step without a norm. */
export const CLOCK_STATES = ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'no_norm'] as const;
export const clockStateSchema = v.picklist(CLOCK_STATES);
export type ClockState = v.InferOutput<typeof clockStateSchema>;

/**
 * A clock as the domain computes it (src/domain/sla `Clock`) without its trace: enough to draw
 * the badge, and to keep ticking it in the UI with `tickClock` over the catalog's schedule.
 */
export const clockSchema = v.object({
  state: clockStateSchema,
  /** When the clock started (ISO). */
  start: isoDateTimeSchema,
  /** Deadline, shifted by pauses; null without a norm. */
  deadline: v.nullable(isoDateTimeSchema),
  /** Expected date of a range norm (its `min`); null otherwise. */
  expected: v.nullable(isoDateTimeSchema),
  /** The norm in working minutes; null without a norm. */
  normMinutes: v.nullable(v.number()),
  /** Working minutes left at `now` (or at the finish); negative = late by. */
  remainingMinutes: v.nullable(v.number()),
});
export type Clock = v.InferOutput<typeof clockSchema>;

/** A clock with its explanation (detail only): the domain's trace entries, passed through. */
export const clockWithTraceSchema = v.object({ ...clockSchema.entries,
  trace: v.array(v.record(v.string(), v.unknown())),
  /** Regulation item of the norm. */
  source: v.nullable(v.string()),
});
export type ClockWithTrace = v.InferOutput<typeof clockWithTraceSchema>;

/** Field problems of a 422 `invalid_payload`. */
export const fieldIssueSchema = v.object({ path: v.string(), code: v.string() });
export type FieldIssue = v.InferOutput<typeof fieldIssueSchema>;
export const fieldIssuesSchema = v.array(fieldIssueSchema);

/** A paged list. */
export function pageSchema<T extends v.GenericSchema>(item: T) {
  return v.object({ items: v.array(item), total: v.number(), offset: v.number(), limit: v.number() });
}
