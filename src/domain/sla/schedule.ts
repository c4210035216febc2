/**
 * Validation of schedules and norms, and the compact form of a weekly schedule used by the
 * engine: per weekday, working intervals in minutes after local midnight with breaks removed.
 */
import type { Norm, SlaResult, Unit, WorkSchedule } from './types.ts';

const UNITS: readonly Unit[] = ['minutes', 'hours', 'working_days', 'calendar_days'];

/** Working intervals of one weekday as [start, end, start, end, ...] in minutes; empty = day off. */
export type DayTemplate = number[];

/** Minutes after midnight of 'HH:mm' ('24:00' allowed), or NaN. */
export function parseHm(hm: string): number {
  if (typeof hm !== 'string') return NaN;
  const m = /^(\d{2}):(\d{2})$/.exec(hm);
  if (!m) return NaN;
  const h = +m[1];
  const min = +m[2];
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return NaN;
  return h * 60 + min;
}

/**
 * Turns a `WorkSchedule` into seven day templates (0 = Monday).
 * Breaks are clipped to the working period; overlapping breaks are merged.
 */
export function compileSchedule(schedule: WorkSchedule): SlaResult<DayTemplate[]> {
  if (!schedule || !Array.isArray(schedule.week) || schedule.week.length !== 7) {
    return { ok: false, code: 'invalid_schedule', message: 'week must have 7 entries' };
  }
  const templates: DayTemplate[] = [];
  for (let i = 0; i < 7; i++) {
    const day = schedule.week[i];
    if (day === null || day === undefined) {
      templates.push([]);
      continue;
    }
    const s = parseHm(day.start);
    const e = parseHm(day.end);
    if (!(s < e)) return { ok: false, code: 'invalid_schedule', message: `day ${i}: bad period` };
    const breaks: [number, number][] = [];
    for (const b of day.breaks ?? []) {
      const bs = parseHm(b.start);
      const be = parseHm(b.end);
      if (!(bs < be)) return { ok: false, code: 'invalid_schedule', message: `day ${i}: bad break` };
      breaks.push([Math.max(bs, s), Math.min(be, e)]);
    }
    breaks.sort((a, b) => a[0] - b[0]);
    const iv: number[] = [];
    let cur = s;
    for (const [bs, be] of breaks) {
      if (be <= cur) continue;
      if (bs > cur) iv.push(cur, bs);
      cur = Math.max(cur, be);
    }
    if (cur < e) iv.push(cur, e);
    templates.push(iv);
  }
  return { ok: true, value: templates };
}

/** Checks a norm: known unit, finite non-negative numbers, min ≤ max, whole numbers of days. */
export function validateNorm(n: Norm): SlaResult<Norm> {
  const bad = (message: string): SlaResult<Norm> => ({ ok: false, code: 'invalid_norm', message });
  if (!n || typeof n !== 'object') return bad('norm must be an object');
  if (!UNITS.includes(n.unit)) return bad('unknown unit');
  const values = 'value' in n ? [n.value] : [n.min, n.max];
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return bad('value must be a finite number ≥ 0');
    if ((n.unit === 'working_days' || n.unit === 'calendar_days') && !Number.isInteger(v)) {
      return bad('days must be whole');
    }
  }
  if (!('value' in n) && n.min > n.max) return bad('min > max');
  return { ok: true, value: n };
}

/** The norm value the deadline uses (rule 4: ranges use `max`). */
export function deadlineValue(n: Norm): number {
  return 'value' in n ? n.value : n.max;
}

/** Milliseconds of a minutes/hours amount, rounded to whole ms. */
export function durationMs(value: number, unit: Unit): number {
  return Math.round(value * (unit === 'hours' ? 3_600_000 : 60_000));
}
