/**
 * Saved views of the signed-in user (docs/api.md §Views).
 *
 * - `viewKeys.all` = ['views']; `.list()` = ['views','list']
 * - `viewsQuery()` → `{ items: SavedView[] }`
 * - `createView({ name, tab, filters })` → SavedView;  `deleteView(id)` → void
 * - `createViewMutation(queryClient)`, `deleteViewMutation(queryClient)` (invalidate the list)
 */
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiFetch } from './client.ts';
import { savedViewListSchema, savedViewSchema, type CreateViewRequest } from './schemas/views.ts';

export const viewKeys = {
  all: ['views'] as const,
  list: () => [...viewKeys.all, 'list'] as const,
};

export const viewsQuery = () =>
  queryOptions({
    queryKey: viewKeys.list(),
    queryFn: ({ signal }) => apiFetch('/api/views', { schema: savedViewListSchema, signal }),
    staleTime: 60_000,
  });

export const createView = (body: CreateViewRequest) => apiFetch('/api/views', { method: 'POST', body, schema: savedViewSchema });

export const deleteView = async (id: string): Promise<void> => {
  await apiFetch(`/api/views/${encodeURIComponent(id)}`, { method: 'DELETE', schema: v.unknown() });
};

export const createViewMutation = (queryClient: QueryClient) =>
  mutationOptions({ mutationFn: createView, onSettled: () => queryClient.invalidateQueries({ queryKey: viewKeys.all }) });

export const deleteViewMutation = (queryClient: QueryClient) =>
  mutationOptions({ mutationFn: deleteView, onSettled: () => queryClient.invalidateQueries({ queryKey: viewKeys.all }) });
