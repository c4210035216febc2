/**
 * Dates and numbers as the screens write them, in the provider's zone. Plain Intl and two tables
 * of month names: dayjs (with its zone plugins and locales) is not needed to show the inbox, only
 * by the date pickers and the card, which load it with their chunks. The texts are dayjs' own
 * (`D MMM YYYY, HH:mm` in its ru and kk locales): the tests compare with dayjs.
 */

/** Short month names as dayjs writes them after a day ('D MMM'): Russian takes the genitive. */
const MONTHS: Record<'ru' | 'kk', readonly string[]> = {
  ru: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  kk: ['қаң', 'ақп', 'нау', 'сәу', 'мам', 'мау', 'шіл', 'там', 'қыр', 'қаз', 'қар', 'жел'],
};

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

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

/**
 * The wall-clock time of an instant in a zone: one cached `formatToParts` per call (building a
 * formatter per date is what a list of a few hundred dates spent its time on).
 * @throws RangeError for an unknown zone.
 */
function wallClock(ms: number, timeZone: string): WallClock {
  const p: Record<string, number> = {};
  for (const part of zoneFormat(timeZone).formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

/** Days since the epoch of a wall-clock date (to tell today and yesterday). */
const dayNumber = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day) / 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DDTHH:mm…' without a zone is local time, as dayjs reads it; anything else as Date does. */
const LOCAL_DATE_TIME = /^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/;
function instant(iso: string): number {
  const m = /Z$/i.test(iso) ? null : LOCAL_DATE_TIME.exec(iso);
  if (!m) return new Date(iso).getTime();
  const ms = (m[7] || '0').substring(0, 3);
  return new Date(+m[1], +m[2] - 1 || 0, +m[3] || 1, +m[4] || 0, +m[5] || 0, +m[6] || 0, +ms).getTime();
}

const dayText = (w: WallClock, lng: string) => `${w.day} ${MONTHS[lng === 'kk' ? 'kk' : 'ru'][w.month - 1]} ${pad(w.year, 4)}`;
const timeText = (w: WallClock) => `${pad(w.hour)}:${pad(w.minute)}`;

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
  const ms = instant(iso);
  if (Number.isNaN(ms)) return '';
  const at = wallClock(ms, timeZone);
  if (words && !Number.isNaN(words.now.getTime())) {
    const today = dayNumber(wallClock(words.now.getTime(), timeZone));
    const day = dayNumber(at);
    if (day === today) return `${words.today}, ${timeText(at)}`;
    if (day === today - 1) return `${words.yesterday}, ${timeText(at)}`;
  }
  return `${dayText(at, lng)}, ${timeText(at)}`;
}

/** The local date of an instant in a zone ('2026-11-25'). @throws RangeError for an unknown zone. */
export function localDate(at: Date, timeZone: string): string {
  const w = wallClock(at.getTime(), timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** `25 нояб. 2026` in the provider's zone. */
export function formatDate(iso: string, lng: string, timeZone: string): string {
  const ms = instant(iso);
  return Number.isNaN(ms) ? '' : dayText(wallClock(ms, timeZone), lng);
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
