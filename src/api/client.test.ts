/** The typed client against the mock backend: parsed data, ApiError codes, query factories. */
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetMockBackend, server, signInAs } from '../mocks/node.ts';
import { actionMutation, applicationDetailQuery, applicationKeys, applicationListQuery, countersQuery } from './applications.ts';
import { catalogQuery, slaContextOf } from './catalog.ts';
import { ApiError, apiFetch, newIdempotencyKey, setSessionToken } from './client.ts';
import { dashboardQuery } from './dashboard.ts';
import { notificationsQuery } from './notifications.ts';
import { meQuery, signIn, signOut } from './session.ts';
import { staffQuery } from './staff.ts';
import { viewsQuery, createView, deleteView } from './views.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(async () => {
  await resetMockBackend({ size: 120, seed: 4 });
});

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('apiFetch', () => {
  it('maps HTTP failures, network errors and bad bodies to ApiError codes', async () => {
    setSessionToken(null);
    await expect(apiFetch('/api/session/me', { schema: v.unknown() })).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    server.use(http.get('*/api/health', () => HttpResponse.error()));
    await expect(apiFetch('/api/health', { schema: v.unknown() })).rejects.toMatchObject({ status: 0, code: 'network' });
    server.use(http.get('*/api/health', () => HttpResponse.json({ ok: 'yes' })));
    await expect(apiFetch('/api/health', { schema: v.object({ ok: v.literal(true) }) })).rejects.toMatchObject({ code: 'bad_response' });
    server.use(http.get('*/api/health', () => new HttpResponse('<html>', { status: 502 })));
    await expect(apiFetch('/api/health', { schema: v.unknown() })).rejects.toMatchObject({ status: 502, code: 'internal' });
    const e = await apiFetch('/api/nowhere', { schema: v.unknown() }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });

  it('signs in and out with the token kept for later requests', async () => {
    const res = await signIn({ login: 'vko.director' });
    expect(res.me.staff.role).toBe('director');
    const qc = client();
    expect((await qc.fetchQuery(meQuery())).staff.login).toBe('vko.director');
    await signOut();
    await expect(apiFetch('/api/session/me', { schema: v.unknown() })).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe('query factories', () => {
  it('fetch every resource with keys from generic to specific', async () => {
    await signInAs('almaty.head1');
    const qc = client();
    const cat = await qc.fetchQuery(catalogQuery());
    expect(slaContextOf(cat)).toBe(slaContextOf(cat));
    const list = await qc.fetchQuery(applicationListQuery({ tab: 'control', limit: 5 }));
    expect(list.items.length).toBe(5);
    expect(applicationListQuery({ tab: 'control', limit: 5 }).queryKey).toEqual(['applications', 'list', { tab: 'control', limit: 5 }]);
    expect(applicationKeys.detail('x')).toEqual(['applications', 'detail', 'x']);
    const counters = await qc.fetchQuery(countersQuery());
    expect(counters.control).toBe(list.total);
    const detail = await qc.fetchQuery(applicationDetailQuery(list.items[0].id));
    expect(detail.row.id).toBe(list.items[0].id);
    await qc.fetchQuery(staffQuery());
    await qc.fetchQuery(dashboardQuery());
    await qc.fetchQuery(notificationsQuery());
    const view = await createView({ name: 'Просроченные', tab: 'control', filters: { clock: ['overdue'] } });
    expect((await qc.fetchQuery(viewsQuery())).items.map((v) => v.id)).toContain(view.id);
    await deleteView(view.id);
  });

  it('action mutation puts the new card into the cache and refetches after a conflict', async () => {
    await signInAs('almaty.head1');
    const qc = client();
    const list = await qc.fetchQuery(applicationListQuery({ tab: 'control', limit: 1 }));
    const id = list.items[0].id;
    const before = await qc.fetchQuery(applicationDetailQuery(id));
    const m = actionMutation(qc, id);
    const detail = await m.mutationFn!({ action: { type: 'comment', text: 'ok' }, expectedVersion: before.application.version, idempotencyKey: newIdempotencyKey() }, undefined as never);
    await (m.onSuccess as (d: typeof detail) => void)(detail);
    expect(qc.getQueryData(applicationKeys.detail(id))).toEqual(detail);
    const stale = await m.mutationFn!({ action: { type: 'comment', text: 'again' }, expectedVersion: before.application.version, idempotencyKey: newIdempotencyKey() }, undefined as never).catch((e: unknown) => e);
    expect(stale).toMatchObject({ status: 409, code: 'version_conflict' });
    expect((stale as ApiError).details).toMatchObject({ by: { id: 'almaty-head1' }, action: 'comment' });
  });
});
