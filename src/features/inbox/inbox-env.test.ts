import type { Clock } from '../../api/schemas/common';
import type { SlaContext } from '../../domain/sla/types';
import { liveClock, minutesPerDay } from './inbox-env';

const day = { start: '09:00', end: '18:00', breaks: [{ start: '13:00', end: '14:00' }] };
const sla: SlaContext = {
  schedule: { timeZone: 'Asia/Almaty', week: [day, day, day, day, day, null, null] },
  calendar: { daysOff: ['2026-12-16'], workingDays: [] },
};
const at = (local: string) => new Date(`${local}+05:00`);

// A completeness check started Monday 14 December 2026, 09:50; 2 working days → Thursday 18:00.
const clock: Clock = {
  state: 'on_track',
  start: at('2026-12-14T09:50:00').toISOString(),
  deadline: at('2026-12-17T18:00:00').toISOString(),
  expected: null,
  normMinutes: 960,
  remainingMinutes: 23 * 60 + 10,
};
const view = (local: string) => liveClock(clock, { sla, now: at(local), atRiskShare: 0.25 });

describe('live clocks in the inbox', () => {
  it.each([
    ['2026-12-14T19:00:00', 'on_track', 16 * 60],
    ['2026-12-15T07:00:00', 'on_track', 16 * 60], // the night does not count
    ['2026-12-15T18:30:00', 'on_track', 8 * 60],
    ['2026-12-16T12:00:00', 'on_track', 8 * 60], // Independence Day is not worked
    ['2026-12-17T09:00:00', 'on_track', 8 * 60],
    ['2026-12-17T14:00:00', 'at_risk', 4 * 60], // a quarter of the norm left
    ['2026-12-17T18:00:00', 'at_risk', 0], // the deadline itself is still on time
    ['2026-12-18T09:30:00', 'overdue', -30], // overdue by working time only
  ])('at %s it is %s with %d working minutes left', (local, state, minutes) => {
    const v = view(local)!;
    expect(v.state).toBe(state);
    expect(v.remainingMinutes).toBeCloseTo(minutes, 5);
    expect(v.deadline).toBe(clock.deadline);
  });

  it('leaves paused, finished and norm-less clocks as the server sent them', () => {
    for (const state of ['paused', 'met', 'missed', 'no_norm'] as const) {
      expect(liveClock({ ...clock, state }, { sla, now: at('2026-12-18T09:30:00'), atRiskShare: 0.25 })!.state).toBe(state);
    }
    expect(liveClock(null, { sla, now: new Date(), atRiskShare: 0.25 })).toBeNull();
  });

  it('a working day is the schedule’s working hours', () => {
    expect(minutesPerDay(sla.schedule)).toBe(480);
    expect(minutesPerDay({ timeZone: 'Asia/Aqtobe', week: [{ start: '09:00', end: '17:00', breaks: [] }, null, null, null, null, null, null] })).toBe(480);
  });
});
