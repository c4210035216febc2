import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { splitWorkingMinutes } from './duration';

/** Working minutes as at most two units with the right plurals ("1 раб. день 3 ч"); `t` of the clock namespace. */
export function durationText(t: TFunction<'clock'>, minutes: number, minutesPerDay = 480): string {
  const { days, hours, minutes: mins } = splitWorkingMinutes(minutes, minutesPerDay);
  const parts: string[] = [];
  if (days) parts.push(t('unit.days', { count: days }));
  if (hours) parts.push(t('unit.hours', { count: hours }));
  if (!days && mins) parts.push(t('unit.minutes', { count: mins }));
  return parts.length ? parts.join(' ') : t('unit.lessThanMinute');
}

/** Formats working minutes as at most two units with the right plurals ("1 раб. день 3 ч"). */
export function useDurationText(minutesPerDay = 480) {
  const { t } = useTranslation('clock');
  return useCallback((minutes: number) => durationText(t, minutes, minutesPerDay), [t, minutesPerDay]);
}
