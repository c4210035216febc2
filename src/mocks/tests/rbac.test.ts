/**
 * RBAC matrix: for every step kind in the demo data, every staff member of the provider (and
 * someone from another provider) tries the step's action. It must succeed exactly where the
 * catalog's role and tier and the assignment allow it, and the card's `availableActions` must
 * say the same. Successful changes are rolled back in the store so each try sees the same state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, StaffMember } from '../../domain/workflow/types.ts';
import { variantOf } from '../backend/entries.ts';
import { mockBackend, resetMockBackend, server } from '../node.ts';
import { exampleAction } from '../seed/actions.ts';
import { allApps, as, raw } from './helpers.ts';

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await resetMockBackend({ size: 600, seed: 3 });
});
afterAll(() => server.close());

function expected(app: Application, member: StaffMember): { ok: boolean; codes: string[] } {
  const step = variantOf(app)!.steps.find((s) => s.id === app.currentStepId)!;
  if (member.providerId !== app.providerId) return { ok: false, codes: ['wrong_provider'] };
  if (member.role !== step.role) return { ok: false, codes: ['forbidden_role'] };
  if (step.tier !== undefined && member.tier !== step.tier) return { ok: false, codes: ['wrong_tier'] };
  if (app.assigneeId !== null && app.assigneeId !== member.id) return { ok: false, codes: ['not_assignee'] };
  return { ok: true, codes: [] };
}

describe('RBAC matrix', () => {
  it('allows each step only to its role, tier and holder; refuses other providers', async () => {
    const staff = await mockBackend().staff();
    const tokens = new Map<string, string>();
    for (const s of staff) tokens.set(s.id, await as(s.login));
    // One open application per (provider, step kind, queued/assigned).
    const picked = new Map<string, Application>();
    for (const a of await allApps()) {
      if (a.status !== 'in_progress') continue;
      const step = variantOf(a)!.steps.find((s) => s.id === a.currentStepId)!;
      const key = `${a.providerId}|${step.kind}|${step.tier ?? ''}|${a.assigneeId === null}`;
      if (!picked.has(key)) picked.set(key, a);
    }
    const kinds = new Set([...picked.keys()].map((k) => k.split('|')[1]));
    expect(kinds.size).toBeGreaterThanOrEqual(12);

    let allowed = 0;
    let refused = 0;
    for (const app of picked.values()) {
      const variant = variantOf(app)!;
      const step = variant.steps.find((s) => s.id === app.currentStepId)!;
      const action = exampleAction(step, variant, app, staff, new Date());
      expect(action, step.kind).not.toBeNull();
      const outsider = staff.find((s) => s.providerId !== app.providerId && s.role === step.role) ?? staff.find((s) => s.providerId !== app.providerId)!;
      const tryers = [...staff.filter((s) => s.providerId === app.providerId), outsider];
      for (const member of tryers) {
        const token = tokens.get(member.id)!;
        const want = expected(app, member);
        const card = await raw('GET', `/api/applications/${app.id}`, { token });
        if (member.providerId === app.providerId) {
          const types = card.body.availableActions.map((a: { type: string }) => a.type);
          expect(types.includes(step.kind), `${member.login} ${step.kind} card`).toBe(want.ok);
        } else {
          expect(card.status).toBe(403);
        }
        const r = await raw('POST', `/api/applications/${app.id}/actions`, { token, body: { action, expectedVersion: app.version } });
        if (want.ok) {
          expect(r.status, `${member.login} ${step.kind} ${JSON.stringify(r.body)}`).toBe(200);
          allowed++;
          await mockBackend().store.put('applications', app); // roll back
        } else {
          expect(r.status, `${member.login} ${step.kind}`).toBe(403);
          expect(want.codes).toContain(r.body.code);
          refused++;
        }
      }
    }
    expect(allowed).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(100);
  });

  it('lets only department heads and the director reassign, within the step’s role', async () => {
    const app = (await allApps()).find((a) => a.providerId === 'almaty-gasc-2016' && a.status === 'in_progress' && variantOf(a)!.steps.find((s) => s.id === a.currentStepId)!.role === 'specialist')!;
    const target = app.assigneeId === 'almaty-specialist3' ? 'almaty-specialist4' : 'almaty-specialist3';
    const body = { assigneeId: target, expectedVersion: app.version };
    const spec = await raw('POST', `/api/applications/${app.id}/assign`, { token: await as('almaty.specialist5'), body });
    expect([spec.status, spec.body.code]).toEqual([403, 'forbidden_role']);
    const wrongRole = await raw('POST', `/api/applications/${app.id}/assign`, { token: await as('almaty.head1'), body: { ...body, assigneeId: 'almaty-chancellery1' } });
    expect([wrongRole.status, wrongRole.body.code]).toEqual([422, 'unknown_staff']);
    expect(wrongRole.body.details.fields[0].path).toBe('assigneeId');
    const ok = await raw('POST', `/api/applications/${app.id}/assign`, { token: await as('almaty.head1'), body });
    expect(ok.status).toBe(200);
    expect(ok.body.application.assigneeId).toBe(target);
    const n = await raw('GET', '/api/notifications', { token: await as(target.replace(/-/g, '.')) });
    expect(n.body.items.some((x: { kind: string; applicationId: string }) => x.kind === 'assigned' && x.applicationId === app.id)).toBe(true);
    const bulk = await raw('POST', '/api/applications/bulk-assign', { token: await as('almaty.director'), body: { ids: [app.id, 'app-unknown'], assigneeId: 'almaty-specialist1' } });
    expect(bulk.body.results).toEqual([
      { id: app.id, ok: true, version: app.version + 2 },
      { id: 'app-unknown', ok: false, code: 'not_found' },
    ]);
    await mockBackend().store.put('applications', app);
  });

  it('keeps control tab, dashboard and admin endpoints to their roles', async () => {
    const cases: Array<[string, string, number]> = [
      ['almaty.specialist1', '/api/dashboard', 403],
      ['almaty.head1', '/api/dashboard', 200],
      ['almaty.director', '/api/dashboard', 200],
      ['almaty.chancellery1', '/api/applications?tab=control', 403],
      ['almaty.director', '/api/applications?tab=control', 200],
      ['almaty.director', '/api/admin/calendar', 403],
      ['almaty.admin', '/api/admin/calendar', 200],
      ['almaty.admin', '/api/admin/schedule', 200],
      ['almaty.admin', '/api/admin/norms', 200],
      ['almaty.admin', '/api/admin/substitutions', 200],
      ['almaty.specialist1', '/api/admin/substitutions', 403],
    ];
    for (const [login, path, status] of cases) {
      const token = await as(login);
      expect((await raw('GET', path, { token })).status, `${login} ${path}`).toBe(status);
    }
    expect((await raw('GET', '/api/applications')).status).toBe(401);
  });
});
