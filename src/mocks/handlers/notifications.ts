/** Notifications per user (docs/api.md §Notifications). */
import { markReadRequestSchema } from '../../api/schemas/notifications.ts';
import type { NotificationRecord } from '../backend/notifications.ts';
import { personRef } from '../backend/rows.ts';
import type { Backend } from '../backend/runtime.ts';
import { route } from '../http.ts';

const LIMIT = 100;

async function mine(b: Backend, staffId: string): Promise<NotificationRecord[]> {
  const all = await b.store.list<NotificationRecord>('notifications');
  return all.filter((n) => n.staffId === staffId).sort((a, x) => x.at.localeCompare(a.at));
}

export const notificationHandlers = [
  route('get', '/api/notifications', {}, async ({ b, me }) => {
    const list = await mine(b, me.id);
    const items = [];
    for (const n of list.slice(0, LIMIT)) {
      const by = n.byId ? await b.staffMember(n.byId) : undefined;
      items.push({
        id: n.id,
        kind: n.kind,
        applicationId: n.applicationId,
        regNo: n.regNo,
        at: n.at,
        by: personRef(by),
        read: n.read,
        ...(n.text ? { text: n.text } : {}),
      });
    }
    return { body: { items, unread: list.filter((n) => !n.read).length } };
  }),

  route('post', '/api/notifications/read', { body: markReadRequestSchema }, async ({ b, me, body }) => {
    const list = await mine(b, me.id);
    const ids = 'ids' in body ? new Set(body.ids) : null;
    const changed = list.filter((n) => !n.read && (ids === null || ids.has(n.id))).map((n) => ({ ...n, read: true }));
    if (changed.length) await b.store.putMany('notifications', changed);
    return { body: { unread: list.filter((n) => !n.read).length - changed.length } };
  }),
];
