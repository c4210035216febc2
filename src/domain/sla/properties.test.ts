import fc from 'fast-check';
import { addWorkingTime, isWorkingDay, workingMinutesBetween, type Norm, type Unit } from './index.ts';
import { aktobe, almaty } from './test-helpers.ts';

const RUNS = { numRuns: 200 };
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2027, 10, 1);
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const unit = fc.constantFrom<Unit>('minutes', 'hours', 'working_days', 'calendar_days');
const ctxArb = fc.constantFrom(almaty, aktobe);

const local = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Almaty', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});
/** Independent check through Intl: local date and ms after local midnight. */
function localParts(d: Date): { day: string; msOfDay: number } {
  const p = Object.fromEntries(local.formatToParts(d).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, msOfDay: ((+p.hour * 60 + +p.minute) * 60 + +p.second) * 1000 + d.getUTCMilliseconds() };
}
const H = 3_600_000;

describe('properties', () => {
  it('monotonic in the start', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20 * 24 * H }), unit, fc.integer({ min: 0, max: 20 }), ctxArb, (a, delta, u, v, ctx) => {
        const b = new Date(a.getTime() + delta);
        const n: Norm = { value: v, unit: u };
        expect(addWorkingTime(a, n, ctx).getTime()).toBeLessThanOrEqual(addWorkingTime(b, n, ctx).getTime());
      }),
      RUNS,
    );
  });

  it('monotonic in the norm', () => {
    fc.assert(
      fc.property(instant, unit, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (s, u, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(addWorkingTime(s, { value: lo, unit: u }, almaty).getTime()).toBeLessThanOrEqual(
          addWorkingTime(s, { value: hi, unit: u }, almaty).getTime(),
        );
        expect(addWorkingTime(s, { min: lo, max: hi, unit: u }, almaty).getTime()).toBe(addWorkingTime(s, { value: hi, unit: u }, almaty).getTime());
      }),
      RUNS,
    );
  });

  it('workingMinutesBetween(start, addWorkingTime(start, m minutes)) === m from inside working time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 480 * 60_000 - 1 }), fc.integer({ min: 0, max: 20_000 }), ctxArb, (day, offsetMs, m, ctx) => {
        // A start strictly inside working time: the next working moment after a day's start, plus offsetMs of work.
        const start = addWorkingTime(day, { value: offsetMs / 60_000, unit: 'minutes' }, ctx);
        fc.pre(workingMinutesBetween(start, new Date(start.getTime() + 1), ctx) > 0);
        const end = addWorkingTime(start, { value: m, unit: 'minutes' }, ctx);
        expect(workingMinutesBetween(start, end, ctx)).toBe(m);
        expect(workingMinutesBetween(end, start, ctx)).toBe(0 - m);
      }),
      RUNS,
    );
  });

  it('deadlines never fall outside working time', () => {
    fc.assert(
      fc.property(instant, unit, fc.integer({ min: 0, max: 3000 }), (s, u, v) => {
        const value = u === 'minutes' ? v : u === 'hours' ? v % 100 : v % 40;
        const d = addWorkingTime(s, { value, unit: u }, almaty);
        const { day, msOfDay } = localParts(d);
        expect(isWorkingDay(day, almaty)).toBe(true);
        const inMorning = msOfDay >= 9 * H && msOfDay <= 13 * H;
        const inAfternoon = msOfDay >= 14 * H && msOfDay <= 18 * H;
        expect(inMorning || inAfternoon).toBe(true);
        if (u === 'working_days' || u === 'calendar_days') expect(msOfDay).toBe(18 * H);
        if (value > 0) expect(d.getTime()).toBeGreaterThan(s.getTime() - 24 * H);
      }),
      RUNS,
    );
  });

  it('working time is additive: a→b + b→c = a→c', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 * 24 * H }), fc.integer({ min: 0, max: 40 * 24 * H }), (a, x, y) => {
        const b = new Date(a.getTime() + x);
        const c = new Date(b.getTime() + y);
        const sum = workingMinutesBetween(a, b, almaty) + workingMinutesBetween(b, c, almaty);
        expect(workingMinutesBetween(a, c, almaty)).toBeCloseTo(sum, 9);
      }),
      RUNS,
    );
  });
});
