import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApplicationListQuery, ApplicationRow } from '../../api/schemas/applications.ts';
import { applicationListQuery } from '../../api/applications.ts';

/** Rows per request: a few screens of a virtualized list (a new list, say per key of the search, costs its first page). */
export const PAGE_SIZE = 100;
/** Open lists refresh on their own (the change feed makes it faster when the backend announces). */
const LIVE_MS = 30_000;

/** One page of a list view (the API's list query with offset and limit). */
export const listPage = (query: ApplicationListQuery, page: number) => ({
  ...applicationListQuery({ ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
  refetchInterval: LIVE_MS,
});

/** How far ahead of the last visible row the next page is fetched. */
const LOOKAHEAD_ROWS = 60;

/**
 * Server paging behind a virtualized table: the first page gives the total; only the pages the
 * visible window touches are observed (fetched, kept fresh, refetched every 30 s), so a
 * 10 000-row list costs a few requests however far the user scrolls or drags.
 */
export function useFirstPage(query: ApplicationListQuery) {
  return useQuery({ ...listPage(query, 0), placeholderData: keepPreviousData });
}

export function useWindowPages(query: ApplicationListQuery, firstIndex: number, lastIndex: number, total: number) {
  const pageNumbers = useMemo(() => {
    if (total <= PAGE_SIZE) return [];
    const last = Math.min(Math.floor((lastIndex + LOOKAHEAD_ROWS) / PAGE_SIZE), Math.floor((total - 1) / PAGE_SIZE));
    const out: number[] = [];
    for (let p = Math.max(1, Math.floor(firstIndex / PAGE_SIZE)); p <= last; p++) out.push(p);
    return out;
  }, [firstIndex, lastIndex, total]);
  const results = useQueries({ queries: pageNumbers.map((p) => listPage(query, p)) });
  const byPage = new Map<number, ApplicationRow[]>();
  pageNumbers.forEach((p, i) => {
    const data = results[i]?.data;
    if (data) byPage.set(p, data.items);
  });
  const failed = results.filter((r) => r.isError && !r.data);
  return {
    byPage,
    failedCount: failed.length,
    retryFailed: () => failed.forEach((r) => void r.refetch()),
  };
}

/** The loaded row at an absolute index, or undefined while its page is on its way. */
export function rowAt(index: number, firstPage: ApplicationRow[] | undefined, byPage: Map<number, ApplicationRow[]>) {
  const page = Math.floor(index / PAGE_SIZE);
  const items = page === 0 ? firstPage : byPage.get(page);
  return items?.[index - page * PAGE_SIZE];
}
