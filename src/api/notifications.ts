/**
 * Notifications of the signed-in user (docs/api.md §Notifications).
 *
 * - `notificationKeys.all` = ['notifications']; `.list()` = ['notifications','list']
 * - `notificationsQuery()` → `{ items: NotificationDto[], unread }` (polls every 30 s)
 * - `markNotificationsRead({ ids } | { all: true })` → `{ unread }`
 * - `markReadMutation(queryClient)`
 */
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from './client.ts';
import { markReadResponseSchema, notificationListSchema } from './schemas/notifications.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
};

export const notificationsQuery = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) => apiFetch('/api/notifications', { schema: notificationListSchema, signal }),
    staleTime: 15_000,
    refetchInterval: 30_000,
  });

export const markNotificationsRead = (body: { ids: string[] } | { all: true }) =>
  apiFetch('/api/notifications/read', { method: 'POST', body, schema: markReadResponseSchema });

export const markReadMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: markNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
