/**
 * Staff of my provider with load and on-time share (docs/api.md §Staff).
 *
 * - `staffKeys.all` = ['staff']; `.list()` = ['staff','list']
 * - `staffQuery()` → StaffList `{ items: [{ id, name, role, tier?, login, load, finishedSteps, onTimeShare }] }`
 */
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client.ts';
import { staffListSchema } from './schemas/session.ts';

export const staffKeys = {
  all: ['staff'] as const,
  list: () => [...staffKeys.all, 'list'] as const,
};

export const staffQuery = () =>
  queryOptions({
    queryKey: staffKeys.list(),
    queryFn: ({ signal }) => apiFetch('/api/staff', { schema: staffListSchema, signal }),
    staleTime: 60_000,
  });
