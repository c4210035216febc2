import { addWorkingTime, isWorkingDay, tryAddWorkingTime, validateNorm, workingMinutesBetween } from './index.ts';
import { SlaError, type Norm, type SlaContext } from './types.ts';
import { aktobe, almaty, kz, plain } from './test-helpers.ts';

const iso = (d: Date) => d.toISOString();
type Row = { name: string; start: string; norm: Norm; due: string; ctx?: SlaContext };

function table(rows: Row[]) {
  it.each(rows)('$name', ({ start, norm, due, ctx }) => {
    expect(iso(addWorkingTime(kz(start), norm, ctx ?? almaty))).toBe(iso(kz(due)));
  });
}

describe('rule 1: working minutes and hours run only inside the schedule', () => {
  table([
    { name: 'Friday 17:55 + 15 min → Monday 09:10', start: '2026-01-16 17:55', norm: { value: 15, unit: 'minutes' }, due: '2026-01-19 09:10' },
    { name: '10:12:34 + 2 h → 12:12:34 (ms exact)', start: '2026-01-20 10:12:34', norm: { value: 2, unit: 'hours' }, due: '2026-01-20 12:12:34' },
    { name: '17:59:59.7 + 45 min → 09:44:59.7 next morning', start: '2026-01-20 17:59:59.700', norm: { value: 45, unit: 'minutes' }, due: '2026-01-21 09:44:59.700' },
    { name: 'skips the break: 12:30 + 1 h → 14:30', start: '2026-01-20 12:30', norm: { value: 1, unit: 'hours' }, due: '2026-01-20 14:30' },
    { name: 'start inside the break: 13:20 + 30 min → 14:30', start: '2026-01-20 13:20', norm: { value: 30, unit: 'minutes' }, due: '2026-01-20 14:30' },
    { name: 'skips the night: 17:00 + 2 h → 10:00 next day', start: '2026-01-20 17:00', norm: { value: 2, unit: 'hours' }, due: '2026-01-21 10:00' },
    { name: 'start at night: 02:00 + 30 min → 09:30', start: '2026-01-21 02:00', norm: { value: 30, unit: 'minutes' }, due: '2026-01-21 09:30' },
    { name: 'before hours: 07:45 + 1 h → 10:00', start: '2026-01-21 07:45', norm: { value: 1, unit: 'hours' }, due: '2026-01-21 10:00' },
    { name: 'Nauryz 2026: Friday 17:30 + 1 h → Thursday 26 March 09:30', start: '2026-03-20 17:30', norm: { value: 1, unit: 'hours' }, due: '2026-03-26 09:30' },
    { name: 'fractional minutes: 10:00 + 0.5 min → 10:00:30', start: '2026-01-20 10:00', norm: { value: 0.5, unit: 'minutes' }, due: '2026-01-20 10:00:30' },
    { name: '16 h from Monday 09:00 → Tuesday 18:00', start: '2026-01-19 09:00', norm: { value: 16, unit: 'hours' }, due: '2026-01-20 18:00' },
    { name: 'decree: Saturday 2025-01-04 12:00 + 30 min → worked Sunday 09:30', start: '2025-01-04 12:00', norm: { value: 30, unit: 'minutes' }, due: '2025-01-05 09:30' },
    { name: 'Aktobe zone: 17:30 + 1 h → 09:30 next day', start: '2026-01-20 17:30', norm: { value: 1, unit: 'hours' }, due: '2026-01-21 09:30', ctx: aktobe },
  ]);
});

describe('rule 12: boundaries', () => {
  table([
    { name: '8 h from Monday 09:00 → Monday 18:00 (not Tuesday 09:00)', start: '2026-01-19 09:00', norm: { value: 8, unit: 'hours' }, due: '2026-01-19 18:00' },
    { name: '1 h from 12:00 → 13:00 (not 14:00)', start: '2026-01-19 12:00', norm: { value: 1, unit: 'hours' }, due: '2026-01-19 13:00' },
    { name: 'start exactly at 18:00 counts from the next morning', start: '2026-01-19 18:00', norm: { value: 10, unit: 'minutes' }, due: '2026-01-20 09:10' },
    { name: 'start exactly at 13:00 counts from 14:00', start: '2026-01-19 13:00', norm: { value: 10, unit: 'minutes' }, due: '2026-01-19 14:10' },
    { name: '0 minutes outside hours → the next working moment', start: '2026-01-19 19:00', norm: { value: 0, unit: 'minutes' }, due: '2026-01-20 09:00' },
  ]);
});

describe('rule 2: working days (start day not counted, due at close of the N-th working day)', () => {
  table([
    { name: 'Monday 10:00 + 1 wd → Tuesday 18:00', start: '2026-01-19 10:00', norm: { value: 1, unit: 'working_days' }, due: '2026-01-20 18:00' },
    { name: 'Monday 20:00 + 1 wd → Tuesday 18:00 (start never moved)', start: '2026-01-19 20:00', norm: { value: 1, unit: 'working_days' }, due: '2026-01-20 18:00' },
    { name: 'Saturday 12:00 + 2 wd → Tuesday 18:00', start: '2026-01-17 12:00', norm: { value: 2, unit: 'working_days' }, due: '2026-01-20 18:00' },
    { name: 'Friday + 1 wd → Monday 18:00', start: '2026-01-16 11:00', norm: { value: 1, unit: 'working_days' }, due: '2026-01-19 18:00' },
    { name: 'Nauryz 2026 (21–25 March): Friday 20 March + 1 wd → Thursday 26 March', start: '2026-03-20 10:00', norm: { value: 1, unit: 'working_days' }, due: '2026-03-26 18:00' },
    { name: 'Nauryz 2026 from Monday 23 (holiday) + 1 wd → Thursday 26', start: '2026-03-23 10:00', norm: { value: 1, unit: 'working_days' }, due: '2026-03-26 18:00' },
    { name: '15 wd across May 2026 holidays', start: '2026-04-30 10:00', norm: { value: 15, unit: 'working_days' }, due: '2026-05-26 18:00' },
    { name: 'decree 2025: 31 Dec + 1 wd → worked Sunday 5 January', start: '2024-12-31 10:00', norm: { value: 1, unit: 'working_days' }, due: '2025-01-05 18:00' },
    { name: 'decree 2025: 31 Dec + 2 wd → Monday 6 January (7 Jan off)', start: '2024-12-31 10:00', norm: { value: 2, unit: 'working_days' }, due: '2025-01-06 18:00' },
    { name: '2024: Monday 17 June stayed a working day', start: '2024-06-14 10:00', norm: { value: 1, unit: 'working_days' }, due: '2024-06-17 18:00' },
    { name: 'Aktobe zone: Monday + 1 wd', start: '2026-01-19 10:00', norm: { value: 1, unit: 'working_days' }, due: '2026-01-20 18:00', ctx: aktobe },
  ]);
});

describe('rule 2: 0 working days ("түскен күні")', () => {
  table([
    { name: 'Monday 10:00 → Monday 18:00', start: '2026-01-19 10:00', norm: { value: 0, unit: 'working_days' }, due: '2026-01-19 18:00' },
    { name: 'Saturday 12:00 → Monday 18:00', start: '2026-01-17 12:00', norm: { value: 0, unit: 'working_days' }, due: '2026-01-19 18:00' },
    { name: 'Monday 20:00 → close of the start day (rule 6 is the receipt\'s job)', start: '2026-01-19 20:00', norm: { value: 0, unit: 'working_days' }, due: '2026-01-19 18:00' },
    { name: 'holiday 23 March 2026 → Thursday 26 March 18:00', start: '2026-03-23 09:30', norm: { value: 0, unit: 'working_days' }, due: '2026-03-26 18:00' },
  ]);
});

describe('rule 3: calendar days', () => {
  table([
    { name: '30 calendar days from 12 January 2026 → Wednesday 11 February 18:00', start: '2026-01-12 10:00', norm: { value: 30, unit: 'calendar_days' }, due: '2026-02-11 18:00' },
    { name: 'landing on a Saturday → Monday', start: '2026-01-12 10:00', norm: { value: 5, unit: 'calendar_days' }, due: '2026-01-19 18:00' },
    { name: 'landing on Nauryz (23 March) → Thursday 26 March', start: '2026-03-13 10:00', norm: { value: 10, unit: 'calendar_days' }, due: '2026-03-26 18:00' },
    { name: 'landing on Kurban Ait 27 May 2026 → 28 May', start: '2026-05-17 10:00', norm: { value: 10, unit: 'calendar_days' }, due: '2026-05-28 18:00' },
    { name: '0 calendar days on a working day → its close', start: '2026-01-12 10:00', norm: { value: 0, unit: 'calendar_days' }, due: '2026-01-12 18:00' },
  ]);
});

describe('rule 4: ranges use max', () => {
  table([
    { name: '3–10 wd from Monday 19 Jan → Monday 2 Feb 18:00', start: '2026-01-19 10:00', norm: { min: 3, max: 10, unit: 'working_days' }, due: '2026-02-02 18:00' },
    { name: '1–2 h from 10:00 → 12:00', start: '2026-01-19 10:00', norm: { min: 1, max: 2, unit: 'hours' }, due: '2026-01-19 12:00' },
  ]);
});

describe('worked weekend days use Monday\'s hours', () => {
  const day = (start: string, end: string) => ({ start, end, breaks: [] });
  const ctx: SlaContext = {
    schedule: { timeZone: 'Asia/Almaty', week: [day('10:00', '16:00'), day('09:00', '18:00'), day('09:00', '18:00'), day('09:00', '18:00'), day('09:00', '18:00'), null, null] },
    calendar: { daysOff: [], workingDays: ['2026-01-18'] },
  };
  table([
    { name: 'Saturday + 1 wd → worked Sunday, closing at Monday\'s 16:00', start: '2026-01-17 12:00', norm: { value: 1, unit: 'working_days' }, due: '2026-01-18 16:00', ctx },
    { name: 'Saturday + 30 min → worked Sunday 10:30', start: '2026-01-17 12:00', norm: { value: 30, unit: 'minutes' }, due: '2026-01-18 10:30', ctx },
  ]);
});

describe('IANA zones, never a fixed offset', () => {
  it('Almaty was UTC+6 before 1 March 2024', () => {
    const start = new Date('2024-02-12T03:00:00Z'); // Monday 09:00 at UTC+6
    expect(iso(addWorkingTime(start, { value: 8, unit: 'hours' }, almaty))).toBe('2024-02-12T12:00:00.000Z');
    expect(iso(addWorkingTime(start, { value: 1, unit: 'working_days' }, almaty))).toBe('2024-02-13T12:00:00.000Z');
  });
  it('counts across the change on 1 March 2024 (UTC+6 → UTC+5)', () => {
    const thu = new Date('2024-02-29T11:00:00Z'); // Thursday 17:00 at UTC+6
    expect(iso(addWorkingTime(thu, { value: 2, unit: 'hours' }, almaty))).toBe('2024-03-01T05:00:00.000Z'); // Fri 10:00 UTC+5
    expect(iso(addWorkingTime(thu, { value: 1, unit: 'working_days' }, almaty))).toBe('2024-03-01T13:00:00.000Z');
    expect(workingMinutesBetween(thu, new Date('2024-03-01T05:00:00Z'), almaty)).toBe(120);
  });
  it('Aktobe (Asia/Aqtobe) was already UTC+5 in February 2024', () => {
    const start = new Date('2024-02-12T04:00:00Z'); // Monday 09:00 at UTC+5
    expect(iso(addWorkingTime(start, { value: 8, unit: 'hours' }, aktobe))).toBe('2024-02-12T13:00:00.000Z');
  });
});

describe('workingMinutesBetween', () => {
  it.each([
    ['Friday 17:55 → Monday 09:10', '2026-01-16 17:55', '2026-01-19 09:10', 15],
    ['a whole working day', '2026-01-19 00:00', '2026-01-20 00:00', 480],
    ['a week with Nauryz 2026 (Mon–Wed off)', '2026-03-23 00:00', '2026-03-28 00:00', 960],
    ['a break counts nothing', '2026-01-19 13:00', '2026-01-19 14:00', 0],
    ['fractional: 30 s', '2026-01-19 10:00', '2026-01-19 10:00:30', 0.5],
    ['milliseconds', '2026-01-19 17:59:59.700', '2026-01-20 09:00:00.000', 0.3 / 60],
    ['negative when to < from', '2026-01-19 11:00', '2026-01-19 10:00', -60],
    ['over a year of plain weekdays', '2026-01-01 00:00', '2027-01-01 00:00', 247 * 480],
  ])('%s', (_n, from, to, minutes) => {
    expect(workingMinutesBetween(kz(from), kz(to), almaty)).toBeCloseTo(minutes as number, 10);
  });
  it('a year without holidays has 261 weekdays', () => {
    expect(workingMinutesBetween(kz('2026-01-01 00:00'), kz('2027-01-01 00:00'), plain)).toBe(261 * 480);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-19', true], ['2026-01-17', false], ['2026-03-23', false], ['2026-03-25', false],
    ['2025-01-05', true], ['2025-01-03', false], ['2024-06-17', true],
  ])('%s → %s', (d, w) => expect(isWorkingDay(d as string, almaty)).toBe(w));
  it('notices a calendar changed in place and equal calendars in new objects', () => {
    const calendar = { daysOff: [] as string[], workingDays: [] as string[] };
    const ctx = { schedule: almaty.schedule, calendar };
    expect(isWorkingDay('2026-01-19', ctx)).toBe(true);
    calendar.daysOff.push('2026-01-19');
    expect(isWorkingDay('2026-01-19', ctx)).toBe(false);
    expect(isWorkingDay('2026-01-19', { schedule: almaty.schedule, calendar: { daysOff: ['2026-01-19'], workingDays: [] } })).toBe(false);
    expect(isWorkingDay('2026-01-20', { schedule: almaty.schedule, calendar: { daysOff: ['2026-01-19'], workingDays: [] } })).toBe(true);
  });
  it('rejects an impossible date', () => {
    expect(() => isWorkingDay('2026-02-30', almaty)).toThrow(SlaError);
  });
});

describe('bad input → typed errors', () => {
  const start = kz('2026-01-19 10:00');
  it.each([
    ['negative', { value: -1, unit: 'minutes' }],
    ['NaN', { value: NaN, unit: 'hours' }],
    ['Infinity', { value: Infinity, unit: 'working_days' }],
    ['min > max', { min: 5, max: 3, unit: 'working_days' }],
    ['fractional days', { value: 1.5, unit: 'working_days' }],
    ['unknown unit', { value: 1, unit: 'weeks' }],
  ])('norm %s → invalid_norm', (_n, norm) => {
    expect(validateNorm(norm as Norm).ok).toBe(false);
    expect(tryAddWorkingTime(start, norm as Norm, almaty)).toMatchObject({ ok: false, code: 'invalid_norm' });
    expect(() => addWorkingTime(start, norm as Norm, almaty)).toThrow(expect.objectContaining({ code: 'invalid_norm' }));
  });
  it('invalid Date → invalid_date', () => {
    expect(tryAddWorkingTime(new Date('nope'), { value: 1, unit: 'hours' }, almaty)).toMatchObject({ ok: false, code: 'invalid_date' });
    expect(() => workingMinutesBetween(new Date(NaN), start, almaty)).toThrow(SlaError);
  });
  it('unknown time zone → invalid_zone', () => {
    const ctx = { ...almaty, schedule: { ...almaty.schedule, timeZone: 'Mars/Olympus' } };
    expect(tryAddWorkingTime(start, { value: 1, unit: 'hours' }, ctx)).toMatchObject({ ok: false, code: 'invalid_zone' });
  });
  it('bad or empty schedule → invalid_schedule', () => {
    const bad = { ...almaty, schedule: { ...almaty.schedule, week: almaty.schedule.week.map(() => ({ start: '18:00', end: '09:00', breaks: [] })) } };
    expect(tryAddWorkingTime(start, { value: 1, unit: 'hours' }, bad)).toMatchObject({ ok: false, code: 'invalid_schedule' });
    const empty = { ...almaty, schedule: { ...almaty.schedule, week: [null, null, null, null, null, null, null] } };
    expect(tryAddWorkingTime(start, { value: 1, unit: 'hours' }, empty)).toMatchObject({ ok: false, code: 'invalid_schedule' });
  });
  it('valid norms pass validateNorm', () => {
    expect(validateNorm({ value: 0, unit: 'working_days' }).ok).toBe(true);
    expect(validateNorm({ min: 3, max: 10, unit: 'working_days' }).ok).toBe(true);
  });
});
