/**
 * Kazakhstan, 2027 — provisional: built from the fixed rules only; decree transfers and the
 * exact date of Kurban Ait are not known yet. Constitution Day is 15 March from 2027.
 */
import { holiday, moved, type YearTable } from './holidays.ts';

export const YEAR_2027: YearTable = {
  year: 2027,
  provisional: true,
  source: 'Расчёт по Трудовому кодексу РК (без постановлений о переносе; не окончательный)',
  entries: [
    holiday('2027-01-01', 'new_year'),
    holiday('2027-01-02', 'new_year'), // Saturday
    moved('2027-01-04', 'new_year', '2027-01-02'),
    holiday('2027-01-07', 'orthodox_christmas'),
    holiday('2027-03-08', 'womens_day'),
    holiday('2027-03-15', 'constitution_day', 'Конституция РК 2026 г.; Закон РК «О праздниках в Республике Казахстан»'),
    holiday('2027-03-21', 'nauryz'), // Sunday
    holiday('2027-03-22', 'nauryz'),
    holiday('2027-03-23', 'nauryz'),
    moved('2027-03-24', 'nauryz', '2027-03-21'),
    holiday('2027-05-01', 'unity_day'), // Saturday
    moved('2027-05-03', 'unity_day', '2027-05-01'),
    holiday('2027-05-07', 'defender_day'),
    holiday('2027-05-09', 'victory_day'), // Sunday
    moved('2027-05-10', 'victory_day', '2027-05-09'),
    holiday('2027-05-16', 'kurban_ait', 'Ориентировочная дата (воскресенье, не переносится); уточняется ДУМК'),
    holiday('2027-07-06', 'capital_day'),
    holiday('2027-10-25', 'republic_day'),
    holiday('2027-12-16', 'independence_day'),
  ],
};
