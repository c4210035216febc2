import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** The longest a new list waits for an idle moment to draw its overscan rows. */
const IDLE_MS = 200;

/** Before the scroll box is measured (and in a test DOM without layout): a screenful. */
const FALLBACK_HEIGHT = 800;

export type RowWindow = {
  /** First and last index to draw (inclusive); `last < first` when there is nothing to draw. */
  first: number;
  last: number;
  /** Heights that stand in for the rows above and below the window. */
  padTop: number;
  padBottom: number;
  /** Scrolls the least that shows row `index` whole below the sticky header (`scrollIntoView` 'nearest'). */
  scrollToIndex: (index: number) => void;
};

/** The rows of a window, worked out from the scroll position: pure, for the hook and its tests. */
export function rowWindow(count: number, rowHeight: number, top: number, height: number, overscan: number) {
  if (count <= 0) return { first: 0, last: -1, padTop: 0, padBottom: 0 };
  const firstSeen = Math.min(count - 1, Math.max(0, Math.floor(top / rowHeight)));
  const lastSeen = Math.min(count - 1, Math.max(firstSeen, Math.ceil((top + height) / rowHeight) - 1));
  const first = Math.max(0, firstSeen - overscan);
  const last = Math.min(count - 1, lastSeen + overscan);
  return { first, last, padTop: first * rowHeight, padBottom: (count - 1 - last) * rowHeight };
}

/**
 * Virtual rows of one fixed height in a scroll box whose content starts with a sticky header.
 *
 * A new list (`listKey` changes) is first drawn with only the rows that can be seen; the rows kept
 * ready beyond them (`overscan` on each side, for a fast wheel) follow when the page is idle.
 * A new search result then costs the rows on screen, not a third more. The window follows the
 * scroll box in the scroll event itself (a synchronous render, so a frame never shows blank rows),
 * and only when it crosses a row boundary.
 */
export function useFixedRows(opts: {
  count: number;
  rowHeight: number;
  overscan: number;
  listKey: string;
  /** The scroll box; its table's sticky `thead` covers the top of the rows. */
  scrollRef: RefObject<HTMLElement | null>;
}): RowWindow {
  const { count, rowHeight, overscan, listKey, scrollRef } = opts;
  // The scroll position in whole rows and the box's height: a render only when either changes.
  const [view, setView] = useState({ row: 0, height: FALLBACK_HEIGHT });
  const [readyKey, setReadyKey] = useState<string | null>(null);
  const measure = useCallback(
    (sync: boolean) => {
      const el = scrollRef.current;
      if (!el) return;
      const next = { row: Math.floor(el.scrollTop / rowHeight), height: el.clientHeight || FALLBACK_HEIGHT };
      const update = () => setView((v) => (v.row === next.row && v.height === next.height ? v : next));
      if (sync) flushSync(update);
      else update();
    },
    [scrollRef, rowHeight],
  );

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    measure(false);
    const onScroll = () => measure(true);
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measure(false));
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize?.disconnect();
    };
  }, [scrollRef, measure]);

  // The overscan rows of a new list: once the main thread is idle after its visible rows were
  // painted (at the latest after IDLE_MS), not in the tasks right behind that frame.
  const settled = readyKey === listKey;
  useEffect(() => {
    if (settled) return;
    const ready = () => setReadyKey(listKey);
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(ready, { timeout: IDLE_MS });
      return () => cancelIdleCallback(idle);
    }
    const timer = window.setTimeout(ready, IDLE_MS / 4);
    return () => clearTimeout(timer);
  }, [settled, listKey]);

  // The position is kept in whole rows: the part of a row scrolled past may bring one more row
  // into sight at the bottom, so the window reaches a row further.
  const win = rowWindow(count, rowHeight, view.row * rowHeight, view.height + rowHeight - 1, settled ? overscan : 0);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const head = el.querySelector<HTMLElement>('thead')?.offsetHeight ?? 0;
      const rowTop = index * rowHeight;
      let top = el.scrollTop;
      if (rowTop < top) top = rowTop;
      else if (head + rowTop + rowHeight > top + el.clientHeight) top = head + rowTop + rowHeight - el.clientHeight;
      if (top === el.scrollTop) return;
      el.scrollTop = top;
      // The rows there now, in this same update (the caller focuses one of them next).
      measure(false);
    },
    [scrollRef, rowHeight, measure],
  );

  return { ...win, scrollToIndex };
}
