import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format-date';
import { Segmented } from '../../shared/segmented';
import { dashboardQuery } from '../../api/dashboard.ts';
import type { ClockFilter } from './inbox-search-params';

const STATES = ['overdue', 'at_risk', 'on_track', 'paused'] as const;

/**
 * Under control: the provider's open work split by the state of its service clock, with counts;
 * choosing a state filters the list (the same `clock` filter as the chip).
 */
type Props = { value: ClockFilter[]; onChange: (value: ClockFilter[]) => void };

/** The same choice, also in a new array (the filters are read from the address anew with every key of the search). */
const sameProps = (a: Props, b: Props) => a.onChange === b.onChange && a.value.length === b.value.length && a.value.every((v, i) => v === b.value[i]);

export const ControlStateFilter = memo(function ControlStateFilter(props: Props) {
  const { t, i18n } = useTranslation('inbox');
  const dashboard = useQuery(dashboardQuery());
  const counts = dashboard.data?.byState;
  const label = (key: string, count: number | undefined) =>
    count === undefined ? key : t('control.withCount', { label: key, n: formatNumber(count, i18n.language) });
  const value = props.value.length === 1 && (STATES as readonly string[]).includes(props.value[0]) ? props.value[0] : props.value.length === 0 ? 'all' : '';
  return (
    <Segmented<'all' | ClockFilter>
      style={{ alignSelf: 'flex-start' }}
      value={value}
      onChange={(v) => props.onChange(v === 'all' ? [] : [v])}
      label={t('control.label')}
      data={[
        { value: 'all', label: label(t('control.all'), counts?.total) },
        ...STATES.map((s) => ({ value: s, label: label(t(`clock:state.${s}`), counts?.[s]) })),
      ]}
    />
  );
}, sameProps);
