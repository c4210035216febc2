/** Fault injection and latency: failures before/after the change is stored, and how retries behave. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, apiFetch } from '../../api/client.ts';
import { applicationDetailSchema } from '../../api/schemas/applications.ts';
import type { Application } from '../../domain/workflow/types.ts';
import { variantOf } from '../backend/entries.ts';
import { mockBackend, resetMockBackend, server } from '../node.ts';
import { allApps, as, raw, storedApp } from './helpers.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetMockBackend({ size: 60, seed: 9 });
});
afterEach(async () => {
  await raw('POST', '/api/__demo/faults', { body: { rate: 0 } });
  await raw('POST', '/api/__demo/latency', { body: { ms: 0 } });
});

async function takeable(): Promise<{ app: Application; login: string }> {
  const staff = await mockBackend().staff();
  for (const app of await allApps()) {
    if (app.status !== 'in_progress' || app.assigneeId !== null) continue;
    const step = variantOf(app)!.steps.find((s) => s.id === app.currentStepId)!;
    const m = staff.find((s) => s.providerId === app.providerId && s.role === step.role && s.tier === step.tier);
    if (m) return { app, login: m.login };
  }
  throw new Error('nothing to take');
}

describe('faults', () => {
  it('fails before storing: nothing changes, and a retry acts once', async () => {
    const { app, login } = await takeable();
    const token = await as(login);
    await raw('POST', '/api/__demo/faults', { body: { rate: 1, phase: 'before', kinds: ['503'] } });
    const body = { action: { type: 'take' }, expectedVersion: app.version, idempotencyKey: 'fault-before-1' };
    const r = await raw('POST', `/api/applications/${app.id}/actions`, { token, body });
    expect([r.status, r.body.code]).toEqual([503, 'unavailable']);
    expect((await storedApp(app.id)).version).toBe(app.version);
    await raw('POST', '/api/__demo/faults', { body: { rate: 0 } });
    const ok = await raw('POST', `/api/applications/${app.id}/actions`, { token, body });
    expect(ok.status).toBe(200);
    expect((await storedApp(app.id)).version).toBe(app.version + 1);
  });

  it('fails after storing: the retry with the same key gets the stored result, not a conflict', async () => {
    const { app, login } = await takeable();
    const token = await as(login);
    await raw('POST', '/api/__demo/faults', { body: { rate: 1, phase: 'after', kinds: ['500'] } });
    const body = { action: { type: 'take' }, expectedVersion: app.version, idempotencyKey: 'fault-after-1' };
    const r = await raw('POST', `/api/applications/${app.id}/actions`, { token, body });
    expect([r.status, r.body.code]).toEqual([500, 'internal']);
    expect((await storedApp(app.id)).version).toBe(app.version + 1);
    await raw('POST', '/api/__demo/faults', { body: { rate: 0 } });
    const retry = await raw('POST', `/api/applications/${app.id}/actions`, { token, body });
    expect(retry.status).toBe(200);
    expect(retry.body.application.version).toBe(app.version + 1);
    // Without the key the retry is a new request and conflicts.
    const fresh = await raw('POST', `/api/applications/${app.id}/actions`, { token, body: { ...body, idempotencyKey: undefined } });
    expect([fresh.status, fresh.body.code]).toEqual([409, 'version_conflict']);
    expect((await storedApp(app.id)).version).toBe(app.version + 1);
  });

  it('fails after storing only what was stored: a refusal keeps its own answer', async () => {
    const { app, login } = await takeable();
    const token = await as(login);
    await raw('POST', '/api/__demo/faults', { body: { rate: 1, phase: 'after', kinds: ['500'] } });
    const stale = { action: { type: 'take' }, expectedVersion: app.version - 1, idempotencyKey: 'fault-after-refused' };
    const r = await raw('POST', `/api/applications/${app.id}/actions`, { token, body: stale });
    expect([r.status, r.body.code]).toEqual([409, 'version_conflict']);
    expect((await storedApp(app.id)).version).toBe(app.version);
  });

  it('times out: the client reports timeout, the store is unchanged', async () => {
    const { app, login } = await takeable();
    await as(login);
    await raw('POST', '/api/__demo/faults', { body: { rate: 1, phase: 'before', kinds: ['timeout'], timeoutMs: 2000 } });
    const err = await apiFetch(`/api/applications/${app.id}`, { schema: applicationDetailSchema, timeoutMs: 150 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('timeout');
    expect((await storedApp(app.id)).version).toBe(app.version);
  });

  it('fails roughly the configured share of requests and never the demo controls', async () => {
    const token = await as('almaty.head1');
    await raw('POST', '/api/__demo/faults', { body: { rate: 0.5, phase: 'random', kinds: ['500', '503'] } });
    let failed = 0;
    for (let i = 0; i < 200; i++) {
      const r = await raw('GET', '/api/applications/counters', { token });
      if (r.status >= 500) failed++;
      else expect(r.status).toBe(200);
    }
    // GETs fail only in the 'before' half of random phases: about a quarter.
    expect(failed).toBeGreaterThan(20);
    expect(failed).toBeLessThan(90);
    for (let i = 0; i < 20; i++) expect((await raw('GET', '/api/__demo/settings')).status).toBe(200);
  });

  it('adds latency and moves the server clock', async () => {
    const token = await as('almaty.head1');
    await raw('POST', '/api/__demo/latency', { body: { ms: 120 } });
    const t0 = Date.now();
    await raw('GET', '/api/applications/counters', { token });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(100);
    const s = await raw('POST', '/api/__demo/clock', { body: { advanceMs: 86_400_000 } });
    expect(Math.abs(Date.parse(s.body.now) - (Date.now() + 86_400_000))).toBeLessThan(5_000);
    const me = await raw('GET', '/api/session/me', { token });
    expect(Date.parse(me.body.now) - Date.now()).toBeGreaterThan(86_000_000);
  });
});
