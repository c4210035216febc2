import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';
import fc from 'fast-check';
import { formatDate, formatDateTime, localDate } from './format-date';

dayjs.extend(utc);
dayjs.extend(timezone);

/** What the formatting did before it was made fast: dayjs' own zone conversion. */
function reference(iso: string, lng: string, timeZone: string, words?: { now: Date; today: string; yesterday: string }): string {
  const at = dayjs(iso).tz(timeZone).locale(lng);
  if (!at.isValid()) return '';
  if (words) {
    const today = dayjs(words.now).tz(timeZone);
    if (at.isSame(today, 'day')) return `${words.today}, ${at.format('HH:mm')}`;
    if (at.isSame(today.subtract(1, 'day'), 'day')) return `${words.yesterday}, ${at.format('HH:mm')}`;
  }
  return at.format('D MMM YYYY, HH:mm');
}

const zones = ['Asia/Almaty', 'Asia/Aqtobe', 'Asia/Qyzylorda', 'Europe/Moscow', 'UTC'];
const instant = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) });

describe('formatDateTime', () => {
  it('writes what dayjs.tz writes, in both languages and any zone, with and without today/yesterday', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), fc.constantFrom('ru', 'kk'), fc.constantFrom(...zones), (ms, ahead, lng, zone) => {
        const iso = new Date(ms).toISOString();
        const words = { now: new Date(ms + ahead), today: 'Сегодня', yesterday: 'Вчера' };
        expect(formatDateTime(iso, lng, zone)).toBe(reference(iso, lng, zone));
        expect(formatDateTime(iso, lng, zone, words)).toBe(reference(iso, lng, zone, words));
        expect(formatDate(iso, lng, zone)).toBe(dayjs(iso).tz(zone).locale(lng).format('D MMM YYYY'));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the known texts', () => {
    expect(formatDateTime('2026-11-27T13:00:00Z', 'ru', 'Asia/Almaty')).toBe('27 нояб. 2026, 18:00');
    expect(formatDateTime('2026-05-04T04:05:00Z', 'ru', 'Asia/Almaty')).toBe('4 мая 2026, 09:05');
    expect(formatDateTime('2026-11-27T13:00:00Z', 'kk', 'Asia/Almaty')).toBe(reference('2026-11-27T13:00:00Z', 'kk', 'Asia/Almaty'));
    expect(formatDateTime('not a date', 'ru', 'Asia/Almaty')).toBe('');
    const now = new Date('2026-11-25T18:59:00Z'); // 23:59 in Almaty
    expect(formatDateTime('2026-11-25T04:00:00Z', 'ru', 'Asia/Almaty', { now, today: 'Сегодня', yesterday: 'Вчера' })).toBe('Сегодня, 09:00');
    expect(formatDateTime('2026-11-24T18:30:00Z', 'ru', 'Asia/Almaty', { now, today: 'Сегодня', yesterday: 'Вчера' })).toBe('Вчера, 23:30');
  });

  it('reads a date or time without a zone as local time, as dayjs does; gives the local date of an instant', () => {
    for (const text of ['2026-11-25', '2026-11-25T23:30', '2026-11-25 08:05:09.5', '2026-1-5', 'not a date']) {
      for (const zone of zones) {
        const expected = dayjs(text).isValid() ? dayjs(text).tz(zone).locale('kk').format('D MMM YYYY') : '';
        expect(formatDate(text, 'kk', zone)).toBe(expected);
      }
    }
    expect(localDate(new Date('2026-11-25T19:30:00Z'), 'Asia/Almaty')).toBe('2026-11-26');
    expect(localDate(new Date('2026-11-25T19:30:00Z'), 'UTC')).toBe('2026-11-25');
  });
});
