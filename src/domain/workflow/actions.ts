/**
 * Payload validation of engine actions. Input may come straight from JSON, so everything is
 * checked: types, required fields, sizes (text ≤ 5,000 chars, lists ≤ 50 items), ISO dates.
 * Problems come back as field → code maps, never as sentences.
 */
import type { OutcomeId } from '../catalog/types.ts';
import {
  CONCLUSION_BODIES,
  PAUSE_GROUNDS,
  type Action,
  type ActionType,
  type PayloadIssues,
} from './types.ts';

export type { Action, ActionType } from './types.ts';

/** Maximum length of any free text. */
export const MAX_TEXT = 5000;
/** Maximum length of ids, numbers and short codes. */
export const MAX_SHORT = 200;
/** Maximum number of items in any list. */
export const MAX_ITEMS = 50;

/** Every action type. */
export const ACTION_TYPES: readonly ActionType[] = [
  'register', 'resolve', 'distribute', 'check_completeness', 'licensing_control',
  'request_conclusions', 'record_conclusion', 'conclusion', 'approve', 'prepare_order',
  'sign_order', 'prepare_result', 'prepare_refusal', 'sign_result', 'issue', 'schedule_test',
  'record_test', 'prepare_commission', 'commission_review', 'take', 'assign', 'pause', 'resume',
  'comment',
];

/** Result of `validateAction`. */
export type ActionValidation =
  | { ok: true; action: Action }
  | { ok: false; code: 'invalid_payload'; details: PayloadIssues };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar date 'YYYY-MM-DD' or an ISO-8601 date-time with a zone. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (ISO_DATE.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  }
  if (!ISO_DATE_TIME.test(value)) return false;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return false;
  const [y, m, day] = value.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(y, m - 1, day));
  return check.getUTCMonth() === m - 1 && check.getUTCDate() === day;
}

type Rec = Record<string, unknown>;

/** Collects issues while reading fields of an untrusted object. */
class Reader {
  issues: PayloadIssues = {};
  obj: Rec;
  constructor(obj: Rec) {
    this.obj = obj;
  }
  text(field: string, opts: { required?: boolean; max?: number } = {}): void {
    const v = this.obj[field];
    if (v === undefined) {
      if (opts.required) this.issues[field] = 'required';
      return;
    }
    if (typeof v !== 'string') this.issues[field] = 'not_string';
    else if (opts.required && v.trim() === '') this.issues[field] = 'empty';
    else if (v.length > (opts.max ?? MAX_TEXT)) this.issues[field] = 'too_long';
  }
  list(field: string, opts: { required?: boolean; allowed?: readonly string[]; max?: number } = {}): void {
    const v = this.obj[field];
    if (v === undefined) {
      if (opts.required) this.issues[field] = 'required';
      return;
    }
    if (!Array.isArray(v)) this.issues[field] = 'not_list';
    else if (opts.required && v.length === 0) this.issues[field] = 'empty';
    else if (v.length > MAX_ITEMS) this.issues[field] = 'too_many';
    else {
      v.forEach((item, i) => {
        const key = `${field}.${i}`;
        if (typeof item !== 'string') this.issues[key] = 'not_string';
        else if (item.trim() === '') this.issues[key] = 'empty';
        else if (item.length > (opts.max ?? MAX_TEXT)) this.issues[key] = 'too_long';
        else if (opts.allowed && !opts.allowed.includes(item)) this.issues[key] = 'invalid_value';
      });
      if (new Set(v).size !== v.length && opts.allowed) this.issues[field] = 'duplicate';
    }
  }
  oneOf(field: string, allowed: readonly string[], required = true): void {
    const v = this.obj[field];
    if (v === undefined) {
      if (required) this.issues[field] = 'required';
    } else if (typeof v !== 'string' || !allowed.includes(v)) this.issues[field] = 'invalid_value';
  }
  date(field: string, required = true): void {
    const v = this.obj[field];
    if (v === undefined) {
      if (required) this.issues[field] = 'required';
    } else if (!isIsoDate(v)) this.issues[field] = 'invalid_date';
  }
  bool(field: string): void {
    const v = this.obj[field];
    if (v !== undefined && typeof v !== 'boolean') this.issues[field] = 'not_boolean';
  }
  number(field: string, min: number, max: number): void {
    const v = this.obj[field];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) this.issues[field] = 'invalid_number';
  }
  signature(field: string): void {
    const v = this.obj[field];
    if (v === undefined) {
      this.issues[field] = 'required';
      return;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.issues[field] = 'invalid_value';
      return;
    }
    const inner = new Reader(v as Rec);
    inner.text('certificateSerial', { required: true, max: MAX_SHORT });
    inner.date('signedAt');
    for (const [k, code] of Object.entries(inner.issues)) this.issues[`${field}.${k}`] = code;
  }
}

/** Checks the fields of an outcome-carrying action against its per-outcome payload. */
function readOutcome(r: Reader, allowed: readonly OutcomeId[]): string | undefined {
  r.oneOf('outcome', allowed);
  const o = r.obj.outcome;
  return typeof o === 'string' && allowed.includes(o as OutcomeId) ? o : undefined;
}

/** Validates an untrusted action object; returns the typed action or field-level issues. */
export function validateAction(input: unknown): ActionValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, code: 'invalid_payload', details: { '': 'not_object' } };
  }
  const r = new Reader(input as Rec);
  const type = r.obj.type;
  if (typeof type !== 'string' || !ACTION_TYPES.includes(type as ActionType)) {
    return { ok: false, code: 'invalid_payload', details: { type: 'invalid_value' } };
  }
  r.text('comment');
  switch (type as ActionType) {
    case 'register':
    case 'take':
    case 'resume':
      break;
    case 'resolve':
      r.text('headId', { max: MAX_SHORT });
      r.text('executorId', { max: MAX_SHORT });
      break;
    case 'distribute':
      r.text('executorId', { required: true, max: MAX_SHORT });
      break;
    case 'assign':
      r.text('assigneeId', { required: true, max: MAX_SHORT });
      break;
    case 'check_completeness':
      if (readOutcome(r, ['complete', 'incomplete']) === 'incomplete') r.list('missingDocuments', { required: true });
      break;
    case 'licensing_control':
      if (readOutcome(r, ['documents_sufficient', 'site_visit']) === 'site_visit') {
        r.date('visitDate');
        r.text('findings', { required: true });
      }
      break;
    case 'request_conclusions':
      r.list('bodies', { required: true, allowed: CONCLUSION_BODIES });
      r.bool('pause');
      break;
    case 'record_conclusion':
      r.oneOf('body', CONCLUSION_BODIES);
      readOutcome(r, ['positive', 'negative']);
      r.text('summary', { required: true });
      break;
    case 'conclusion':
      if (readOutcome(r, ['meets', 'does_not_meet']) === 'does_not_meet') r.list('reasons', { required: true });
      break;
    case 'approve':
      if (readOutcome(r, ['approved', 'returned']) === 'returned') r.text('reason', { required: true });
      break;
    case 'sign_order':
    case 'sign_result': {
      const o = readOutcome(r, ['signed', 'returned']);
      if (o === 'signed') r.signature('signature');
      if (o === 'returned') r.text('reason', { required: true });
      break;
    }
    case 'prepare_order':
      r.text('orderNo', { required: true, max: MAX_SHORT });
      r.text('registryNo', { max: MAX_SHORT });
      break;
    case 'prepare_result':
      r.text('documentNo', { required: true, max: MAX_SHORT });
      break;
    case 'prepare_refusal':
      r.list('reasons', { required: true });
      break;
    case 'issue':
      r.oneOf('via', ['hand_out', 'gov_corporation', 'portal']);
      break;
    case 'schedule_test':
      r.date('testDate');
      break;
    case 'record_test':
      readOutcome(r, ['passed', 'failed']);
      r.number('score', 0, 1000);
      break;
    case 'prepare_commission':
      r.date('meetingDate');
      break;
    case 'commission_review':
      r.text('protocolNo', { required: true, max: MAX_SHORT });
      readOutcome(r, ['positive', 'negative']);
      break;
    case 'pause':
      r.oneOf('ground', PAUSE_GROUNDS);
      r.oneOf('scope', ['service', 'step', 'both'], false);
      break;
    case 'comment':
      r.text('text', { required: true });
      break;
  }
  if (Object.keys(r.issues).length > 0) return { ok: false, code: 'invalid_payload', details: r.issues };
  return { ok: true, action: input as Action };
}

/** The outcome an action reports for its step (actions without a choice report the kind's only one). */
export function outcomeOf(action: Action): OutcomeId | null {
  if ('outcome' in action) return action.outcome;
  if (action.type === 'request_conclusions') return 'sent';
  if (action.type === 'take' || action.type === 'assign' || action.type === 'pause') return null;
  if (action.type === 'resume' || action.type === 'comment') return null;
  return 'done';
}
