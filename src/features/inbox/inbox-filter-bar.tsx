import { Button, Group } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { memo, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse } from '../../api/schemas/catalog.ts';
import { STEP_KINDS } from '../../domain/catalog/types.ts';
import { staffQuery } from '../../api/staff.ts';
import { FilterChip, type ChipOption } from './filter-chip';
import type { InboxEnv } from './inbox-env';
import { InboxSearch } from './inbox-search';
import { hasNarrowing, type ClockFilter, type InboxFilters } from './inbox-search-params';
import { PeriodFilter } from './period-filter';

const OPEN_STATES: ClockFilter[] = ['on_track', 'at_risk', 'overdue', 'paused'];
const FINISHED_STATES: ClockFilter[] = ['met', 'missed'];

/** Which clock states make sense in a tab (finished work is met or missed, open work runs). */
export function clockStatesFor(tab: InboxFilters['tab']): ClockFilter[] {
  return tab === 'finished' ? FINISHED_STATES : OPEN_STATES;
}

/**
 * The filter bar. Memoized, and so is each filter in it: the screen renders again for every
 * answer and fetching flag, and a search changes none of the chips.
 */
export const InboxFilterBar = memo(function InboxFilterBar(props: {
  filters: InboxFilters;
  onChange: (patch: Partial<InboxFilters>) => void;
  /** Applies a search; settles when its list is shown. */
  onSearch: (q: string) => Promise<void>;
  onReset: () => void;
  catalog: CatalogResponse;
  env: InboxEnv;
  supervisor: boolean;
  searchRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('inbox');
  const { filters, catalog, env, onChange } = props;
  const staff = useQuery({ ...staffQuery(), enabled: props.supervisor });

  const options = useMemo(() => {
    const services = catalog.provider.services;
    const variantIds = [...new Set(services.flatMap((s) => s.variants.map((v) => v.id)))];
    const kinds = new Set(services.flatMap((s) => s.variants.flatMap((v) => v.steps.map((st) => st.kind as string))));
    const firstService = (variantId: string) => services.find((s) => s.variants.some((v) => v.id === variantId))!.id;
    return {
      service: services.map((s) => ({ value: s.id, label: env.service(s.id).short })),
      variant: variantIds.map((id) => ({ value: id, label: env.variant(firstService(id), id).short })),
      step: STEP_KINDS.filter((k) => kinds.has(k)).map((k) => ({ value: k, label: env.stepKind(k).short })),
      channel: catalog.provider.channels.map((c) => ({ value: c, label: env.channel(c).short })),
    } satisfies Record<string, ChipOption[]>;
  }, [catalog, env]);

  const assignees = useMemo<ChipOption[]>(() => {
    const people = (staff.data?.items ?? [])
      .filter((s) => s.active && s.role !== 'admin')
      .map((s) => ({ value: s.id, label: s.name[env.lng], hint: t(`role.${s.role}`) }));
    return [{ value: 'none', label: t('filters.unassigned') }, ...people];
  }, [staff.data, env.lng, t]);

  const clockOptions = useMemo(() => clockStatesFor(filters.tab).map((s) => ({ value: s, label: t(`clock:state.${s}`) })), [filters.tab, t]);
  // One handler per filter, as stable as `onChange` (the screen passes a stable one).
  const set = useMemo(
    () => ({
      service: (v: string[]) => onChange({ service: v }),
      variant: (v: string[]) => onChange({ variant: v }),
      step: (v: string[]) => onChange({ step: v }),
      clock: (v: string[]) => onChange({ clock: v as ClockFilter[] }),
      channel: (v: string[]) => onChange({ channel: v }),
      assignee: (v: string[]) => onChange({ assignee: v }),
    }),
    [onChange],
  );

  return (
    <Group gap="xs" wrap="wrap" align="center">
      <InboxSearch value={filters.q} onSearch={props.onSearch} inputRef={props.searchRef} />
      <FilterChip name="service" label={t('filters.service')} options={options.service} value={filters.service} onChange={set.service} />
      <FilterChip name="variant" label={t('filters.variant')} options={options.variant} value={filters.variant} onChange={set.variant} />
      <FilterChip name="step" label={t('filters.step')} options={options.step} value={filters.step} onChange={set.step} />
      <FilterChip
        name="clock"
        label={t('filters.clock')}
        options={clockOptions}
        value={filters.clock}
        onChange={set.clock}
      />
      <FilterChip name="channel" label={t('filters.channel')} options={options.channel} value={filters.channel} onChange={set.channel} />
      {props.supervisor ? (
        <FilterChip name="assignee" label={t('filters.assignee')} options={assignees} value={filters.assignee} onChange={set.assignee} />
      ) : null}
      <PeriodFilter from={filters.from} to={filters.to} onChange={onChange} now={env.now} timeZone={env.timeZone} />
      {hasNarrowing(filters) ? (
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={props.onReset}>
          {t('filters.reset')}
        </Button>
      ) : null}
    </Group>
  );
});
