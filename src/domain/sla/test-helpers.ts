/** Shared fixtures of the SLA tests (not shipped code). */
import { nationalCalendar } from '../calendar/index.ts';
import { providerContext } from './provider-context.ts';
import type { SlaContext } from './types.ts';

const FIVE_DAYS = { weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', breaks: [['13:00', '14:00']] as Array<[string, string]> };

/** Almaty provider, Mon–Fri 09:00–18:00, break 13:00–14:00, national calendar. */
export const almaty: SlaContext = providerContext(FIVE_DAYS, 'Asia/Almaty', nationalCalendar());
/** Aktobe provider, same hours. */
export const aktobe: SlaContext = providerContext(FIVE_DAYS, 'Asia/Aqtobe', nationalCalendar());
/** Almaty hours without any holidays (weekends only). */
export const plain: SlaContext = providerContext(FIVE_DAYS, 'Asia/Almaty', { daysOff: [], workingDays: [] });

/** UTC instant of a local Almaty/Aktobe time after 2024-03-01 (UTC+5): '2026-01-19 10:00'. */
export function kz(local: string): Date {
  return new Date(local.replace(' ', 'T') + '+05:00');
}
