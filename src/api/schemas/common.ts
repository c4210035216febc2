/**
 * Building blocks of the API schemas (docs/api.md), shared by the client (validates responses)
 * and the mock handlers (validate requests). Only zod and type-only domain imports: no catalog data.
 */
import { z } from '../zod.ts';
import { OUTCOME_IDS, ROLE_IDS, STEP_KINDS } from '../../domain/catalog/types.ts';
import type { ChannelId, OutcomeId, RoleId, StepKind } from '../../domain/catalog/types.ts';

/** Error body of every failed request. */
export const errorBodySchema = z.object({
  code: z.string(),
  message: z.optional(z.string()),
  details: z.optional(z.unknown()),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

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

export const roleIdSchema = z.enum(ROLE_IDS as unknown as [RoleId, ...RoleId[]]);
export const stepKindSchema = z.enum(STEP_KINDS as unknown as [StepKind, ...StepKind[]]);
export const outcomeIdSchema = z.enum(OUTCOME_IDS as unknown as [OutcomeId, ...OutcomeId[]]);
export const channelIdSchema = z.enum(CHANNEL_IDS);

export const localizedTextSchema = z.object({ ru: z.string(), kk: z.string() });

/** ISO date-time (UTC). */
export const isoDateTimeSchema = z.string().check(z.maxLength(40));
/** 'YYYY-MM-DD'. */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** An identifier sent by a client: short, printable. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(120));

/** Who did something: id and display name in both languages. */
export const personRefSchema = z.object({ id: z.string(), name: localizedTextSchema });
export type PersonRef = z.infer<typeof personRefSchema>;

/** States of a clock (sla-semantics rule 9) plus `no_norm` for a step without a norm. */
export const CLOCK_STATES = ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'no_norm'] as const;
export const clockStateSchema = z.enum(CLOCK_STATES);
export type ClockState = z.infer<typeof clockStateSchema>;

/**
 * A clock as the domain computes it (src/domain/sla `Clock`) without its trace: enough to draw
 * the badge, and to keep ticking it in the UI with `tickClock` over the catalog's schedule.
 */
export const clockSchema = z.object({
  state: clockStateSchema,
  /** When the clock started (ISO). */
  start: isoDateTimeSchema,
  /** Deadline, shifted by pauses; null without a norm. */
  deadline: z.nullable(isoDateTimeSchema),
  /** Expected date of a range norm (its `min`); null otherwise. */
  expected: z.nullable(isoDateTimeSchema),
  /** The norm in working minutes; null without a norm. */
  normMinutes: z.nullable(z.number()),
  /** Working minutes left at `now` (or at the finish); negative = late by. */
  remainingMinutes: z.nullable(z.number()),
});
export type Clock = z.infer<typeof clockSchema>;

/** A clock with its explanation (detail only): the domain's trace entries, passed through. */
export const clockWithTraceSchema = z.extend(clockSchema, {
  trace: z.array(z.record(z.string(), z.unknown())),
  /** Regulation item of the norm. */
  source: z.nullable(z.string()),
});
export type ClockWithTrace = z.infer<typeof clockWithTraceSchema>;

/** Field problems of a 422 `invalid_payload`. */
export const fieldIssueSchema = z.object({ path: z.string(), code: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;
export const fieldIssuesSchema = z.array(fieldIssueSchema);

/** A paged list. */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), offset: z.number(), limit: z.number() });
}
