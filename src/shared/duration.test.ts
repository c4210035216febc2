import { splitWorkingMinutes } from './duration';

describe('splitWorkingMinutes', () => {
  it.each([
    [0, { days: 0, hours: 0, minutes: 0 }],
    [59.9, { days: 0, hours: 0, minutes: 59 }],
    [130, { days: 0, hours: 2, minutes: 10 }],
    [480, { days: 1, hours: 0, minutes: 0 }],
    [480 + 3 * 60 + 12, { days: 1, hours: 3, minutes: 0 }],
    [-(2 * 60 + 10), { days: 0, hours: 2, minutes: 10 }],
    [5 * 480 + 59, { days: 5, hours: 0, minutes: 0 }],
  ])('%d working minutes → %o', (input, expected) => {
    expect(splitWorkingMinutes(input)).toEqual(expected);
  });

  it('uses the schedule length of a working day', () => {
    expect(splitWorkingMinutes(420, 420)).toEqual({ days: 1, hours: 0, minutes: 0 });
  });
});
