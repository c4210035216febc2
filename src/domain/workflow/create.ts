/**
 * Creating an application: the record starts at the variant's first step (registration),
 * waiting in the queue of that step's role, with version 1 and a `create` audit entry.
 */
import { findVariant } from '../catalog/index.ts';
import type { ChannelId, Variant } from '../catalog/types.ts';
import { validateBin, validateIin } from '../identity/iin-bin.ts';
import { holderFor } from './assignment.ts';
import type { Applicant, Application, DocumentMeta, PayloadIssues, StaffMember } from './types.ts';

/** What the caller knows when an application arrives. */
export type NewApplicationInput = {
  id: string;
  providerId: string;
  serviceId: string;
  variantId: string;
  regNo: string;
  channel: ChannelId;
  applicant: Applicant;
  /** Actual arrival time (ISO), possibly outside working hours. */
  arrivedAt: string;
  documents?: DocumentMeta[];
};

/** Options of `createApplication`. */
export type CreateOptions = {
  /** Who records the arrival (default 'system': portal / State Corporation intake). */
  actorId?: string;
  staff?: StaffMember[];
  variant?: Variant;
};

/** Result of `createApplication`. */
export type CreateResult =
  | { ok: true; app: Application }
  | { ok: false; code: 'unknown_variant' | 'invalid_payload'; details?: PayloadIssues };

/**
 * Builds a new application at step s1. `receivedAt` is the next working moment after arrival
 * (sla-semantics rule 6), computed by the caller; the service clock and the first step start there.
 */
export function createApplication(input: NewApplicationInput, receivedAt: Date | string, opts: CreateOptions = {}): CreateResult {
  const found = opts.variant ? { ok: true as const, value: opts.variant } : findVariant(input.providerId, input.serviceId, input.variantId);
  if (!found.ok) return { ok: false, code: 'unknown_variant' };
  const variant = found.value;
  const issues: PayloadIssues = {};
  const idCheck = input.applicant.type === 'person' ? validateIin(input.applicant.iin) : validateBin(input.applicant.bin);
  if (!idCheck.ok) issues[input.applicant.type === 'person' ? 'applicant.iin' : 'applicant.bin'] = idCheck.code;
  if (!input.applicant.name || input.applicant.name.length > 500) issues['applicant.name'] = input.applicant.name ? 'too_long' : 'required';
  const received = typeof receivedAt === 'string' ? new Date(receivedAt) : receivedAt;
  if (Number.isNaN(received.getTime())) issues.receivedAt = 'invalid_date';
  if (Number.isNaN(new Date(input.arrivedAt).getTime())) issues.arrivedAt = 'invalid_date';
  if (Object.keys(issues).length > 0) return { ok: false, code: 'invalid_payload', details: issues };

  const at = received.toISOString();
  const first = variant.steps[0];
  const draft: Application = {
    id: input.id,
    providerId: input.providerId,
    serviceId: input.serviceId,
    variantId: input.variantId,
    regNo: input.regNo,
    channel: input.channel,
    applicant: input.applicant,
    arrivedAt: new Date(input.arrivedAt).toISOString(),
    receivedAt: at,
    status: 'in_progress',
    currentStepId: first.id,
    stepStartedAt: at,
    assigneeId: null,
    executorId: null,
    headId: null,
    version: 1,
    history: [],
    documents: input.documents ?? [],
    comments: [],
    audit: [],
    pauses: [],
    data: {},
  };
  const assigneeId = holderFor(first, draft, opts.staff ?? []);
  return {
    ok: true,
    app: {
      ...draft,
      assigneeId,
      audit: [{ at, actorId: opts.actorId ?? 'system', action: 'create', fromStep: null, toStep: first.id, assigneeId, version: 1 }],
    },
  };
}
