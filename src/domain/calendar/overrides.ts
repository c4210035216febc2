/**
 * Administrator overrides of the national calendar (a new decree, a corrected Kurban Ait date).
 * Bad admin input never throws: it comes back as a typed error result.
 */
import type { WorkCalendar } from '../sla/types.ts';
import { parseDay } from '../sla/zone.ts';

/** A versioned set of changes on top of the national calendar ('YYYY-MM-DD' dates). */
export type CalendarOverride = {
  version: number;
  addDaysOff: string[];
  removeDaysOff: string[];
  addWorkingDays: string[];
  removeWorkingDays: string[];
};

type ListField = 'addDaysOff' | 'removeDaysOff' | 'addWorkingDays' | 'removeWorkingDays';
const FIELDS: ListField[] = ['addDaysOff', 'removeDaysOff', 'addWorkingDays', 'removeWorkingDays'];

export type OverrideError =
  | { ok: false; code: 'invalid_date'; value: unknown; field: ListField }
  | { ok: false; code: 'invalid_override'; field: ListField | 'version' }
  | { ok: false; code: 'conflicting_dates'; value: string };

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDay(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(parseDay(value));
}

/** Checks the shape and every date of an override. */
export function validateOverride(o: CalendarOverride): { ok: true; value: CalendarOverride } | OverrideError {
  if (!o || typeof o !== 'object' || typeof o.version !== 'number' || !Number.isFinite(o.version)) {
    return { ok: false, code: 'invalid_override', field: 'version' };
  }
  for (const field of FIELDS) {
    const list: unknown = o[field];
    if (!Array.isArray(list)) return { ok: false, code: 'invalid_override', field };
    for (const value of list) if (!isIsoDay(value)) return { ok: false, code: 'invalid_date', value, field };
  }
  const added = new Set(o.addDaysOff);
  for (const d of o.addWorkingDays) if (added.has(d)) return { ok: false, code: 'conflicting_dates', value: d };
  return { ok: true, value: o };
}

function apply(base: WorkCalendar, o: CalendarOverride): WorkCalendar {
  const list = (field: ListField): string[] => (Array.isArray(o?.[field]) ? o[field].filter(isIsoDay) : []);
  const off = new Set(base.daysOff);
  const work = new Set(base.workingDays);
  for (const d of list('removeDaysOff')) off.delete(d);
  for (const d of list('removeWorkingDays')) work.delete(d);
  for (const d of list('addDaysOff')) {
    off.add(d);
    work.delete(d);
  }
  for (const d of list('addWorkingDays')) {
    work.add(d);
    off.delete(d);
  }
  return { daysOff: [...off].sort(), workingDays: [...work].sort() };
}

/** Validates then applies an override; the base calendar is not modified. */
export function tryApplyOverrides(
  base: WorkCalendar,
  o: CalendarOverride,
): { ok: true; value: WorkCalendar } | OverrideError {
  const v = validateOverride(o);
  if (!v.ok) return v;
  return { ok: true, value: apply(base, o) };
}

/**
 * Applies an override: removals first, then additions (an added day off stops being a worked
 * day and vice versa). Never throws: invalid dates are skipped (use `tryApplyOverrides` or
 * `validateOverride` to report them to the administrator).
 */
export function applyOverrides(base: WorkCalendar, o: CalendarOverride): WorkCalendar {
  return apply(base, o);
}

/** Dates whose status differs between two calendars (to show which deadlines a change moves). */
export function changedDays(before: WorkCalendar, after: WorkCalendar): string[] {
  const sym = (a: string[], b: string[]) => {
    const sa = new Set(a);
    const sb = new Set(b);
    return [...a.filter((d) => !sb.has(d)), ...b.filter((d) => !sa.has(d))];
  };
  return [...new Set([...sym(before.daysOff, after.daysOff), ...sym(before.workingDays, after.workingDays)])].sort();
}
