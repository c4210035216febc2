import { isWorkingDay, type SlaContext } from '../sla/index.ts';
import {
  YEAR_2024,
  YEAR_2026,
  YEAR_2027,
  YEAR_TABLES,
  applyOverrides,
  changedDays,
  dayOffReason,
  nationalCalendar,
  tryApplyOverrides,
  validateOverride,
  type CalendarOverride,
} from './index.ts';
import type { WorkCalendar } from '../sla/types.ts';

const week = [0, 1, 2, 3, 4].map(() => ({ start: '09:00', end: '18:00', breaks: [{ start: '13:00', end: '14:00' }] }));
const ctxOf = (calendar: WorkCalendar): SlaContext => ({ schedule: { timeZone: 'Asia/Almaty', week: [...week, null, null] }, calendar });

function workingDays(year: number, calendar: WorkCalendar = nationalCalendar()): number {
  const ctx = ctxOf(calendar);
  let n = 0;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    if (isWorkingDay(new Date(t).toISOString().slice(0, 10), ctx)) n++;
  }
  return n;
}
const empty: CalendarOverride = { version: 1, addDaysOff: [], removeDaysOff: [], addWorkingDays: [], removeWorkingDays: [] };

describe('working days per year (five-day week)', () => {
  it.each([
    [2024, 249], // 06-17 stayed worked
    [2025, 246], // incl. Sunday 01-05 worked
    [2026, 247], // the official count
    [2027, 247], // provisional, fixed rules only
  ])('%i has %i working days', (year, count) => {
    expect(workingDays(year)).toBe(count);
  });

  it('2026 weekdays off are exactly the documented ones', () => {
    expect(nationalCalendar().daysOff.filter((d) => d.startsWith('2026'))).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-07', '2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25',
      '2026-05-01', '2026-05-07', '2026-05-11', '2026-05-27', '2026-07-06', '2026-10-26', '2026-12-16',
    ]);
  });

  it('2025: Sunday 01-05 is a worked weekend day, Friday 01-03 a day off', () => {
    const cal = nationalCalendar();
    expect(cal.workingDays).toEqual(['2025-01-05']);
    expect(cal.daysOff).toContain('2025-01-03');
  });

  it('weekend holidays are listed only on request', () => {
    expect(nationalCalendar().daysOff).not.toContain('2026-03-21');
    expect(nationalCalendar({ includeWeekendHolidays: true }).daysOff).toContain('2026-03-21');
    expect(nationalCalendar()).toBe(nationalCalendar());
  });

  it('2027 is provisional, the others are not', () => {
    expect(YEAR_2027.provisional).toBe(true);
    expect(YEAR_TABLES.filter((t) => t.provisional).map((t) => t.year)).toEqual([2027]);
  });

  it('every entry is well-formed and in its year', () => {
    for (const t of YEAR_TABLES) {
      const dates = new Set<string>();
      for (const e of t.entries) {
        expect(e.date.startsWith(String(t.year))).toBe(true);
        expect(dates.has(e.date)).toBe(false);
        dates.add(e.date);
        expect(e.name.ru && e.name.kk && e.source).toBeTruthy();
        const dow = new Date(e.date + 'T00:00:00Z').getUTCDay();
        if (e.kind === 'moved_day_off') expect(dow >= 1 && dow <= 5).toBe(true);
        if (e.kind === 'worked_weekend') expect(dow === 0 || dow === 6).toBe(true);
      }
    }
  });
});

describe('dayOffReason', () => {
  it('names holidays, moved days, decree transfers and weekends', () => {
    expect(dayOffReason('2026-03-23')).toMatchObject({ code: 'holiday', holidayId: 'nauryz', name: { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' } });
    expect(dayOffReason('2026-03-24')).toMatchObject({ code: 'moved_day_off', holidayId: 'nauryz', movedFrom: '2026-03-21' });
    expect(dayOffReason('2025-01-03')).toMatchObject({ code: 'moved_day_off', holidayId: 'decree_transfer', movedFrom: '2025-01-05' });
    expect(dayOffReason('2026-12-16')).toMatchObject({ code: 'holiday', holidayId: 'independence_day', name: { kk: 'Тәуелсіздік күні' } });
    expect(dayOffReason('2026-01-17')).toEqual({ code: 'weekend' });
    expect(dayOffReason('2027-05-16')).toMatchObject({ code: 'holiday', holidayId: 'kurban_ait', provisional: true });
  });
  it('is null for a working day, a worked weekend day or a bad date', () => {
    expect(dayOffReason('2026-01-19')).toBeNull();
    expect(dayOffReason('2025-01-05')).toBeNull();
    expect(dayOffReason('2026-13-01')).toBeNull();
  });
  it('accepts other tables', () => {
    expect(dayOffReason('2026-03-23', [YEAR_2024])).toBeNull();
    expect(dayOffReason('2026-03-23', [YEAR_2026])).toMatchObject({ code: 'holiday' });
  });
});

describe('administrator overrides', () => {
  it('2024: the early ministry calendar (Monday 06-17 off) gives 248 working days', () => {
    const cal = applyOverrides(nationalCalendar(), { ...empty, addDaysOff: ['2024-06-17'] });
    expect(workingDays(2024, cal)).toBe(248);
    expect(changedDays(nationalCalendar(), cal)).toEqual(['2024-06-17']);
    expect(workingDays(2024)).toBe(249); // the base is untouched
  });

  it('a new decree: Saturday worked, Friday off', () => {
    const cal = applyOverrides(nationalCalendar(), { ...empty, addDaysOff: ['2027-01-08'], addWorkingDays: ['2027-01-09'] });
    expect(isWorkingDay('2027-01-08', ctxOf(cal))).toBe(false);
    expect(isWorkingDay('2027-01-09', ctxOf(cal))).toBe(true);
    expect(workingDays(2027, cal)).toBe(247);
  });

  it('removes days off and worked days', () => {
    const cal = applyOverrides(nationalCalendar(), { ...empty, removeDaysOff: ['2025-01-03'], removeWorkingDays: ['2025-01-05'] });
    expect(isWorkingDay('2025-01-03', ctxOf(cal))).toBe(true);
    expect(isWorkingDay('2025-01-05', ctxOf(cal))).toBe(false);
  });

  it('bad admin input gives a typed error, never a throw', () => {
    const bad = { ...empty, addDaysOff: ['2026-02-30'] };
    expect(tryApplyOverrides(nationalCalendar(), bad)).toEqual({ ok: false, code: 'invalid_date', value: '2026-02-30', field: 'addDaysOff' });
    expect(validateOverride({ ...empty, removeWorkingDays: ['26-01-01'] })).toMatchObject({ ok: false, code: 'invalid_date', value: '26-01-01' });
    expect(validateOverride({ ...empty, addWorkingDays: [42 as unknown as string] })).toMatchObject({ ok: false, code: 'invalid_date', value: 42 });
    expect(validateOverride({ ...empty, addDaysOff: ['2026-01-10'], addWorkingDays: ['2026-01-10'] })).toMatchObject({ ok: false, code: 'conflicting_dates' });
    expect(validateOverride({ ...empty, version: NaN })).toMatchObject({ ok: false, code: 'invalid_override' });
    expect(() => applyOverrides(nationalCalendar(), { ...bad, removeDaysOff: null as unknown as string[] })).not.toThrow();
    expect(applyOverrides(nationalCalendar(), bad)).toEqual({ daysOff: [...nationalCalendar().daysOff], workingDays: [...nationalCalendar().workingDays] });
  });

  it('a valid override passes', () => {
    expect(tryApplyOverrides(nationalCalendar(), { ...empty, addDaysOff: ['2026-08-31'] })).toMatchObject({ ok: true });
  });
});
