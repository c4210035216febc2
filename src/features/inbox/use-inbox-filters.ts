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
export function useInboxFilters(options: { tabs: Tab[]; known: KnownIds }) {
  const [params, setParams] = useSearchParams();
  const { tabs, known } = options;
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
  const update = useCallback(
    (patch: Partial<InboxFilters>) => {
      const next = { ...filters, ...patch };
      const onlySearch = Object.keys(patch).length === 1 && 'q' in patch;
      // A search is rendered at once rather than as a transition: its list request starts sooner.
      setParams(toSearchParams(next), { replace: onlySearch, flushSync: onlySearch });
    },
    [filters, setParams],
  );
  const reset = useCallback(() => setParams(toSearchParams(withoutNarrowing(filters))), [filters, setParams]);
  const dismissNotice = useCallback(() => setDropped([]), []);
  return { filters, update, reset, dropped, dismissNotice };
}
