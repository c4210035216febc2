import * as v from 'valibot';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiFetch } from '../../api/client.ts';
import { applicationDetailSchema, applicationListSchema, countersSchema } from '../../api/schemas/applications.ts';
import { catalogResponseSchema } from '../../api/schemas/catalog.ts';
import { demoUsersSchema, meSchema, staffListSchema } from '../../api/schemas/session.ts';
import { dashboardSchema } from '../../api/schemas/dashboard.ts';
import { resetMockBackend, server } from '../node.ts';
import { as, raw } from './helpers.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetMockBackend({ size: 200, seed: 7 });
});

describe('mock backend smoke', () => {
  it('answers health and unknown paths', async () => {
    expect((await raw('GET', '/api/health')).body).toEqual({ ok: true });
    const r = await raw('GET', '/api/nope');
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('not_found');
  });

  it('lists demo users and signs in by login', async () => {
    const users = v.parse(demoUsersSchema, (await raw('GET', '/api/session/demo-users')).body);
    expect(users.providers).toHaveLength(5);
    const total = users.providers.reduce((n, p) => n + p.staff.length, 0);
    expect(total).toBeGreaterThanOrEqual(45);
    const r = await raw('POST', '/api/session', { body: { login: 'almaty.specialist1' } });
    expect(r.status).toBe(201);
    const me = v.parse(meSchema, (await raw('GET', '/api/session/me', { token: r.body.token })).body);
    expect(me.staff.login).toBe('almaty.specialist1');
    expect((await raw('GET', '/api/session/me')).status).toBe(401);
  });

  it('refuses a token once its session is signed out, though the session was just used', async () => {
    const token = await as('almaty.specialist1');
    expect((await raw('GET', '/api/applications?tab=my&limit=1', { token })).status).toBe(200);
    expect((await raw('DELETE', '/api/session', { token })).status).toBe(204);
    expect((await raw('GET', '/api/applications?tab=my&limit=1', { token })).status).toBe(401);
  });

  it('serves catalog, staff, list, counters, detail for a signed-in user', async () => {
    await as('almaty.head1');
    const cat = await apiFetch('/api/catalog', { schema: catalogResponseSchema });
    expect(cat.provider.id).toBe('almaty-gasc-2016');
    const staff = await apiFetch('/api/staff', { schema: staffListSchema });
    expect(staff.items.every((s) => s.providerId === 'almaty-gasc-2016')).toBe(true);
    const counters = await apiFetch('/api/applications/counters', { schema: countersSchema });
    expect(counters.control).toBeGreaterThan(0);
    const list = await apiFetch('/api/applications', { schema: applicationListSchema, query: { tab: 'control', limit: 20 } });
    expect(list.total).toBe(counters.control);
    expect(list.items.length).toBeGreaterThan(0);
    const detail = await apiFetch(`/api/applications/${list.items[0].id}`, { schema: applicationDetailSchema });
    expect(detail.application.id).toBe(list.items[0].id);
    await apiFetch('/api/dashboard', { schema: dashboardSchema });
  });
});
