/** Actions through HTTP: success path, version conflicts between two people, idempotent retries. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Application } from '../../domain/workflow/types.ts';
import { variantOf } from '../backend/entries.ts';
import { mockBackend, resetMockBackend, server } from '../node.ts';
import { exampleAction } from '../seed/actions.ts';
import { mulberry32 } from '../seed/prng.ts';
import { makeValidBin } from '../../domain/identity/iin-bin.ts';
import { allApps, as, raw, storedApp } from './helpers.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetMockBackend({ size: 150, seed: 11 });
});

const open = (a: Application) => a.status === 'in_progress';

async function queueApp(role: string, providerId?: string): Promise<Application> {
  const staff = await mockBackend().staff();
  for (const a of await allApps()) {
    if (!open(a) || a.assigneeId !== null || (providerId && a.providerId !== providerId)) continue;
    const step = variantOf(a)?.steps.find((s) => s.id === a.currentStepId);
    if (step?.role === role && staff.some((s) => s.providerId === a.providerId && s.role === role && s.tier === step.tier)) return a;
  }
  throw new Error(`no queue app for ${role}`);
}

async function loginOf(staffId: string): Promise<string> {
  const m = await mockBackend().staffMember(staffId);
  return m!.login;
}

describe('actions', () => {
  it('performs the current step for its holder and moves on', async () => {
    const app = (await allApps()).find((a) => open(a) && a.assigneeId !== null)!;
    const variant = variantOf(app)!;
    const step = variant.steps.find((s) => s.id === app.currentStepId)!;
    const staff = await mockBackend().staff();
    const action = exampleAction(step, variant, app, staff, new Date())!;
    const token = await as(await loginOf(app.assigneeId!));
    const r = await raw('POST', `/api/applications/${app.id}/actions`, { token, body: { action, expectedVersion: app.version, idempotencyKey: 'key-success-1' } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.application.version).toBe(app.version + 1);
    expect(r.body.application.history.at(-1).stepId).toBe(step.id);
    expect((await storedApp(app.id)).version).toBe(app.version + 1);
  });

  it('lets exactly one of two clerks take a queued application; the other learns who', async () => {
    const app = await queueApp('chancellery');
    const clerks = (await mockBackend().staff()).filter((s) => s.providerId === app.providerId && s.role === 'chancellery' && s.tier === variantOf(app)!.steps.find((x) => x.id === app.currentStepId)!.tier);
    const [t1, t2] = [await as(clerks[0].login), await as(clerks[1].login)];
    const body = (k: string) => ({ action: { type: 'take' }, expectedVersion: app.version, idempotencyKey: k });
    const [a, b] = await Promise.all([
      raw('POST', `/api/applications/${app.id}/actions`, { token: t1, body: body('race-key-aaaa') }),
      raw('POST', `/api/applications/${app.id}/actions`, { token: t2, body: body('race-key-bbbb') }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winnerId = a.status === 200 ? clerks[0].id : clerks[1].id;
    expect(loser.body.code).toBe('version_conflict');
    expect(loser.body.details.by.id).toBe(winnerId);
    expect(loser.body.details.action).toBe('take');
    expect(loser.body.details.version).toBe(app.version + 1);
    expect(typeof loser.body.details.at).toBe('string');
    expect((await storedApp(app.id)).version).toBe(app.version + 1);
  });

  it('never acts twice for a repeated idempotency key (sequential and concurrent)', async () => {
    const app = await queueApp('chancellery');
    const step = variantOf(app)!.steps.find((x) => x.id === app.currentStepId)!;
    const clerk = (await mockBackend().staff()).find((s) => s.providerId === app.providerId && s.role === 'chancellery' && s.tier === step.tier)!;
    const token = await as(clerk.login);
    const req = () => raw('POST', `/api/applications/${app.id}/actions`, { token, body: { action: { type: 'take' }, expectedVersion: app.version }, headers: { 'Idempotency-Key': 'same-key-123456' } });
    const first = await req();
    const second = await req();
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('Idempotent-Replay')).toBe('true');
    const [c, d] = await Promise.all([req(), req()]);
    expect(c.body).toEqual(first.body);
    expect(d.body).toEqual(first.body);
    expect((await storedApp(app.id)).version).toBe(app.version + 1);
    // The same key for a different request is refused.
    const other = await raw('POST', `/api/applications/${app.id}/comments`, { token, body: { text: 'hi' }, headers: { 'Idempotency-Key': 'same-key-123456' } });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_mismatch');
  });

  it('refuses other providers, wrong roles and stale versions with stable codes', async () => {
    const app = (await allApps()).find((a) => open(a) && a.assigneeId !== null && a.providerId === 'almaty-gasc-2016')!;
    const outsider = await as('aktobe.director');
    const r1 = await raw('POST', `/api/applications/${app.id}/actions`, { token: outsider, body: { action: { type: 'comment', text: 'x' }, expectedVersion: app.version } });
    expect([r1.status, r1.body.code]).toEqual([403, 'wrong_provider']);
    expect((await raw('GET', `/api/applications/${app.id}`, { token: outsider })).status).toBe(403);
    const admin = await as('almaty.admin');
    const step = variantOf(app)!.steps.find((x) => x.id === app.currentStepId)!;
    const action = exampleAction(step, variantOf(app)!, app, await mockBackend().staff(), new Date())!;
    const r2 = await raw('POST', `/api/applications/${app.id}/actions`, { token: admin, body: { action, expectedVersion: app.version } });
    expect(r2.status).toBe(403);
    expect(r2.body.code).toBe('forbidden_role');
    const holder = await as(await loginOf(app.assigneeId!));
    const r3 = await raw('POST', `/api/applications/${app.id}/actions`, { token: holder, body: { action, expectedVersion: app.version - 1 } });
    expect([r3.status, r3.body.code]).toEqual([409, 'version_conflict']);
    expect((await storedApp(app.id)).version).toBe(app.version);
  });

  it('notifies on @mentions and on assignment', async () => {
    const app = (await allApps()).find((a) => open(a) && a.providerId === 'almaty-gasc-2016')!;
    const token = await as('almaty.head1');
    const r = await raw('POST', `/api/applications/${app.id}/comments`, { token, body: { text: 'Прошу проверить, @almaty.specialist2 и @nobody.here' } });
    expect(r.status).toBe(201);
    const sp = await as('almaty.specialist2');
    const n = await raw('GET', '/api/notifications', { token: sp });
    expect(n.body.items.some((x: { kind: string; applicationId: string }) => x.kind === 'mention' && x.applicationId === app.id)).toBe(true);
    const read = await raw('POST', '/api/notifications/read', { token: sp, body: { all: true } });
    expect(read.body.unread).toBe(0);
  });

  it('registers a paper application at the next working moment with a server reg. no.', async () => {
    const token = await as('uebp.chancellery1');
    const sunday = '2026-11-22T10:00:00.000Z'; // Sunday in Almaty
    const r = await raw('POST', '/api/applications', {
      token,
      body: {
        serviceId: 'medical-activity-license',
        variantId: 'issue',
        applicant: { type: 'organization', bin: makeValidBin(mulberry32(5)), name: 'ТОО «Шипагер»' },
        arrivedAt: sunday,
        documents: [{ name: 'Заявление.pdf', kind: 'application' }],
        idempotencyKey: 'register-key-1',
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.application.regNo).toMatch(/^UEB-\d{4}-\d{6}$/);
    expect(r.body.application.arrivedAt).toBe(sunday);
    expect(r.body.application.receivedAt).toBe('2026-11-23T04:00:00.000Z'); // Monday 09:00 Almaty
    expect(r.body.application.channel).toBe('provider_office');
    expect(r.body.application.assigneeId).toBe('uebp-chancellery1');
    const spec = await as('uebp.specialist1');
    const r2 = await raw('POST', '/api/applications', { token: spec, body: { serviceId: 'medical-activity-license', variantId: 'issue', applicant: { type: 'person', iin: '900101300123', name: 'X' } } });
    expect(r2.status).toBe(403);
  });
});
