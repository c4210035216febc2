import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconKeyboard } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApplicationRow, Tab } from '../../api/schemas/applications.ts';
import type { CatalogResponse } from '../../api/schemas/catalog.ts';
import type { Me } from '../../api/schemas/session.ts';
import { formatNumber } from '../../shared/format-date';
import { IconButton } from '../../shared/icon-button';
import { LazyTip, useLazyTip } from '../../shared/lazy-tip';
import { lazyModule, WhenUsed } from '../../shared/on-demand';
import { useStableHandler } from '../../shared/use-stable-handler';
import { countersQuery } from '../../api/applications.ts';
import { staffQuery } from '../../api/staff.ts';
import { ControlStateFilter } from './control-state-filter';
import { useInboxEnv } from './inbox-env';
import { InboxFilterBar } from './inbox-filter-bar';
import { defaultSort, hasNarrowing, toListQuery, type InboxFilters } from './inbox-search-params';
import { EmptyInbox, ListError, ListSkeleton, useSlow } from './inbox-states';
import { cardPath } from './inbox-row';
import { InboxTable, type InboxTableHandle } from './inbox-table';
import { InboxTabs } from './inbox-tabs';
import { SavedViewsMenu } from './saved-views-menu';
import { SelectionBar } from './selection-bar';
import { listPage, useFirstPage } from './use-list-pages';
import { useInboxFilters } from './use-inbox-filters';
import { useInboxKeyboard } from './use-inbox-keyboard';
import { useInboxTitle } from './use-inbox-title';
import { useNow } from './use-now';
import { useServerOffset } from './use-server-offset';
import { clockStatesFor } from './inbox-filter-bar';

const SUPERVISORS = new Set(['department_head', 'director']);

/** Dialogs (Modal, scroll lock, focus trap) are not needed to show the inbox: they load on first use. */
const shortcutsDialog = lazyModule(() => import('./shortcuts-dialog'));
const bulkAssignModal = lazyModule(() => import('./bulk-assign-modal'));

/** The inbox of a signed-in staff member (catalog and session are loaded). */
export function InboxScreen({ me, catalog }: { me: Me; catalog: CatalogResponse }) {
  const { t, i18n } = useTranslation('inbox');
  const navigate = useNavigate();
  // Heads and the director oversee their provider; so does whoever acts for one of them now.
  const supervisor = SUPERVISORS.has(me.staff.role) || me.actingFor.some((s) => SUPERVISORS.has(s.absent.role));
  const tabs = useMemo<Tab[]>(() => (supervisor ? ['my', 'queue', 'control', 'finished'] : ['my', 'queue', 'finished']), [supervisor]);
  const staff = useQuery({ ...staffQuery(), enabled: supervisor });
  const known = useMemo(() => {
    const services = catalog.provider.services;
    return {
      service: new Set(services.map((s) => s.id)),
      variant: new Set(services.flatMap((s) => s.variants.map((v) => v.id))),
      assignee: staff.data ? new Set(staff.data.items.map((s) => s.id)) : undefined,
    };
  }, [catalog, staff.data]);
  const queryClient = useQueryClient();
  // The new list is asked for at the moment of the change (a keystroke in the search), not after
  // the address and the screen have been updated: the answer is on its way while they render.
  const onNavigate = useCallback((next: InboxFilters) => void queryClient.prefetchQuery(listPage(toListQuery(next), 0)), [queryClient]);
  const { filters, update, preview, reset, dropped, dismissNotice } = useInboxFilters({ tabs, known, onNavigate });
  const query = useMemo(() => toListQuery(filters), [filters]);
  const counters = useQuery({ ...countersQuery(), refetchInterval: 30_000 });
  const first = useFirstPage(query);
  const serverOffset = useServerOffset(first.isPlaceholderData ? undefined : first.data?.now, first.dataUpdatedAt);
  const now = useNow(60_000, serverOffset);
  const env = useInboxEnv(catalog, now, me.staff.id);
  useInboxTitle(counters.data?.my);

  const [selection, setSelection] = useState<Map<string, ApplicationRow>>(() => new Map());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const helpTip = useLazyTip<HTMLButtonElement>(0);
  const tableRef = useRef<InboxTableHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const open = useCallback((row: ApplicationRow) => navigate(cardPath(row)), [navigate]);
  useInboxKeyboard({
    next: () => tableRef.current?.move(1),
    previous: () => tableRef.current?.move(-1),
    open: () => tableRef.current?.openActive(),
    search: () => searchRef.current?.focus(),
    help: () => setHelpOpen(true),
  });

  const change = (patch: Partial<InboxFilters>) => {
    setSelection(new Map());
    update(patch);
  };
  const changeTab = (tab: Tab) => {
    const allowed = clockStatesFor(tab);
    const was = defaultSort(filters.tab);
    const keepSort = filters.sort !== was.sort || filters.dir !== was.dir;
    change({ tab, clock: filters.clock.filter((c) => allowed.includes(c)), ...(keepSort ? {} : defaultSort(tab)) });
  };
  // Stable handlers: the bar, the tabs and the table are memoized and skip the screen's renders
  // that change nothing of theirs (fetching flags, counters, the answer of a search).
  const onChange = useStableHandler(change);
  const onReset = useStableHandler(reset);
  // A search changes the address once its list is at hand (or known to have failed), so the
  // screen is drawn once per key, with the new rows, instead of once waiting and once with them.
  // Only the latest text is applied; a list already in the cache, even a stale one, is shown at once.
  const latestSearch = useRef<string | null>(null);
  const applySearch = useStableHandler((q: string) => change({ q }));
  const onSearch = useStableHandler(async (q: string) => {
    latestSearch.current = q;
    const options = listPage(toListQuery(preview({ q })), 0);
    if (queryClient.getQueryData(options.queryKey) === undefined) await queryClient.prefetchQuery(options);
    // Drawn at once, in this task, rather than in one the scheduler picks.
    if (latestSearch.current === q) flushSync(() => applySearch(q));
  });
  const onTab = useStableHandler(changeTab);
  const onSort = useStableHandler((sort: InboxFilters['sort'], dir: InboxFilters['dir']) => change({ sort, dir }));
  const onClockState = useStableHandler((clock: InboxFilters['clock']) => change({ clock, clockOf: 'service' }));
  const selectable = supervisor && filters.tab !== 'finished';
  // Take is offered where the step is my role's own (heads distribute specialists' work instead).
  const canTake = useCallback(
    (row: ApplicationRow) => row.step !== null && row.step.role === me.staff.role && (row.step.tier === undefined || row.step.tier === me.staff.tier),
    [me.staff.role, me.staff.tier],
  );
  const slow = useSlow(first.isFetching);
  const total = first.data?.total ?? 0;

  let body;
  if (first.data && total > 0) {
    body = (
      <InboxTable
        query={query}
        firstPage={first.data.items}
        total={total}
        env={env}
        sort={filters.sort}
        dir={filters.dir}
        onSort={onSort}
        selectable={selectable}
        withTake={filters.tab === 'queue'}
        canTake={canTake}
        selection={selection}
        onSelectionChange={setSelection}
        onOpen={open}
        handleRef={tableRef}
      />
    );
  } else if (first.data) {
    body = <EmptyInbox tab={filters.tab} narrowed={hasNarrowing(filters)} q={filters.q} onReset={onReset} />;
  } else if (first.isError) {
    body = <ListError error={first.error} retrying={first.isFetching} onRetry={() => void first.refetch()} />;
  } else {
    body = <ListSkeleton slow={slow} />;
  }

  return (
    <Stack gap="sm" className="inbox-page" h="calc(100dvh - var(--app-header-height) - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Title order={2} size="h3">
          {t('title')}
        </Title>
        <Group gap="xs" wrap="nowrap">
          {/* While the previous list stands in for the new one (a background refresh shows nothing). */}
          {first.isPlaceholderData ? <Loader size="xs" aria-label={t('state.refreshing')} /> : null}
          {first.data ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('found', { count: total, n: formatNumber(total, i18n.language) })}
            </Text>
          ) : null}
          {slow && first.data ? (
            <Text size="sm" c="orange.8">
              {t('state.slow')}
            </Text>
          ) : null}
          <SavedViewsMenu filters={filters} />
          <IconButton ref={helpTip.ref} {...helpTip.handlers} aria-label={t('shortcuts.title')} onClick={() => setHelpOpen(true)}>
            <IconKeyboard size={18} aria-hidden />
          </IconButton>
          <LazyTip tip={helpTip} label={t('shortcuts.title')} />
        </Group>
      </Group>
      {dropped.length > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} withCloseButton closeButtonLabel={t('notice.close')} onClose={dismissNotice} title={t('notice.title')}>
          {t('notice.text', { keys: dropped.map((k) => t(`notice.key.${k}`, { defaultValue: k })).join(', ') })}
        </Alert>
      ) : null}
      <InboxTabs value={filters.tab} tabs={tabs} counters={counters.data} onChange={onTab} />
      <InboxFilterBar filters={filters} onChange={onChange} onSearch={onSearch} onReset={onReset} catalog={catalog} env={env} supervisor={supervisor} searchRef={searchRef} />
      {filters.tab === 'control' ? <ControlStateFilter value={filters.clock} onChange={onClockState} /> : null}
      {selection.size > 0 ? <SelectionBar count={selection.size} onAssign={() => setBulkOpen(true)} onClear={() => setSelection(new Map())} /> : null}
      {body}
      <WhenUsed module={shortcutsDialog} when={helpOpen}>
        {({ ShortcutsDialog }) => <ShortcutsDialog opened={helpOpen} onClose={() => setHelpOpen(false)} />}
      </WhenUsed>
      <WhenUsed module={bulkAssignModal} when={bulkOpen}>
        {({ BulkAssignModal }) => (
          <BulkAssignModal
            opened={bulkOpen}
            rows={[...selection.values()]}
            tier={me.staff.tier}
            onClose={(succeeded) => {
              setBulkOpen(false);
              if (succeeded.length) setSelection((prev) => new Map([...prev].filter(([id]) => !succeeded.includes(id))));
            }}
          />
        )}
      </WhenUsed>
    </Stack>
  );
}
