/**
 * Live updates between tabs: the browser mock backend announces every write on
 * BroadcastChannel('kz-licensing') as `{ type: 'changed', resource, ids }`.
 *
 * - `subscribeToChanges(cb)` → unsubscribe; `cb(message)` for each change (no-op where
 *   BroadcastChannel is missing)
 * - `invalidateOnChanges(queryClient)` → unsubscribe; marks the matching queries stale
 *   (applications → lists, counters, the changed cards, dashboard; staff/settings → catalog, …)
 */
import type { QueryClient } from '@tanstack/react-query';
import { adminKeys } from './admin.ts';
import { applicationKeys } from './applications.ts';
import { catalogKeys } from './catalog.ts';
import { dashboardKeys } from './dashboard.ts';
import { notificationKeys } from './notifications.ts';
import { sessionKeys } from './session.ts';
import { staffKeys } from './staff.ts';
import { viewKeys } from './views.ts';

export const CHANGES_CHANNEL = 'kz-licensing';

export type ChangeResource = 'applications' | 'staff' | 'sessions' | 'views' | 'notifications' | 'idempotency' | 'settings' | 'all';
export type ChangeMessage = { type: 'changed'; resource: ChangeResource; ids: string[] };

export function subscribeToChanges(cb: (message: ChangeMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (e: MessageEvent<ChangeMessage>) => {
    if (e.data && e.data.type === 'changed') cb(e.data);
  };
  return () => channel.close();
}

export function invalidateOnChanges(queryClient: QueryClient): () => void {
  return subscribeToChanges((m) => {
    const inv = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
    switch (m.resource) {
      case 'applications':
        inv(applicationKeys.lists());
        inv(applicationKeys.counters());
        inv(dashboardKeys.all);
        inv(staffKeys.all);
        if (m.ids.length === 0) inv(applicationKeys.details());
        for (const id of m.ids) inv(applicationKeys.detail(id));
        break;
      case 'notifications':
        inv(notificationKeys.all);
        break;
      case 'views':
        inv(viewKeys.all);
        break;
      case 'settings':
        inv(catalogKeys.all);
        inv(adminKeys.all);
        inv(sessionKeys.all);
        break;
      case 'staff':
        inv(staffKeys.all);
        break;
      case 'all':
        void queryClient.invalidateQueries();
        break;
      default:
        break;
    }
  });
}
