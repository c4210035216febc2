/** Working time split for display: two units at most, minutes only under a day (ui.md). */
export type DurationParts = { days: number; hours: number; minutes: number };

/**
 * Splits a working-minute amount into working days (of `minutesPerDay`), hours and minutes.
 * Days and hours are shown without minutes; under a day, hours and minutes; rounding is down
 * for remaining time so a countdown never promises more than is left.
 */
export function splitWorkingMinutes(totalMinutes: number, minutesPerDay = 480): DurationParts {
  const abs = Math.max(0, Math.floor(Math.abs(totalMinutes)));
  const days = Math.floor(abs / minutesPerDay);
  const rest = abs - days * minutesPerDay;
  const hours = Math.floor(rest / 60);
  const minutes = days > 0 ? 0 : rest - hours * 60;
  return { days, hours, minutes };
}
