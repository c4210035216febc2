/** Kazakhstan, 2025 (five-day week): 246 working days; Sunday 01-05 worked for Friday 01-03. */
import { SOURCE_KURBAN, decree, holiday, moved, type YearTable } from './holidays.ts';

export const YEAR_2025: YearTable = {
  year: 2025,
  provisional: false,
  source: 'Производственный календарь РК на 2025 год',
  entries: [
    holiday('2025-01-01', 'new_year'),
    holiday('2025-01-02', 'new_year'),
    ...decree('2025-01-03', '2025-01-05'),
    holiday('2025-01-07', 'orthodox_christmas'),
    holiday('2025-03-08', 'womens_day'), // Saturday
    moved('2025-03-10', 'womens_day', '2025-03-08'),
    holiday('2025-03-21', 'nauryz'),
    holiday('2025-03-22', 'nauryz'), // Saturday
    holiday('2025-03-23', 'nauryz'), // Sunday
    moved('2025-03-24', 'nauryz', '2025-03-22'),
    moved('2025-03-25', 'nauryz', '2025-03-23'),
    holiday('2025-05-01', 'unity_day'),
    holiday('2025-05-07', 'defender_day'),
    holiday('2025-05-09', 'victory_day'),
    holiday('2025-06-06', 'kurban_ait', SOURCE_KURBAN),
    holiday('2025-07-06', 'capital_day'), // Sunday
    moved('2025-07-07', 'capital_day', '2025-07-06'),
    holiday('2025-08-30', 'constitution_day'), // Saturday
    moved('2025-09-01', 'constitution_day', '2025-08-30'),
    holiday('2025-10-25', 'republic_day'), // Saturday
    moved('2025-10-27', 'republic_day', '2025-10-25'),
    holiday('2025-12-16', 'independence_day'),
  ],
};
