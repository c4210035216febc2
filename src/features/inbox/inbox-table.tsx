import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
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
import { useFixedRows } from './use-fixed-rows';

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
   * scroll to a row can render the table at once (its scroll event renders synchronously), before
   * the new active index is committed, and focusing the old active row then would make it active
   * again.
   */
  const focusTarget = useRef<number | null>(null);
  const finished = query.tab === 'finished';
  const columns = useMemo(() => columnsFor({ selectable: props.selectable, withTake: props.withTake, finished, lng: env.lng }), [props.selectable, props.withTake, finished, env.lng]);

  const queryKey = JSON.stringify(query);
  // Rows drawn beyond the visible ones on each side (once a new list is painted and the page is
  // idle): enough for a fast wheel, few enough to keep every scrolled frame cheap (each row has
  // two live clocks).
  const rows = useFixedRows({ count: total, rowHeight: ROW_HEIGHT, overscan: 6, listKey: queryKey, scrollRef });
  const { first, last } = rows;
  const pages = useWindowPages(query, first, last, total);
  const row = useCallback((i: number) => rowAt(i, props.firstPage, pages.byPage), [props.firstPage, pages.byPage]);

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
      rows.scrollToIndex(next);
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
      rows.scrollToIndex(target);
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
  const selectAll = useStableHandler((selected: boolean) => {
    if (!selected) return onSelectionChange(new Map());
    onSelectionChange(new Map(loaded.slice(0, MAX_SELECTION).map((r) => [r.id, r])));
  });
  const allSelected = loaded.length > 0 && loaded.slice(0, MAX_SELECTION).every((r) => selection.has(r.id));

  const { padTop, padBottom } = rows;
  const indexes = Array.from({ length: last - first + 1 }, (_, i) => first + i);
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
            {indexes.map((index) => {
              const r = row(index);
              if (!r) return <SkeletonRow key={`s${index}`} columns={columns.length} index={index} />;
              return (
                <InboxRow
                  key={r.id}
                  row={r}
                  index={index}
                  env={env}
                  finishedLayout={finished}
                  active={cursorShown && index === active}
                  tabbable={index === active}
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
