/**
 * Changes of an application: domain actions, assignment (single and bulk), comments with
 * @mentions (docs/api.md §Actions). Every one goes through the workflow engine.
 */
import { transition } from '../../domain/workflow/engine.ts';
import type { Action, Application } from '../../domain/workflow/types.ts';
import { actionRequestSchema } from '../../api/schemas/action.ts';
import { assignRequestSchema, bulkAssignRequestSchema, commentRequestSchema } from '../../api/schemas/applications.ts';
import { act } from '../backend/act.ts';
import { variantOf } from '../backend/entries.ts';
import { handoverNotifications, mentionNotifications } from '../backend/notifications.ts';
import { actorOf } from '../backend/viewer.ts';
import type { ExtraWrite } from '../store/types.ts';
import { route } from '../http.ts';

export const actionHandlers = [
  route('post', '/api/applications/bulk-assign', { body: bulkAssignRequestSchema }, async ({ b, me, now, body }) => {
    const staff = await b.providerStaff(me.providerId);
    const actor = actorOf(me);
    const results = [];
    for (const id of [...new Set(body.ids)]) {
      const r = await b.store.update<Application, { id: string; ok: boolean; code?: string; version?: number }>('applications', id, (cur) => {
        if (!cur) return { result: { id, ok: false, code: 'not_found' } };
        if (cur.providerId !== me.providerId) return { result: { id, ok: false, code: 'wrong_provider' } };
        const variant = variantOf(cur);
        if (!variant) return { result: { id, ok: false, code: 'not_found' } };
        const t = transition(cur, { type: 'assign', assigneeId: body.assigneeId }, actor, now, { staff, variant });
        if (!t.ok) return { result: { id, ok: false, code: t.code } };
        const extra: ExtraWrite[] = handoverNotifications(t.app, t.event, me.id).map((n) => ({ collection: 'notifications', value: n }));
        return { next: t.app, result: { id, ok: true, version: t.app.version }, extra };
      });
      results.push(r);
    }
    return { body: { results } };
  }),

  route('post', '/api/applications/:id/actions', { body: actionRequestSchema }, async (c) =>
    act(c, c.params.id, c.body.action as Action, { expectedVersion: c.body.expectedVersion }),
  ),

  route('post', '/api/applications/:id/assign', { body: assignRequestSchema }, async (c) =>
    act(c, c.params.id, { type: 'assign', assigneeId: c.body.assigneeId }, { expectedVersion: c.body.expectedVersion, fieldRoot: '' }),
  ),

  route('post', '/api/applications/:id/comments', { body: commentRequestSchema }, async (c) =>
    act(c, c.params.id, { type: 'comment', text: c.body.text }, {
      expectedVersion: c.body.expectedVersion,
      status: 201,
      fieldRoot: '',
      notify: (after, event, staff) => mentionNotifications(after, c.body.text, staff, c.me.id, event.at, event.version),
    }),
  ),
];

