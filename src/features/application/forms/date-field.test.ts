import { parseDay } from './date-field';

describe('typed dates', () => {
  it('reads the day as people type it and as the API sends it', () => {
    expect(parseDay('20.03.2026')).toBe('2026-03-20');
    expect(parseDay('5/3/2026')).toBe('2026-03-05');
    expect(parseDay('2026-03-20')).toBe('2026-03-20');
    expect(parseDay('31.02.2026')).toBeNull();
    expect(parseDay('завтра')).toBeNull();
  });
});
