/**
 * The state of one clock (step clock or service clock, rule 7): deadline with pauses (rule 8),
 * state (rule 9), remaining working time and the explanation trace (rule 11).
 */
import { nationalLabels } from '../calendar/index.ts';
import type { Engine } from './engine.ts';
import { deadlineValue, durationMs } from './schedule.ts';
import { dayEntries, startMoveReason, type TraceEntry } from './trace.ts';
import { SlaError, type Norm, type SlaContext, type SlaResult } from './types.ts';
import { deadlineOf, prepare } from './working-time.ts';
import { isoString } from './zone.ts';

export type ClockStateCode = 'on_track' | 'at_risk' | 'overdue' | 'paused' | 'met' | 'missed' | 'no_norm';

export type ClockPause = { from: Date; to?: Date; ground: string };

export type ClockInput = {
  start: Date;
  norm: Norm | null;
  /** Explicit pauses with their ground; an open pause has no `to`. */
  pauses?: ClockPause[];
  /** When the clock stopped (result issued / refusal handed over). */
  finishedAt?: Date;
  /** Share of the norm under which the clock is at risk; default 0.25. */
  atRiskShare?: number;
  /** Regulation item giving the norm, e.g. 'п.9 пп.2'. */
  source?: string;
};

export type Clock = {
  state: ClockStateCode;
  /** ISO instant. */
  start: string;
  /** ISO instant, shifted by pauses; null without a norm. */
  deadline: string | null;
  /** ISO instant of the range's `min` (shifted by pauses); null for a single value or no norm. */
  expected: string | null;
  /** Norm length in working minutes (for day units: from start to the unpaused deadline). */
  normMinutes: number | null;
  /** Working minutes from now (or from the finish) to the deadline; negative when late. */
  remainingMinutes: number | null;
  trace: TraceEntry[];
};

const MIN = 60_000;

/** Pauses clipped to [start, end] and merged, in order. */
function mergePauses(pauses: ClockPause[], start: number, end: number): [number, number][] {
  const list: [number, number][] = [];
  for (const p of pauses) {
    const a = Math.max(p.from.getTime(), start);
    const b = Math.min(p.to ? p.to.getTime() : end, end);
    if (b > a) list.push([a, b]);
  }
  list.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const iv of list) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return merged;
}

/** Moves a deadline past the working time of each pause that began before it. */
function shiftByPauses(engine: Engine, deadline: number, pauses: [number, number][]): number {
  let d = deadline;
  for (const [a, b] of pauses) {
    if (a >= d) break;
    d = engine.addMs(b, engine.workingMs(a, d));
  }
  return d;
}

/** Non-throwing `computeClock`. */
export function tryComputeClock(input: ClockInput, ctx: SlaContext, now: Date): SlaResult<Clock> {
  const dates = [input?.start, now];
  if (input?.finishedAt !== undefined) dates.push(input.finishedAt);
  for (const p of input?.pauses ?? []) {
    dates.push(p.from);
    if (p.to !== undefined) dates.push(p.to);
  }
  const prep = prepare(ctx, dates, input?.norm ?? undefined);
  if (!prep.ok) return prep;
  const share = input.atRiskShare ?? 0.25;
  if (!Number.isFinite(share) || share < 0 || share > 1) return { ok: false, code: 'invalid_norm', message: 'atRiskShare' };
  try {
    return { ok: true, value: build(prep.value, input, ctx, now.getTime(), share) };
  } catch (err) {
    if (err instanceof SlaError) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}

/**
 * The clock of one step or service at `now` (`sla-semantics.md` rules 2–4, 7–9, 11).
 * Paused working time does not count: the deadline moves by it; an open pause makes the state
 * `paused`. `finishedAt` gives `met`/`missed` (missed: remaining = minus the lateness).
 * @throws SlaError for a bad norm, invalid date, unknown zone or bad schedule.
 */
export function computeClock(input: ClockInput, ctx: SlaContext, now: Date): Clock {
  const r = tryComputeClock(input, ctx, now);
  if (!r.ok) throw new SlaError(r.code, r.message);
  return r.value;
}

function build(engine: Engine, input: ClockInput, ctx: SlaContext, nowMs: number, share: number): Clock {
  const startMs = input.start.getTime();
  const startIso = isoString(startMs);
  const trace: TraceEntry[] = [];
  if (input.source) trace.push({ code: 'regulation', source: input.source });
  trace.push({ code: 'start', at: startIso });
  const norm = input.norm;
  if (!norm) {
    return { state: 'no_norm', start: startIso, deadline: null, expected: null, normMinutes: null, remainingMinutes: null, trace };
  }
  const unit = norm.unit;
  const value = deadlineValue(norm);
  const base = deadlineOf(engine, startMs, value, unit);
  const finished = input.finishedAt?.getTime();
  const end = finished ?? nowMs;
  const pauses = input.pauses?.length ? mergePauses(input.pauses, startMs, Math.max(end, startMs)) : [];
  const deadline = pauses.length ? shiftByPauses(engine, base.at, pauses) : base.at;
  let expected: number | null = null;
  if (!('value' in norm)) {
    const e = deadlineOf(engine, startMs, norm.min, unit).at;
    expected = pauses.length ? shiftByPauses(engine, e, pauses) : e;
  }
  const timeUnit = unit === 'minutes' || unit === 'hours';
  const normMinutes = timeUnit ? durationMs(value, unit) / MIN : engine.workingMs(startMs, base.at) / MIN;

  // Explanation.
  let firstDay = base.startDay;
  if (timeUnit) {
    const effective = engine.addMs(startMs, 0);
    if (effective !== startMs) {
      trace.push({ code: 'start_moved', from: startIso, to: isoString(effective), reason: startMoveReason(engine, startMs) });
    }
  } else if (unit === 'working_days' && value > 0) firstDay = base.startDay + 1;
  else if (unit === 'calendar_days') firstDay = base.startDay + value;
  trace.push(
    'value' in norm
      ? { code: 'unit_rule', unit, value: norm.value, rule: base.rule }
      : { code: 'unit_rule', unit, min: norm.min, max: norm.max, rule: base.rule },
  );
  const lastDay = engine.locate(deadline);
  for (const e of dayEntries(engine, firstDay, lastDay, ctx.labels ?? nationalLabels())) trace.push(e);
  for (const p of input.pauses ?? []) {
    trace.push({ code: 'pause', from: isoString(p.from.getTime()), to: p.to ? isoString(p.to.getTime()) : null, ground: p.ground });
  }
  const deadlineIso = isoString(deadline);
  const expectedIso = expected === null ? null : isoString(expected);
  if (expectedIso) trace.push({ code: 'expected', at: expectedIso });
  trace.push({ code: 'deadline', at: deadlineIso });

  let state: ClockStateCode;
  let remaining: number;
  if (finished !== undefined) {
    trace.push({ code: 'finished', at: isoString(finished) });
    remaining = engine.workingMs(finished, deadline) / MIN;
    state = finished <= deadline ? 'met' : 'missed';
  } else {
    remaining = engine.workingMs(nowMs, deadline) / MIN;
    const open = (input.pauses ?? []).some((p) => !p.to && p.from.getTime() <= nowMs);
    if (open) state = 'paused';
    else if (nowMs > deadline) state = 'overdue';
    else if (remaining <= share * normMinutes) state = 'at_risk';
    else state = 'on_track';
  }
  return {
    state,
    start: startIso,
    deadline: deadlineIso,
    expected: expectedIso,
    normMinutes,
    remainingMinutes: remaining,
    trace,
  };
}
