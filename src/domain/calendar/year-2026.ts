/** Kazakhstan, 2026 (five-day week): 247 working days; no worked weekend days known. */
import { SOURCE_KURBAN, holiday, moved, type YearTable } from './holidays.ts';

export const YEAR_2026: YearTable = {
  year: 2026,
  provisional: false,
  source: 'Производственный календарь РК на 2026 год (по состоянию на ноябрь 2026)',
  entries: [
    holiday('2026-01-01', 'new_year'),
    holiday('2026-01-02', 'new_year'),
    holiday('2026-01-07', 'orthodox_christmas'),
    holiday('2026-03-08', 'womens_day'), // Sunday
    moved('2026-03-09', 'womens_day', '2026-03-08'),
    holiday('2026-03-21', 'nauryz'), // Saturday
    holiday('2026-03-22', 'nauryz'), // Sunday
    holiday('2026-03-23', 'nauryz'),
    moved('2026-03-24', 'nauryz', '2026-03-21'),
    moved('2026-03-25', 'nauryz', '2026-03-22'),
    holiday('2026-05-01', 'unity_day'),
    holiday('2026-05-07', 'defender_day'),
    holiday('2026-05-09', 'victory_day'), // Saturday
    moved('2026-05-11', 'victory_day', '2026-05-09'),
    holiday('2026-05-27', 'kurban_ait', SOURCE_KURBAN),
    holiday('2026-07-06', 'capital_day'),
    holiday('2026-10-25', 'republic_day'), // Sunday
    moved('2026-10-26', 'republic_day', '2026-10-25'),
    holiday('2026-12-16', 'independence_day'),
  ],
};
