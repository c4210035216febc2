import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';

dayjs.extend(utc);
dayjs.extend(timezone);

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
  const at = dayjs(iso).tz(timeZone).locale(lng);
  if (!at.isValid()) return '';
  if (words) {
    const today = dayjs(words.now).tz(timeZone);
    if (at.isSame(today, 'day')) return `${words.today}, ${at.format('HH:mm')}`;
    if (at.isSame(today.subtract(1, 'day'), 'day')) return `${words.yesterday}, ${at.format('HH:mm')}`;
  }
  return at.format('D MMM YYYY, HH:mm');
}

/** `25 нояб. 2026` in the provider's zone. */
export function formatDate(iso: string, lng: string, timeZone: string): string {
  const at = dayjs(iso).tz(timeZone).locale(lng);
  return at.isValid() ? at.format('D MMM YYYY') : '';
}

/**
 * Numbers with a thin space for thousands and a decimal comma (ru and kk alike). Russian rules
 * serve both: Chromium ships no Kazakh number data and would fall back to English ("1,441", which
 * reads as a fraction in Kazakh).
 */
export function formatNumber(value: number, _lng: string): string {
  return new Intl.NumberFormat('ru-RU').format(value).replace(/\s/g, '\u2009');
}
