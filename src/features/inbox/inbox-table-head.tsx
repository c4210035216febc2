import { UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortDir, SortField } from './inbox-search-params';
import classes from './inbox-table.module.css';
import { SelectBox } from './select-box';

export type Column = { id: string; width?: number; sort?: SortField };

/**
 * Column layout: fixed widths where the content has a known size (the clock columns fit the
 * usual texts of each language, "осталось 12 раб. дней 7 ч", "12 жұмыс күні 7 сағ кешікті"), the
 * applicant and the service share the rest: at 1280 px still about 150 px each.
 * Finished work has no step clock; its service clock says met/missed.
 */
export function columnsFor(options: { selectable: boolean; withTake: boolean; finished: boolean; lng: 'ru' | 'kk' }): Column[] {
  const clock = options.lng === 'kk' ? 230 : 234;
  const cols: Column[] = [];
  if (options.selectable) cols.push({ id: 'select', width: 38 });
  cols.push(
    { id: 'regNo', width: 142, sort: 'reg_no' },
    { id: 'applicant' },
    { id: 'service' },
    { id: 'step', width: options.finished ? 150 : 176 },
    { id: 'received', width: 158, sort: 'received_at' },
  );
  if (!options.finished) cols.push({ id: 'stepClock', width: clock, sort: 'step_left' });
  cols.push({ id: 'serviceClock', width: options.finished ? 340 : clock, sort: 'service_left' });
  if (options.withTake) cols.push({ id: 'actions', width: 84 });
  return cols;
}

/** Sort order a column starts with when first chosen (newest receipt first, least time left first). */
export const FIRST_DIR: Record<SortField, SortDir> = { reg_no: 'asc', received_at: 'desc', step_left: 'asc', service_left: 'asc' };

/** Memoized: a new list (each key of the search) leaves the header as it is. */
export const InboxTableHead = memo(function InboxTableHead(props: {
  columns: Column[];
  sort: SortField;
  dir: SortDir;
  onSort: (sort: SortField, dir: SortDir) => void;
  allSelected: boolean;
  someSelected: boolean;
  onSelectAll: (selected: boolean) => void;
}) {
  const { t } = useTranslation('inbox');
  return (
    <thead className={classes.head}>
      <tr>
        {props.columns.map((col) => {
          if (col.id === 'select') {
            return (
              <th key={col.id} style={{ width: col.width }}>
                <SelectBox
                  checked={props.allSelected}
                  indeterminate={props.someSelected && !props.allSelected}
                  label={t('table.selectAll')}
                  onChange={(e) => props.onSelectAll(e.currentTarget.checked)}
                />
              </th>
            );
          }
          const label = t(`columns.${col.id}`);
          if (!col.sort) {
            return (
              <th key={col.id} style={{ width: col.width }}>
                {col.id === 'actions' ? <VisuallyHidden>{label}</VisuallyHidden> : label}
              </th>
            );
          }
          const sorted = props.sort === col.sort;
          const Icon = !sorted ? IconArrowsSort : props.dir === 'asc' ? IconArrowUp : IconArrowDown;
          const nextDir: SortDir = sorted ? (props.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[col.sort];
          return (
            <th
              key={col.id}
              style={{ width: col.width }}
              aria-sort={sorted ? (props.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <UnstyledButton
                className={classes.sortButton}
                data-sorted={sorted || undefined}
                onClick={() => props.onSort(col.sort!, nextDir)}
                title={t(nextDir === 'asc' ? 'sort.toAsc' : 'sort.toDesc', { column: label })}
              >
                <span>{label}</span>
                <Icon size={14} aria-hidden />
              </UnstyledButton>
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
