import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Tab } from '../../api/schemas/applications.ts';
import {
  DEFAULT_FILTERS,
  parseInboxSearch,
  toSearchParams,
  withoutNarrowing,
  type InboxFilters,
  type KnownIds,
} from './inbox-search-params';

/**
 * The view of the inbox as read from (and written to) the address. A malformed address falls
 * back to what could be understood: the address is rewritten and `dropped` says what was reset.
 */
export function useInboxFilters(options: { tabs: Tab[]; known: KnownIds; onNavigate?: (next: InboxFilters) => void }) {
  const [params, setParams] = useSearchParams();
  const { tabs, known, onNavigate } = options;
  const parsed = useMemo(() => {
    const result = parseInboxSearch(params, known);
    if (!tabs.includes(result.filters.tab)) {
      return { filters: { ...result.filters, tab: DEFAULT_FILTERS.tab }, dropped: [...result.dropped, 'tab'] };
    }
    return result;
  }, [params, known, tabs]);
  const [dropped, setDropped] = useState<string[]>([]);

  const droppedKey = parsed.dropped.join(',');
  useEffect(() => {
    if (!droppedKey) return;
    setDropped((prev) => [...new Set([...prev, ...droppedKey.split(',')])]);
    setParams(toSearchParams(parsed.filters), { replace: true });
  }, [droppedKey, parsed.filters, setParams]);

  const { filters } = parsed;
  /** The view a change would give, as read back from the address it writes. */
  const preview = useCallback((patch: Partial<InboxFilters>) => parseInboxSearch(toSearchParams({ ...filters, ...patch }), known).filters, [filters, known]);
  const go = useCallback(
    (next: URLSearchParams, opts?: { replace: boolean }) => {
      // The view as the address will give it back, before the router and React have done their part.
      onNavigate?.(parseInboxSearch(next, known).filters);
      setParams(next, opts);
    },
    [setParams, onNavigate, known],
  );
  const update = useCallback(
    (patch: Partial<InboxFilters>) => {
      const onlySearch = Object.keys(patch).length === 1 && 'q' in patch;
      // A search does not pile up history (every navigation renders at once: see main.tsx).
      go(toSearchParams({ ...filters, ...patch }), { replace: onlySearch });
    },
    [filters, go],
  );
  const reset = useCallback(() => go(toSearchParams(withoutNarrowing(filters))), [filters, go]);
  const dismissNotice = useCallback(() => setDropped([]), []);
  return { filters, update, preview, reset, dropped, dismissNotice };
}
