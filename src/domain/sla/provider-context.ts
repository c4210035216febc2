/**
 * Builds an `SlaContext` from the catalog's compact provider schedule.
 */
import type { DayLabel, Period, SlaContext, WorkCalendar, WorkSchedule } from './types.ts';

/** The catalog's schedule shape: ISO weekdays (1 = Monday ... 7 = Sunday), hours, breaks. */
export type CompactSchedule = {
  weekdays: number[];
  start: string;
  end: string;
  breaks?: Array<[string, string]>;
};

const schedules = new Map<string, WorkSchedule>();

/**
 * `SlaContext` of a provider. Equal inputs give the same `WorkSchedule` object, so the clock
 * engine (cached by schedule and calendar identity) is built once per provider.
 */
export function providerContext(
  schedule: CompactSchedule,
  timeZone: string,
  calendar: WorkCalendar,
  labels?: Record<string, DayLabel>,
): SlaContext {
  const key = JSON.stringify([timeZone, schedule.weekdays, schedule.start, schedule.end, schedule.breaks ?? []]);
  let ws = schedules.get(key);
  if (!ws) {
    const breaks: Period[] = (schedule.breaks ?? []).map(([start, end]) => ({ start, end }));
    const week: WorkSchedule['week'] = [];
    for (let iso = 1; iso <= 7; iso++) {
      week.push(schedule.weekdays.includes(iso) ? { start: schedule.start, end: schedule.end, breaks } : null);
    }
    ws = { timeZone, week };
    if (schedules.size < 1000) schedules.set(key, ws);
  }
  return labels ? { schedule: ws, calendar, labels } : { schedule: ws, calendar };
}
