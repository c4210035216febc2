import { notificationsStore, useNotifications } from '@mantine/notifications';
import { lazyModule, WhenUsed } from '../shared/on-demand';

const NOTIFICATIONS = { position: 'top-right', limit: 4 } as const;
// Until the stack is loaded, notifications wait in the store, distributed as the stack will show them.
notificationsStore.updateState((state) => ({ ...state, defaultPosition: NOTIFICATIONS.position, limit: NOTIFICATIONS.limit }));
const notificationStack = lazyModule(() => import('./notifications-module'));

/**
 * The notification stack of the page frame. It is not needed to show the first screen: it loads
 * once that screen has settled (with its data), and mounts with the first notification (none is
 * lost: the store keeps those shown before).
 */
export function NotificationStack() {
  const { notifications, queue } = useNotifications();
  return (
    <WhenUsed module={notificationStack} when={notifications.length + queue.length > 0}>
      {({ Notifications }) => <Notifications {...NOTIFICATIONS} />}
    </WhenUsed>
  );
}
