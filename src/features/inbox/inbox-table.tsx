import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationListQuery, ApplicationRow } from '../../api/schemas/applications.ts';
import { columnsFor, InboxTableHead } from './inbox-table-head';
import type { InboxEnv } from './inbox-env';
import { InboxRow, SkeletonRow } from './inbox-row';
import type { SortDir, SortField } from './inbox-search-params';
import { rowAt, useWindowPages } from './use-list-pages';
import { PageRetry } from './inbox-states';
import classes from './inbox-table.module.css';
import { useStableHandler } from '../../shared/use-stable-handler';

export const ROW_HEIGHT = 44;
/** Bulk actions take at most this many applications at once (the API's limit). */
export const MAX_SELECTION = 500;

export type InboxTableHandle = { move: (delta: number) => void; openActive: () => void; focusActive: () => void };

export type InboxTableProps = {
  query: ApplicationListQuery;
  firstPage: ApplicationRow[];
  total: number;
  env: InboxEnv;
  sort: SortField;
  dir: SortDir;
  onSort: (sort: SortField, dir: SortDir) => void;
  selectable: boolean;
  withTake: boolean;
  canTake: (row: ApplicationRow) => boolean;
  selection: ReadonlyMap<string, ApplicationRow>;
  onSelectionChange: (next: Map<string, ApplicationRow>) => void;
  onOpen: (row: ApplicationRow) => void;
  handleRef?: Ref<InboxTableHandle>;
};

/** The inbox list: sticky header, virtualized 44-px rows, pages fetched as the user scrolls. */
export function InboxTable(props: InboxTableProps) {
  const { t } = useTranslation('inbox');
  const { query, total, env, selection, onSelectionChange, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // The row cursor shows once the user moves it (keys or focus), not on a fresh list.
  const [cursorShown, setCursorShown] = useState(false);
  /**
   * The row to focus once it is drawn. The index itself, not a flag for "the active row": the
   * scroll to a row renders the table at once (the virtualizer's flushSync), before the new active
   * index is committed, and focusing the old active row then would make it active again.
   */
  const focusTarget = useRef<number | null>(null);
  const finished = query.tab === 'finished';
  const columns = columnsFor({ selectable: props.selectable, withTake: props.withTake, finished, lng: env.lng });

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows mounted beyond the visible ones on each side: enough for a fast wheel, few enough to
    // keep a new list and every scrolled frame cheap (each row has two live clocks).
    overscan: 6,
    initialRect: { width: 1200, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const pages = useWindowPages(query, first, last, total);
  const row = useCallback((i: number) => rowAt(i, props.firstPage, pages.byPage), [props.firstPage, pages.byPage]);

  const queryKey = JSON.stringify(query);
  // Whether the list is scrolled, noted as it scrolls: asking the element (scrollTop) right after
  // a new list is drawn would make the browser lay the page out there and then.
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current) scrollRef.current?.scrollTo({ top: 0 });
    setActive(0);
    setCursorShown(false);
  }, [queryKey]);

  useEffect(() => {
    if (focusTarget.current === null) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${focusTarget.current}"]`);
    if (el) {
      focusTarget.current = null;
      el.focus({ preventScroll: true });
    }
  });

  useImperativeHandle(props.handleRef, () => ({
    move: (delta) => {
      const next = Math.max(0, Math.min(total - 1, active + delta));
      focusTarget.current = next;
      setCursorShown(true);
      setActive(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    openActive: () => {
      const r = row(active);
      if (r) onOpen(r);
    },
    focusActive: () => {
      const target = Math.min(active, Math.max(0, total - 1));
      focusTarget.current = target;
      setCursorShown(true);
      setActive(target);
      virtualizer.scrollToIndex(target, { align: 'auto' });
    },
  }));

  const activate = useCallback((index: number) => {
    setActive(index);
    setCursorShown(true);
  }, []);
  // Stable, so ticking one row does not re-render every other row.
  const onSelect = useStableHandler((r: ApplicationRow, selected: boolean) => {
    const next = new Map(selection);
    if (selected && next.size < MAX_SELECTION) next.set(r.id, r);
    else next.delete(r.id);
    onSelectionChange(next);
  });
  const loaded = [...props.firstPage, ...[...pages.byPage.values()].flat()];
  const selectAll = (selected: boolean) => {
    if (!selected) return onSelectionChange(new Map());
    onSelectionChange(new Map(loaded.slice(0, MAX_SELECTION).map((r) => [r.id, r])));
  };
  const allSelected = loaded.length > 0 && loaded.slice(0, MAX_SELECTION).every((r) => selection.has(r.id));

  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      {pages.failedCount > 0 ? <PageRetry onRetry={pages.retryFailed} /> : null}
      <div
        ref={scrollRef}
        className={classes.scroller}
        data-testid="inbox-scroller"
        onScroll={(e) => {
          scrolled.current = e.currentTarget.scrollTop > 0;
        }}
      >
        <table className={classes.table} aria-rowcount={total + 1} aria-label={t('table.label')}>
          <InboxTableHead
            columns={columns}
            sort={props.sort}
            dir={props.dir}
            onSort={props.onSort}
            allSelected={allSelected}
            someSelected={selection.size > 0}
            onSelectAll={selectAll}
          />
          <tbody>
            {padTop > 0 ? <Spacer height={padTop} columns={columns.length} /> : null}
            {items.map((item) => {
              const r = row(item.index);
              if (!r) return <SkeletonRow key={`s${item.index}`} columns={columns.length} index={item.index} />;
              return (
                <InboxRow
                  key={r.id}
                  row={r}
                  index={item.index}
                  env={env}
                  finishedLayout={finished}
                  active={cursorShown && item.index === active}
                  tabbable={item.index === active}
                  selectable={props.selectable}
                  selected={selection.has(r.id)}
                  withTake={props.withTake}
                  canTake={props.withTake && props.canTake(r)}
                  onSelect={onSelect}
                  onOpen={onOpen}
                  onActivate={activate}
                />
              );
            })}
            {padBottom > 0 ? <Spacer height={padBottom} columns={columns.length} /> : null}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Stands in for the rows above or below the visible window. */
function Spacer(props: { height: number; columns: number }) {
  return (
    <tr aria-hidden className={classes.spacer}>
      <td colSpan={props.columns} style={{ height: props.height }} />
    </tr>
  );
}
