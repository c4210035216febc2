/**
 * Data shapes of the deadline contract (`shared/design/sla-semantics.md`).
 * This file has no imports so that any module (calendar included) can depend on it for types.
 */

/** A local time span, 'HH:mm' in the provider's zone. */
export type Period = { start: string; end: string };

/** Weekly schedule of a provider; index 0 = Monday ... 6 = Sunday, `null` = day off. */
export type WorkSchedule = {
  timeZone: string;
  week: Array<(Period & { breaks: Period[] }) | null>;
};

/** National calendar: weekdays not worked and weekend days that are worked ('YYYY-MM-DD'). */
export type WorkCalendar = { daysOff: string[]; workingDays: string[] };

export type Unit = 'minutes' | 'hours' | 'working_days' | 'calendar_days';

/** A duration norm: a single value or a range (the deadline uses `max`). */
export type Norm = { value: number; unit: Unit } | { min: number; max: number; unit: Unit };

/** Why a day of the calendar is special; used only to explain deadlines. */
export type DayLabel = {
  kind: 'holiday' | 'moved_day_off' | 'worked_weekend';
  holidayId?: string;
  name?: { ru: string; kk: string };
};

/**
 * Everything a clock needs. `labels` (optional, keyed by 'YYYY-MM-DD') only feeds explanations;
 * without it the national calendar tables are used.
 */
export type SlaContext = {
  schedule: WorkSchedule;
  calendar: WorkCalendar;
  labels?: Record<string, DayLabel>;
};

/** Codes of programmer errors (bad norm, date, zone or schedule). */
export type SlaErrorCode = 'invalid_norm' | 'invalid_date' | 'invalid_zone' | 'invalid_schedule';

/** Result of the non-throwing variants. */
export type SlaResult<T> = { ok: true; value: T } | { ok: false; code: SlaErrorCode; message?: string };

/** Thrown by the throwing API (`addWorkingTime` ...) only for programmer errors. */
export class SlaError extends Error {
  code: SlaErrorCode;
  constructor(code: SlaErrorCode, message?: string) {
    super(message ?? code);
    this.name = 'SlaError';
    this.code = code;
  }
}
