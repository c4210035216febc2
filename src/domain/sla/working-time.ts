/**
 * The public deadline arithmetic of `sla-semantics.md`: rules 1–4 and 12, no double shifting.
 */
import type { Engine } from './engine.ts';
import { engineFor } from './engine-cache.ts';
import { deadlineValue, durationMs, validateNorm } from './schedule.ts';
import { SlaError, type Norm, type SlaContext, type SlaResult, type Unit } from './types.ts';
import { parseDay } from './zone.ts';

/** Which unit rule produced a deadline (also used in explanations). */
export type UnitRule = 'start_day_not_counted' | 'working_time' | 'calendar_days_next_working' | 'same_day';

/** Deadline of one norm value, in UTC ms, with the rule that produced it. */
export type DeadlineDetail = { at: number; rule: UnitRule; startDay: number; deadlineDay: number };

/**
 * Deadline of `value` in `unit` from `start` (validated inputs).
 * Working/calendar days take the start's local date as the day of receipt whatever the hour.
 */
export function deadlineOf(engine: Engine, start: number, value: number, unit: Unit): DeadlineDetail {
  const startDay = engine.locate(start);
  if (unit === 'minutes' || unit === 'hours') {
    const at = engine.addMs(start, durationMs(value, unit));
    return { at, rule: 'working_time', startDay, deadlineDay: engine.locate(at) };
  }
  let day: number;
  let rule: UnitRule;
  if (unit === 'working_days') {
    rule = value === 0 ? 'same_day' : 'start_day_not_counted';
    day = value === 0 ? engine.firstWorkingFrom(startDay) : engine.nthWorkingAfter(startDay, value);
  } else {
    rule = value === 0 ? 'same_day' : 'calendar_days_next_working';
    day = engine.firstWorkingFrom(startDay + value);
  }
  return { at: engine.dayEnd(day), rule, startDay, deadlineDay: day };
}

function validDate(d: Date): boolean {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/** Resolves the engine and checks the inputs shared by every entry point. */
export function prepare(ctx: SlaContext, dates: Date[], norm?: Norm): SlaResult<Engine> {
  if (norm !== undefined) {
    const n = validateNorm(norm);
    if (!n.ok) return n;
  }
  for (const d of dates) if (!validDate(d)) return { ok: false, code: 'invalid_date' };
  return engineFor(ctx);
}

/**
 * Non-throwing `addWorkingTime`: the deadline of `norm` counted from `start`, or a typed error
 * for a bad norm, date, time zone or schedule.
 */
export function tryAddWorkingTime(start: Date, norm: Norm, ctx: SlaContext): SlaResult<Date> {
  const e = prepare(ctx, [start], norm);
  if (!e.ok) return e;
  try {
    const d = deadlineOf(e.value, start.getTime(), deadlineValue(norm), norm.unit);
    return { ok: true, value: new Date(d.at) };
  } catch (err) {
    if (err instanceof SlaError) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}

/**
 * Deadline of `norm` counted from `start` under the provider's schedule and calendar
 * (`sla-semantics.md` rules 1–4, 12). Minutes and hours start at the next working moment;
 * working and calendar days never move the start: its local date is the day of receipt.
 * @throws SlaError for a bad norm, invalid date, unknown zone or empty schedule.
 */
export function addWorkingTime(start: Date, norm: Norm, ctx: SlaContext): Date {
  const r = tryAddWorkingTime(start, norm, ctx);
  if (!r.ok) throw new SlaError(r.code, r.message);
  return r.value;
}

/**
 * Working minutes between two instants (exact ms / 60000, fractional allowed);
 * negative when `to` is before `from`.
 * @throws SlaError for an invalid date, unknown zone or bad schedule.
 */
export function workingMinutesBetween(from: Date, to: Date, ctx: SlaContext): number {
  const e = prepare(ctx, [from, to]);
  if (!e.ok) throw new SlaError(e.code, e.message);
  return e.value.workingMs(from.getTime(), to.getTime()) / 60_000;
}

/**
 * Whether a local date 'YYYY-MM-DD' is worked: a listed worked weekend day is; a listed day off
 * is not (a date in both lists counts as a day off); otherwise the weekly schedule decides.
 * @throws SlaError('invalid_date') for a malformed or impossible date.
 */
export function isWorkingDay(day: string, ctx: SlaContext): boolean {
  const n = parseDay(day);
  if (Number.isNaN(n)) throw new SlaError('invalid_date', `bad day ${String(day)}`);
  const e = engineFor(ctx);
  if (!e.ok) throw new SlaError(e.code, e.message);
  return e.value.isWorking(n);
}
