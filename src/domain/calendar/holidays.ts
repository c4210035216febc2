/**
 * Public holidays of Kazakhstan (Law "On holidays in the Republic of Kazakhstan", Labour Code
 * art. 84) and the entry shape of the yearly tables. Names are data (shown as given), not UI text.
 */

export type HolidayId =
  | 'new_year'
  | 'orthodox_christmas'
  | 'womens_day'
  | 'nauryz'
  | 'unity_day'
  | 'defender_day'
  | 'victory_day'
  | 'capital_day'
  | 'constitution_day'
  | 'republic_day'
  | 'independence_day'
  | 'kurban_ait'
  | 'decree_transfer';

export type LocalizedName = { ru: string; kk: string };

/** One special day of a year. */
export type CalendarEntry = {
  date: string;
  /** holiday: the holiday's own date (also when it falls on a weekend); moved_day_off: a weekday
   * off because a holiday fell on a weekend or by decree; worked_weekend: a Saturday/Sunday worked. */
  kind: 'holiday' | 'moved_day_off' | 'worked_weekend';
  holidayId: HolidayId;
  name: LocalizedName;
  source: string;
  /** For a moved day off: the date whose day off it replaces. */
  movedFrom?: string;
  /** For a worked weekend day: the weekday that became a day off instead. */
  movedTo?: string;
};

/** The table of one year. */
export type YearTable = {
  year: number;
  /** True while decree transfers for the year are not known (shown as provisional in the UI). */
  provisional: boolean;
  source: string;
  entries: CalendarEntry[];
};

export const HOLIDAY_NAMES: Record<HolidayId, LocalizedName> = {
  new_year: { ru: 'Новый год', kk: 'Жаңа жыл' },
  orthodox_christmas: { ru: 'Православное Рождество', kk: 'Православие Рождествосы' },
  womens_day: { ru: 'Международный женский день', kk: 'Халықаралық әйелдер күні' },
  nauryz: { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы' },
  unity_day: { ru: 'Праздник единства народа Казахстана', kk: 'Қазақстан халқының бірлігі мерекесі' },
  defender_day: { ru: 'День защитника Отечества', kk: 'Отан қорғаушы күні' },
  victory_day: { ru: 'День Победы', kk: 'Жеңіс күні' },
  capital_day: { ru: 'День Столицы', kk: 'Астана күні' },
  constitution_day: { ru: 'День Конституции', kk: 'Конституция күні' },
  republic_day: { ru: 'День Республики', kk: 'Республика күні' },
  independence_day: { ru: 'День Независимости', kk: 'Тәуелсіздік күні' },
  kurban_ait: { ru: 'Курбан айт (первый день)', kk: 'Құрбан айт (бірінші күні)' },
  decree_transfer: { ru: 'Перенос выходного дня', kk: 'Демалыс күнін ауыстыру' },
};

export const SOURCE_LAW = 'Закон РК «О праздниках в Республике Казахстан»; Трудовой кодекс РК, ст. 84';
export const SOURCE_MOVE = 'Трудовой кодекс РК, ст. 84 п. 2: праздник в выходной переносится на следующий рабочий день';
export const SOURCE_DECREE = 'Постановление Правительства РК о переносе выходных дней';
export const SOURCE_KURBAN = 'Дата первого дня Курбан айта, определённая ДУМК на год';

/** A holiday on its own date. */
export function holiday(date: string, id: HolidayId, source: string = SOURCE_LAW): CalendarEntry {
  return { date, kind: 'holiday', holidayId: id, name: HOLIDAY_NAMES[id], source };
}

/** The weekday off for a holiday that fell on a weekend. */
export function moved(date: string, id: HolidayId, from: string): CalendarEntry {
  return { date, kind: 'moved_day_off', holidayId: id, name: HOLIDAY_NAMES[id], source: SOURCE_MOVE, movedFrom: from };
}

/** A decree transfer: weekday `offDate` is off, weekend `workedDate` is worked. */
export function decree(offDate: string, workedDate: string, source: string = SOURCE_DECREE): CalendarEntry[] {
  const name = HOLIDAY_NAMES.decree_transfer;
  return [
    { date: offDate, kind: 'moved_day_off', holidayId: 'decree_transfer', name, source, movedFrom: workedDate },
    { date: workedDate, kind: 'worked_weekend', holidayId: 'decree_transfer', name, source, movedTo: offDate },
  ];
}
