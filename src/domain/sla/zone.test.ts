import fc from 'fast-check';
import { providerContext } from './provider-context.ts';
import { formatDay, isoString, isValidTimeZone, localToUtc, parseDay, weekdayIndex, zoneOffset } from './zone.ts';

describe('zone helpers', () => {
  it('offsets come from the IANA database', () => {
    expect(zoneOffset('Asia/Almaty', Date.UTC(2024, 1, 15))).toBe(6 * 3_600_000);
    expect(zoneOffset('Asia/Almaty', Date.UTC(2024, 2, 15))).toBe(5 * 3_600_000);
    expect(zoneOffset('Asia/Aqtobe', Date.UTC(2024, 1, 15))).toBe(5 * 3_600_000);
  });
  it('local → UTC across the 2024 change', () => {
    expect(new Date(localToUtc('Asia/Almaty', Date.UTC(2024, 1, 29, 9))).toISOString()).toBe('2024-02-29T03:00:00.000Z');
    expect(new Date(localToUtc('Asia/Almaty', Date.UTC(2024, 2, 1, 9))).toISOString()).toBe('2024-03-01T04:00:00.000Z');
  });
  it('handles a DST zone (Europe/Berlin spring gap and autumn overlap)', () => {
    expect(new Date(localToUtc('Europe/Berlin', Date.UTC(2026, 2, 29, 2, 30))).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(localToUtc('Europe/Berlin', Date.UTC(2026, 9, 25, 2, 30))).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
  it('validates zones and days', () => {
    expect(isValidTimeZone('Asia/Aqtobe')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(parseDay('2026-02-29')).toBeNaN();
    expect(parseDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(formatDay(parseDay('2027-12-31'))).toBe('2027-12-31');
    expect(weekdayIndex(parseDay('2026-01-19'))).toBe(0);
    expect(weekdayIndex(parseDay('1969-12-28'))).toBe(6);
  });
  it('isoString equals toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(isoString(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 300 },
    );
  });
  it('providerContext builds the week and reuses equal schedules', () => {
    const cal = { daysOff: [], workingDays: [] };
    const compact = { weekdays: [1, 2, 3, 4, 5, 6], start: '09:00', end: '18:00', breaks: [['13:00', '14:00']] as Array<[string, string]> };
    const a = providerContext(compact, 'Asia/Almaty', cal);
    expect(a.schedule.week[5]).toEqual({ start: '09:00', end: '18:00', breaks: [{ start: '13:00', end: '14:00' }] });
    expect(a.schedule.week[6]).toBeNull();
    expect(providerContext({ ...compact }, 'Asia/Almaty', cal).schedule).toBe(a.schedule);
  });
});
