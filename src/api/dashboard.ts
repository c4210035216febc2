/**
 * Aggregates for department heads and the director (docs/api.md §Dashboard).
 *
 * - `dashboardKeys.all` = ['dashboard']; `.summary()` = ['dashboard','summary']
 * - `dashboardQuery()` → Dashboard `{ byState, byStep, byAssignee, finished, overdue, now }` (403 for other roles)
 */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client.ts';
import { dashboardSchema } from './schemas/dashboard.ts';

export const dashboardKeys = {
  all: ['dashboard'] as const,
  summary: () => [...dashboardKeys.all, 'summary'] as const,
};

export const dashboardQuery = () =>
  queryOptions({
    queryKey: dashboardKeys.summary(),
    queryFn: ({ signal }) => apiFetch('/api/dashboard', { schema: dashboardSchema, signal }),
    staleTime: 15_000,
    refetchInterval: 60_000,
  });
