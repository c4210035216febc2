import { computeClock, tryComputeClock, type ClockInput, type TraceEntry } from './index.ts';
import { almaty, kz } from './test-helpers.ts';

const oneWd = { value: 1, unit: 'working_days' } as const;
// Monday 19 Jan 2026 10:00 + 1 wd → Tuesday 20 Jan 18:00; norm = 7 h + 8 h = 900 working minutes.
const base: ClockInput = { start: kz('2026-01-19 10:00'), norm: oneWd, source: 'п.9 пп.2' };
const codes = (t: TraceEntry[]) => t.map((e) => e.code);

describe('rule 9: clock states', () => {
  it.each([
    ['on_track at the start', '2026-01-19 10:00', 'on_track', 900],
    ['on_track with more than 25 % left', '2026-01-20 11:00', 'on_track', 360],
    ['at_risk at exactly 25 % left (225 min)', '2026-01-20 14:15', 'at_risk', 225],
    ['at_risk just before the deadline', '2026-01-20 17:59', 'at_risk', 1],
    ['not overdue at the deadline itself', '2026-01-20 18:00', 'at_risk', 0],
    ['overdue after the deadline, counted in working time', '2026-01-21 10:10', 'overdue', -70],
    ['overdue at night counts no extra time', '2026-01-20 23:00', 'overdue', 0],
  ])('%s', (_n, now, state, remaining) => {
    const c = computeClock(base, almaty, kz(now));
    expect(c.state).toBe(state);
    expect(c.remainingMinutes).toBe(remaining);
    expect(c.normMinutes).toBe(900);
    expect(c.deadline).toBe(kz('2026-01-20 18:00').toISOString());
  });

  it('atRiskShare is configurable', () => {
    expect(computeClock({ ...base, atRiskShare: 0.5 }, almaty, kz('2026-01-20 11:00')).state).toBe('at_risk');
  });

  it('no_norm: no clock of its own', () => {
    const c = computeClock({ start: kz('2026-01-19 10:00'), norm: null }, almaty, kz('2026-02-01 10:00'));
    expect(c).toMatchObject({ state: 'no_norm', deadline: null, expected: null, normMinutes: null, remainingMinutes: null });
  });

  it('met / missed once finished; missed remaining = minus the lateness', () => {
    const met = computeClock({ ...base, finishedAt: kz('2026-01-20 16:00') }, almaty, kz('2026-03-01 10:00'));
    expect(met).toMatchObject({ state: 'met', remainingMinutes: 120 });
    const missed = computeClock({ ...base, finishedAt: kz('2026-01-21 09:30') }, almaty, kz('2026-03-01 10:00'));
    expect(missed).toMatchObject({ state: 'missed', remainingMinutes: -30 });
    expect(codes(missed.trace)).toContain('finished');
  });

  it('minutes norm: normMinutes is the norm itself', () => {
    const c = computeClock({ start: kz('2026-01-19 10:00'), norm: { value: 15, unit: 'minutes' } }, almaty, kz('2026-01-19 10:05'));
    expect(c).toMatchObject({ state: 'on_track', normMinutes: 15, remainingMinutes: 10 });
    expect(computeClock({ start: kz('2026-01-19 10:00'), norm: { value: 1, unit: 'hours' } }, almaty, kz('2026-01-19 10:50')).state).toBe('at_risk');
  });

  it('range: deadline from max, expected from min', () => {
    const c = computeClock({ start: kz('2026-01-19 10:00'), norm: { min: 3, max: 10, unit: 'working_days' } }, almaty, kz('2026-01-19 10:00'));
    expect(c.deadline).toBe(kz('2026-02-02 18:00').toISOString());
    expect(c.expected).toBe(kz('2026-01-22 18:00').toISOString());
    expect(c.trace).toContainEqual({ code: 'unit_rule', unit: 'working_days', min: 3, max: 10, rule: 'start_day_not_counted' });
  });
});

describe('rule 8: pauses', () => {
  const pause = { from: kz('2026-01-20 10:00'), to: kz('2026-01-20 12:00'), ground: 'waiting_conclusion' };

  it('a closed pause moves the deadline by the paused working time', () => {
    const c = computeClock({ ...base, pauses: [pause] }, almaty, kz('2026-01-20 15:00'));
    expect(c.deadline).toBe(kz('2026-01-21 11:00').toISOString());
    expect(c.state).toBe('on_track');
    expect(c.remainingMinutes).toBe(300); // 15:00→18:00 + 09:00→11:00
    expect(c.trace).toContainEqual({ code: 'pause', from: pause.from.toISOString(), to: pause.to.toISOString(), ground: 'waiting_conclusion' });
  });

  it('paused time at night or on a weekend moves nothing', () => {
    const night = { from: kz('2026-01-19 19:00'), to: kz('2026-01-20 08:00'), ground: 'x' };
    expect(computeClock({ ...base, pauses: [night] }, almaty, kz('2026-01-20 15:00')).deadline).toBe(kz('2026-01-20 18:00').toISOString());
  });

  it('an open pause freezes the clock in state paused', () => {
    const open = { from: kz('2026-01-20 10:00'), ground: 'waiting_conclusion' };
    const a = computeClock({ ...base, pauses: [open] }, almaty, kz('2026-01-20 11:00'));
    const b = computeClock({ ...base, pauses: [open] }, almaty, kz('2026-01-27 11:00'));
    expect(a.state).toBe('paused');
    expect(b.state).toBe('paused');
    expect(a.remainingMinutes).toBe(420);
    expect(b.remainingMinutes).toBe(420);
    expect(b.deadline).toBe(kz('2026-01-28 10:00').toISOString());
    expect(b.trace).toContainEqual({ code: 'pause', from: open.from.toISOString(), to: null, ground: 'waiting_conclusion' });
  });

  it('a pause that starts after the deadline does not rescue an overdue clock', () => {
    const late = { from: kz('2026-01-21 10:00'), to: kz('2026-01-21 12:00'), ground: 'x' };
    const c = computeClock({ ...base, pauses: [late] }, almaty, kz('2026-01-21 15:00'));
    expect(c.deadline).toBe(kz('2026-01-20 18:00').toISOString());
    expect(c.state).toBe('overdue');
  });

  it('overlapping pauses count once', () => {
    const p2 = { from: kz('2026-01-20 11:00'), to: kz('2026-01-20 12:00'), ground: 'y' };
    expect(computeClock({ ...base, pauses: [pause, p2] }, almaty, kz('2026-01-20 15:00')).deadline).toBe(kz('2026-01-21 11:00').toISOString());
  });
});

describe('rule 11: the explanation is codes and values', () => {
  it('Nauryz 2026: skipped days with reasons and names, in order', () => {
    const c = computeClock({ start: kz('2026-03-20 10:00'), norm: oneWd, source: 'п.9 пп.2' }, almaty, kz('2026-03-20 10:00'));
    expect(c.trace).toEqual([
      { code: 'regulation', source: 'п.9 пп.2' },
      { code: 'start', at: kz('2026-03-20 10:00').toISOString() },
      { code: 'unit_rule', unit: 'working_days', value: 1, rule: 'start_day_not_counted' },
      { code: 'day_skipped', date: '2026-03-21', reason: 'holiday', holidayId: 'nauryz', name: { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' } },
      { code: 'day_skipped', date: '2026-03-22', reason: 'holiday', holidayId: 'nauryz', name: { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' } },
      { code: 'day_skipped', date: '2026-03-23', reason: 'holiday', holidayId: 'nauryz', name: { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' } },
      { code: 'day_skipped', date: '2026-03-24', reason: 'moved_day_off', holidayId: 'nauryz', name: { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' } },
      { code: 'day_skipped', date: '2026-03-25', reason: 'moved_day_off', holidayId: 'nauryz', name: { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' } },
      { code: 'deadline', at: kz('2026-03-26 18:00').toISOString() },
    ]);
  });

  it('start moved after hours, weekend skipped', () => {
    const c = computeClock({ start: kz('2026-01-16 18:30'), norm: { value: 15, unit: 'minutes' } }, almaty, kz('2026-01-16 18:30'));
    expect(c.trace).toEqual([
      { code: 'start', at: kz('2026-01-16 18:30').toISOString() },
      { code: 'start_moved', from: kz('2026-01-16 18:30').toISOString(), to: kz('2026-01-19 09:00').toISOString(), reason: 'after_hours' },
      { code: 'unit_rule', unit: 'minutes', value: 15, rule: 'working_time' },
      { code: 'day_skipped', date: '2026-01-17', reason: 'weekend' },
      { code: 'day_skipped', date: '2026-01-18', reason: 'weekend' },
      { code: 'deadline', at: kz('2026-01-19 09:15').toISOString() },
    ]);
  });

  it.each([
    ['2026-01-19 08:00', 'before_hours'],
    ['2026-01-19 13:30', 'break'],
    ['2026-01-17 10:00', 'day_off'],
  ])('start_moved reason at %s is %s', (start, reason) => {
    const c = computeClock({ start: kz(start), norm: { value: 1, unit: 'hours' } }, almaty, kz(start));
    expect(c.trace.find((e) => e.code === 'start_moved')).toMatchObject({ reason });
  });

  it('decree transfer: moved day off and worked weekend', () => {
    const c = computeClock({ start: kz('2024-12-31 10:00'), norm: { value: 3, unit: 'working_days' } }, almaty, kz('2024-12-31 10:00'));
    expect(c.trace).toContainEqual(expect.objectContaining({ code: 'day_skipped', date: '2025-01-03', reason: 'moved_day_off', holidayId: 'decree_transfer' }));
    expect(c.trace).toContainEqual({ code: 'worked_weekend', date: '2025-01-05' });
    expect(c.trace).toContainEqual(expect.objectContaining({ code: 'day_skipped', date: '2025-01-07', reason: 'holiday', holidayId: 'orthodox_christmas' }));
  });

  it('calendar days: only the days skipped at the end are listed', () => {
    const c = computeClock({ start: kz('2026-01-12 10:00'), norm: { value: 5, unit: 'calendar_days' } }, almaty, kz('2026-01-12 10:00'));
    expect(c.trace.filter((e) => e.code === 'day_skipped').map((e) => (e as { date: string }).date)).toEqual(['2026-01-17', '2026-01-18']);
    expect(c.trace).toContainEqual({ code: 'unit_rule', unit: 'calendar_days', value: 5, rule: 'calendar_days_next_working' });
  });

  it('long runs collapse and the list is capped', () => {
    const ctx = { ...almaty, calendar: { daysOff: Array.from({ length: 20 }, (_, i) => `2026-02-${String(i + 2).padStart(2, '0')}`), workingDays: [] } };
    const c = computeClock({ start: kz('2026-01-30 10:00'), norm: oneWd }, ctx, kz('2026-01-30 10:00'));
    const runs = c.trace.filter((e) => e.code === 'days_skipped');
    expect(runs.length).toBeGreaterThan(0);
    expect(c.trace.length).toBeLessThan(20);
    const long = computeClock({ start: kz('2026-01-05 10:00'), norm: { value: 200, unit: 'working_days' } }, almaty, kz('2026-01-05 10:00'));
    expect(long.trace.filter((e) => e.code === 'day_skipped' || e.code === 'days_skipped' || e.code === 'worked_weekend').length).toBeLessThanOrEqual(30);
    expect(long.trace).toContainEqual(expect.objectContaining({ code: 'more_days_skipped' }));
  });

  it('ctx.labels replaces the national names', () => {
    const ctx = { ...almaty, labels: { '2026-03-23': { kind: 'holiday' as const, holidayId: 'custom' } } };
    const c = computeClock({ start: kz('2026-03-20 10:00'), norm: oneWd }, ctx, kz('2026-03-20 10:00'));
    expect(c.trace).toContainEqual({ code: 'day_skipped', date: '2026-03-23', reason: 'holiday', holidayId: 'custom' });
    expect(c.trace).toContainEqual({ code: 'day_skipped', date: '2026-03-24', reason: 'moved_day_off' });
  });
});

describe('bad input', () => {
  it('returns typed errors and throws SlaError', () => {
    expect(tryComputeClock({ start: new Date(NaN), norm: oneWd }, almaty, kz('2026-01-19 10:00'))).toMatchObject({ ok: false, code: 'invalid_date' });
    expect(tryComputeClock({ start: kz('2026-01-19 10:00'), norm: { value: -1, unit: 'hours' } }, almaty, kz('2026-01-19 10:00'))).toMatchObject({ ok: false, code: 'invalid_norm' });
    expect(() => computeClock({ start: kz('2026-01-19 10:00'), norm: oneWd }, almaty, new Date('x'))).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
