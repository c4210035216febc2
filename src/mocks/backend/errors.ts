/**
 * Failures of the mock backend: thrown by handler code as `HttpFailure`, turned into
 * `{ code, message?, details? }` bodies by the route wrapper. Domain refusal codes map to statuses
 * here, in one place (docs/api.md §Errors).
 */
import type { TransitionErrorCode } from '../../domain/workflow/types.ts';

export class HttpFailure extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;
  constructor(status: number, code: string, details?: unknown) {
    super(code);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const unauthorized = () => new HttpFailure(401, 'unauthorized');
export const forbidden = (code = 'forbidden', details?: unknown) => new HttpFailure(403, code, details);
export const notFound = (details?: unknown) => new HttpFailure(404, 'not_found', details);
export const invalid = (fields: Array<{ path: string; code: string }>) =>
  new HttpFailure(422, 'invalid_payload', { fields });

/** HTTP status of each refusal code of the workflow engine. */
export const DOMAIN_STATUS: Record<TransitionErrorCode, number> = {
  forbidden_role: 403,
  wrong_provider: 403,
  wrong_tier: 403,
  not_assignee: 403,
  wrong_step: 409,
  finished: 409,
  not_allowed_outcome: 409,
  paused: 409,
  version_conflict: 409,
  invalid_payload: 422,
  unknown_staff: 422,
  unknown_variant: 422,
};

/** Turns the engine's field → code map into the API's `[{ path, code }]`. */
export function fieldsOf(details: unknown): Array<{ path: string; code: string }> {
  if (!details || typeof details !== 'object') return [];
  return Object.entries(details as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'string')
    .map(([path, code]) => ({ path, code: String(code) }));
}

/** The failure for a domain refusal. Payload-like codes carry field lists. */
export function domainFailure(code: TransitionErrorCode, details?: unknown, fieldRoot = 'action'): HttpFailure {
  const status = DOMAIN_STATUS[code] ?? 409;
  if (code === 'invalid_payload' || code === 'unknown_staff') {
    return new HttpFailure(422, code, { fields: prefix(fieldRoot, fieldsOf(details)) });
  }
  return new HttpFailure(status, code, details);
}

function prefix(root: string, fields: Array<{ path: string; code: string }>) {
  if (!root) return fields;
  return fields.map((f) => ({ path: f.path ? `${root}.${f.path}` : root, code: f.code }));
}
