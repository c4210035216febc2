/** Kazakhstan, 2024 (five-day week): 249 working days. */
import { SOURCE_KURBAN, holiday, moved, type YearTable } from './holidays.ts';

export const YEAR_2024: YearTable = {
  year: 2024,
  provisional: false,
  source: 'Производственный календарь РК на 2024 год (с уточнением даты Курбан айта ДУМК)',
  entries: [
    holiday('2024-01-01', 'new_year'),
    holiday('2024-01-02', 'new_year'),
    holiday('2024-01-07', 'orthodox_christmas'), // Sunday: religious, not moved
    holiday('2024-03-08', 'womens_day'),
    holiday('2024-03-21', 'nauryz'),
    holiday('2024-03-22', 'nauryz'),
    holiday('2024-03-23', 'nauryz'), // Saturday
    moved('2024-03-25', 'nauryz', '2024-03-23'),
    holiday('2024-05-01', 'unity_day'),
    holiday('2024-05-07', 'defender_day'),
    holiday('2024-05-09', 'victory_day'),
    // The ministry's early calendar had Monday 06-17 off; the Muslim Board fixed Sunday 06-16,
    // so 06-17 stayed a working day (an administrator override can restore the old table).
    holiday('2024-06-16', 'kurban_ait', SOURCE_KURBAN),
    holiday('2024-07-06', 'capital_day'), // Saturday
    moved('2024-07-08', 'capital_day', '2024-07-06'),
    holiday('2024-08-30', 'constitution_day'),
    holiday('2024-10-25', 'republic_day'),
    holiday('2024-12-16', 'independence_day'),
  ],
};
