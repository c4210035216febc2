import { tickClock } from './tick.ts';
import type { SlaContext } from './types.ts';

const ctx: SlaContext = {
  schedule: {
    timeZone: 'Asia/Almaty',
    week: [...[0, 1, 2, 3, 4].map(() => ({ start: '09:00', end: '18:00', breaks: [{ start: '13:00', end: '14:00' }] })), null, null],
  },
  calendar: { daysOff: ['2026-03-23'], workingDays: [] },
};
// Friday 20 March 2026, due Tuesday 24 March 18:00 local (13:00Z) after a 2-working-day norm.
const clock = { state: 'on_track', deadline: '2026-03-24T13:00:00.000Z', remainingMinutes: 960, normMinutes: 960 };

describe('tickClock', () => {
  it('counts down only in working time: the night, the weekend and Nauryz do not count', () => {
    const fridayEvening = tickClock(clock, ctx, new Date('2026-03-20T13:00:00Z')); // Fri 18:00
    const mondayHoliday = tickClock(clock, ctx, new Date('2026-03-23T06:00:00Z')); // Mon 11:00, day off
    expect(fridayEvening.remainingMinutes).toBe(480);
    expect(mondayHoliday.remainingMinutes).toBe(480);
    expect(mondayHoliday.state).toBe('on_track');
  });

  it('goes at risk within the last quarter of the norm, then overdue past the deadline', () => {
    expect(tickClock(clock, ctx, new Date('2026-03-24T08:00:00Z')).state).toBe('at_risk'); // Tue 13:00: 4 h left
    const late = tickClock(clock, ctx, new Date('2026-03-25T05:10:00Z')); // Wed 10:10
    expect(late.state).toBe('overdue');
    expect(late.remainingMinutes).toBe(-70);
  });

  it('leaves finished, paused and norm-less clocks alone', () => {
    for (const state of ['met', 'missed', 'paused', 'none', 'no_norm']) {
      const c = { ...clock, state };
      expect(tickClock(c, ctx, new Date('2026-04-30T05:00:00Z'))).toBe(c);
    }
  });
});
