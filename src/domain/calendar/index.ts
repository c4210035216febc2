/**
 * Kazakhstan's national working calendar 2024–2027 (`shared/design/calendar-kz.md`):
 * yearly tables with names and sources, the merged `WorkCalendar`, explanations of days off
 * and the administrator override layer.
 */
import type { DayLabel, WorkCalendar } from '../sla/types.ts';
import { parseDay, weekdayIndex } from '../sla/zone.ts';
import type { CalendarEntry, HolidayId, LocalizedName, YearTable } from './holidays.ts';
import { YEAR_2024 } from './year-2024.ts';
import { YEAR_2025 } from './year-2025.ts';
import { YEAR_2026 } from './year-2026.ts';
import { YEAR_2027 } from './year-2027.ts';

export type { CalendarEntry, HolidayId, LocalizedName, YearTable } from './holidays.ts';
export { HOLIDAY_NAMES } from './holidays.ts';
export { YEAR_2024, YEAR_2025, YEAR_2026, YEAR_2027 };
export {
  applyOverrides,
  changedDays,
  isIsoDay,
  tryApplyOverrides,
  validateOverride,
  type CalendarOverride,
  type OverrideError,
} from './overrides.ts';

/** Every year the product knows, oldest first. */
export const YEAR_TABLES: readonly YearTable[] = [YEAR_2024, YEAR_2025, YEAR_2026, YEAR_2027];

function isWeekend(date: string): boolean {
  return weekdayIndex(parseDay(date)) >= 5;
}

function merge(tables: readonly YearTable[], includeWeekendHolidays: boolean): WorkCalendar {
  const off = new Set<string>();
  const work = new Set<string>();
  for (const t of tables) {
    for (const e of t.entries) {
      if (e.kind === 'worked_weekend') work.add(e.date);
      else if (includeWeekendHolidays || !isWeekend(e.date)) off.add(e.date);
    }
  }
  return Object.freeze({
    daysOff: Object.freeze([...off].sort()) as string[],
    workingDays: Object.freeze([...work].sort()) as string[],
  });
}

const merged = new Map<boolean, WorkCalendar>();

/**
 * All known years merged, before any administrator override: weekdays off and worked weekend
 * days. The same frozen object is returned on every call (clock engines are cached by it).
 * `includeWeekendHolidays` also lists holidays that fall on a Saturday or Sunday, for
 * providers that work on weekends.
 */
export function nationalCalendar(options?: { includeWeekendHolidays?: boolean }): WorkCalendar {
  const key = options?.includeWeekendHolidays === true;
  let cal = merged.get(key);
  if (!cal) {
    cal = merge(YEAR_TABLES, key);
    merged.set(key, cal);
  }
  return cal;
}

/** The table of a year, if known. */
export function yearTable(year: number, tables: readonly YearTable[] = YEAR_TABLES): YearTable | undefined {
  return tables.find((t) => t.year === year);
}

/** Why a day is not worked nationally: a code plus the names and source for explanations. */
export type DayOffReason = {
  code: 'holiday' | 'moved_day_off' | 'weekend';
  holidayId?: HolidayId;
  name?: LocalizedName;
  source?: string;
  movedFrom?: string;
  /** True when the year's table is provisional. */
  provisional?: boolean;
};

/**
 * The reason a date is a national day off (holiday, moved day off, plain weekend), or `null`
 * when it is worked (including a worked weekend day) or is not a valid 'YYYY-MM-DD' date.
 */
export function dayOffReason(date: string, tables: readonly YearTable[] = YEAR_TABLES): DayOffReason | null {
  const n = parseDay(date);
  if (Number.isNaN(n)) return null;
  const table = yearTable(Number(date.slice(0, 4)), tables);
  const entry: CalendarEntry | undefined = table?.entries.find((e) => e.date === date);
  if (entry?.kind === 'worked_weekend') return null;
  if (entry) {
    const r: DayOffReason = { code: entry.kind, holidayId: entry.holidayId, name: entry.name, source: entry.source };
    if (entry.movedFrom) r.movedFrom = entry.movedFrom;
    if (table?.provisional) r.provisional = true;
    return r;
  }
  return weekdayIndex(n) >= 5 ? { code: 'weekend' } : null;
}

let labels: Record<string, DayLabel> | undefined;

/** Labels of every special day of the known years, for clock explanations (`SlaContext.labels`). */
export function nationalLabels(): Record<string, DayLabel> {
  if (!labels) {
    labels = {};
    for (const t of YEAR_TABLES) {
      for (const e of t.entries) labels[e.date] = { kind: e.kind, holidayId: e.holidayId, name: e.name };
    }
  }
  return labels;
}
