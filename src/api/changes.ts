/**
 * Live updates: the backend's change feed, `{ type: 'changed', resource, ids }` for every write,
 * this tab's and other tabs' or users' alike. Whatever carries the feed announces each message here
 * (the browser mock backend, `src/mocks/browser.ts`: its store's changes, another tab's once this
 * tab's backend has read them; a real server's push channel would do the same), and the screens
 * subscribe.
 *
 * - `announceChange(message)` → delivers `message` to the subscribers, in a task of its own (as a
 *   message from a push channel arrives: after the answer of the request that made the change)
 * - `subscribeToChanges(cb)` → unsubscribe; `cb(message)` for each change
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

export type ChangeResource = 'applications' | 'staff' | 'sessions' | 'views' | 'notifications' | 'idempotency' | 'settings' | 'all';
export type ChangeMessage = { type: 'changed'; resource: ChangeResource; ids: string[] };

const subscribers = new Set<(message: ChangeMessage) => void>();

export function announceChange(message: ChangeMessage): void {
  setTimeout(() => {
    for (const cb of subscribers) cb(message);
  }, 0);
}

export function subscribeToChanges(cb: (message: ChangeMessage) => void): () => void {
  subscribers.add(cb);
  return () => subscribers.delete(cb);
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
