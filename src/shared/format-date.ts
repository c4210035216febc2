import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';

dayjs.extend(utc);
dayjs.extend(timezone);

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, f);
  }
  return f;
}

/**
 * The wall-clock time of an instant in a zone, as a UTC dayjs with those fields. One cached
 * `formatToParts` per call: `dayjs(...).tz(zone)` builds it twice and its `isSame(…, 'day')`
 * several times more, which is what a list of a few hundred dates spent its time on.
 * @throws RangeError for an unknown zone (as `dayjs.tz` does).
 */
function wallClock(ms: number, timeZone: string): dayjs.Dayjs {
  const p: Record<string, number> = {};
  for (const part of zoneFormat(timeZone).formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return dayjs.utc(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

/**
 * `25 нояб. 2026, 14:30` / `25 қар 2026, 14:30` in the provider's zone; with `now`, today and
 * yesterday become words (`today`/`yesterday` are the translated words passed in).
 */
export function formatDateTime(
  iso: string,
  lng: string,
  timeZone: string,
  words?: { now: Date; today: string; yesterday: string },
): string {
  const ms = dayjs(iso).valueOf();
  if (Number.isNaN(ms)) return '';
  const at = wallClock(ms, timeZone).locale(lng);
  if (words && !Number.isNaN(words.now.getTime())) {
    const today = wallClock(words.now.getTime(), timeZone).startOf('day');
    const day = at.startOf('day');
    if (day.isSame(today)) return `${words.today}, ${at.format('HH:mm')}`;
    if (day.isSame(today.subtract(1, 'day'))) return `${words.yesterday}, ${at.format('HH:mm')}`;
  }
  return at.format('D MMM YYYY, HH:mm');
}

/** The local date of an instant in a zone ('2026-11-25'). @throws RangeError for an unknown zone. */
export function localDate(at: Date, timeZone: string): string {
  return wallClock(at.getTime(), timeZone).format('YYYY-MM-DD');
}

/** `25 нояб. 2026` in the provider's zone. */
export function formatDate(iso: string, lng: string, timeZone: string): string {
  const ms = dayjs(iso).valueOf();
  return Number.isNaN(ms) ? '' : wallClock(ms, timeZone).locale(lng).format('D MMM YYYY');
}

/**
 * Numbers with a thin space for thousands and a decimal comma (ru and kk alike). Russian rules
 * serve both: Chromium ships no Kazakh number data and would fall back to English ("1,441", which
 * reads as a fraction in Kazakh).
 */
export function formatNumber(value: number, _lng: string): string {
  return numberFormat.format(value).replace(/\s/g, '\u2009');
}
const numberFormat = new Intl.NumberFormat('ru-RU');
