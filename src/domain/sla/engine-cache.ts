/**
 * One engine per (schedule, calendar) pair, validated and built once. Cached by object identity
 * (the hot path) and, behind that, by content, so contexts re-created from API data stay cheap.
 */
import { Engine } from './engine.ts';
import { compileSchedule } from './schedule.ts';
import type { SlaContext, SlaResult, WorkCalendar, WorkSchedule } from './types.ts';
import { isValidTimeZone, parseDay } from './zone.ts';

type Entry = { engine: Engine; daysOff: string[]; workingDays: string[]; nOff: number; nWork: number };
const cache = new WeakMap<WorkSchedule, WeakMap<WorkCalendar, Entry>>();
const byContent = new Map<string, Engine>();
const MAX_BY_CONTENT = 64;

function toDaySet(days: string[]): Set<number> | null {
  const set = new Set<number>();
  for (const d of days) {
    const n = parseDay(d);
    if (Number.isNaN(n)) return null;
    set.add(n);
  }
  return set;
}

/**
 * The engine of a context, built once and cached by the identity of its schedule and calendar
 * objects (treat them as immutable; a changed array length is detected and rebuilds).
 */
export function engineFor(ctx: SlaContext): SlaResult<Engine> {
  const { schedule, calendar } = ctx ?? ({} as SlaContext);
  if (!schedule || typeof schedule !== 'object') return { ok: false, code: 'invalid_schedule' };
  if (!calendar || !Array.isArray(calendar.daysOff) || !Array.isArray(calendar.workingDays)) {
    return { ok: false, code: 'invalid_schedule', message: 'calendar must have daysOff and workingDays' };
  }
  let byCal = cache.get(schedule);
  const hit = byCal?.get(calendar);
  if (
    hit &&
    hit.daysOff === calendar.daysOff &&
    hit.workingDays === calendar.workingDays &&
    hit.nOff === calendar.daysOff.length &&
    hit.nWork === calendar.workingDays.length
  ) {
    return { ok: true, value: hit.engine };
  }
  if (!isValidTimeZone(schedule.timeZone)) return { ok: false, code: 'invalid_zone' };
  const compiled = compileSchedule(schedule);
  if (!compiled.ok) return compiled;
  const off = toDaySet(calendar.daysOff);
  const extra = toDaySet(calendar.workingDays);
  if (!off || !extra) return { ok: false, code: 'invalid_schedule', message: 'calendar has an invalid date' };
  if (compiled.value.every((t) => t.length === 0) && extra.size === 0) {
    return { ok: false, code: 'invalid_schedule', message: 'schedule has no working time' };
  }
  const key = [schedule.timeZone, JSON.stringify(compiled.value), calendar.daysOff.join(), calendar.workingDays.join()].join('|');
  let engine = byContent.get(key);
  if (!engine) {
    engine = new Engine(schedule.timeZone, compiled.value, off, extra);
    if (byContent.size >= MAX_BY_CONTENT) byContent.delete(byContent.keys().next().value as string);
    byContent.set(key, engine);
  }
  if (!byCal) {
    byCal = new WeakMap();
    cache.set(schedule, byCal);
  }
  byCal.set(calendar, {
    engine,
    daysOff: calendar.daysOff,
    workingDays: calendar.workingDays,
    nOff: calendar.daysOff.length,
    nWork: calendar.workingDays.length,
  });
  return { ok: true, value: engine };
}
