/** Administration: calendar overrides with preview and versions, schedule, norms, substitutions. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mockBackend, resetMockBackend, server } from '../node.ts';
import { allApps, as, raw } from './helpers.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(async () => {
  await resetMockBackend({ size: 200, seed: 13 });
});

const EMPTY = { addDaysOff: [], removeDaysOff: [], addWorkingDays: [], removeWorkingDays: [] };

function nextWeekdays(n: number): string[] {
  const out: string[] = [];
  const d = new Date(mockBackend().now());
  while (out.length < n) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

describe('admin', () => {
  it('previews and saves calendar overrides with optimistic versions; deadlines move', async () => {
    const token = await as('almaty.admin');
    const cal = (await raw('GET', '/api/admin/calendar', { token })).body;
    expect(cal.version).toBe(0);
    const days = nextWeekdays(2);
    const overrides = { ...EMPTY, addDaysOff: days };
    const preview = (await raw('POST', '/api/admin/calendar/preview', { token, body: { overrides } })).body;
    expect(preview.total).toBeGreaterThan(0);
    expect(preview.items.every((i: { shiftMs: number }) => i.shiftMs >= 0)).toBe(true);
    const moved = preview.items.find((i: { clock: string }) => i.clock === 'service');
    const head = await as('almaty.head1');
    const before = (await raw('GET', `/api/applications/${moved.id}`, { token: head })).body.serviceClock.deadline;
    expect(before).toBe(moved.before);
    const saved = await raw('PUT', '/api/admin/calendar', { token, body: { overrides, expectedVersion: 0 } });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    expect(saved.body.effective.daysOff).toEqual(expect.arrayContaining(days));
    const after = (await raw('GET', `/api/applications/${moved.id}`, { token: head })).body.serviceClock.deadline;
    expect(after).toBe(moved.after);
    const cat = (await raw('GET', '/api/catalog', { token: head })).body;
    expect(cat.calendar.daysOff).toEqual(expect.arrayContaining(days));
    const stale = await raw('PUT', '/api/admin/calendar', { token, body: { overrides: EMPTY, expectedVersion: 0 } });
    expect([stale.status, stale.body.code]).toEqual([409, 'version_conflict']);
    expect(stale.body.details.by.id).toBe('almaty-admin');
    const bad = await raw('PUT', '/api/admin/calendar', { token, body: { overrides: { ...EMPTY, addDaysOff: ['2026-02-30'] }, expectedVersion: 1 } });
    expect(bad.status).toBe(422);
    const conflicting = await raw('POST', '/api/admin/calendar/preview', { token, body: { overrides: { ...EMPTY, addDaysOff: [days[0]], addWorkingDays: [days[0]] } } });
    expect(conflicting.body.details.fields[0].code).toBe('conflicting_dates');
  });

  it('changes the schedule and validates it', async () => {
    const token = await as('vko.admin');
    const s = (await raw('GET', '/api/admin/schedule', { token })).body;
    expect(s.schedule.week).toHaveLength(7);
    const week = s.schedule.week.map((_d: unknown, i: number) => (i < 5 ? { start: '08:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }] } : null));
    const ok = await raw('PUT', '/api/admin/schedule', { token, body: { week, expectedVersion: s.version } });
    expect(ok.status).toBe(200);
    expect(ok.body.schedule.week[0].start).toBe('08:00');
    const bad = await raw('PUT', '/api/admin/schedule', { token, body: { week: week.map(() => null), expectedVersion: ok.body.version } });
    expect(bad.status).toBe(422);
    const inverted = await raw('PUT', '/api/admin/schedule', { token, body: { week: [{ start: '18:00', end: '09:00', breaks: [] }, null, null, null, null, null, null], expectedVersion: ok.body.version } });
    expect(inverted.status).toBe(422);
    // A field the API does not know, inside a day, is named; so is a time that is not one.
    const extra = await raw('PUT', '/api/admin/schedule', { token, body: { week: [{ ...week[0], lunch: '12:00' }, ...week.slice(1)], expectedVersion: ok.body.version } });
    expect([extra.status, extra.body.details.fields]).toEqual([422, [{ path: 'week.0.lunch', code: 'unknown_field' }]]);
    const badTime = await raw('PUT', '/api/admin/schedule', { token, body: { week: [{ ...week[0], start: '8 am' }, ...week.slice(1)], expectedVersion: ok.body.version } });
    expect([badTime.status, badTime.body.details.fields]).toEqual([422, [{ path: 'week.0.start', code: 'invalid_format' }]]);
  });

  it('lists norms with plan flags', async () => {
    const token = await as('almaty.admin');
    const norms = (await raw('GET', '/api/admin/norms', { token })).body.items;
    expect(norms.some((n: { plan: { planExceedsTerm: boolean } }) => n.plan.planExceedsTerm)).toBe(true);
    const aktobe = (await raw('GET', '/api/admin/norms', { token: await as('aktobe.admin') })).body.items;
    expect(aktobe.some((n: { plan: { termUnconfirmed: boolean } }) => n.plan.termUnconfirmed)).toBe(true);
  });

  it('lets a substitute see and act on the absent colleague’s tasks', async () => {
    const admin = await as('almaty.admin');
    const now = mockBackend().now().getTime();
    const sub = await raw('POST', '/api/admin/substitutions', {
      token: admin,
      body: { absentId: 'almaty-specialist1', substituteId: 'almaty-specialist2', from: new Date(now - 3600_000).toISOString(), to: new Date(now + 86_400_000).toISOString() },
    });
    expect(sub.status).toBe(201);
    expect((await raw('GET', '/api/admin/substitutions', { token: admin })).body.items).toHaveLength(1);
    const bad = await raw('POST', '/api/admin/substitutions', { token: admin, body: { absentId: 'almaty-specialist1', substituteId: 'almaty-specialist1', from: new Date(now).toISOString(), to: new Date(now - 1).toISOString() } });
    expect(bad.status).toBe(422);
    const token = await as('almaty.specialist2');
    const me = (await raw('GET', '/api/session/me', { token })).body;
    expect(me.actingFor[0].absent.id).toBe('almaty-specialist1');
    const mine = (await raw('GET', '/api/applications?tab=my&limit=500', { token })).body;
    const theirs = (await allApps()).filter((a) => a.assigneeId === 'almaty-specialist1' && (a.status === 'in_progress' || a.status === 'paused'));
    expect(theirs.length).toBeGreaterThan(0);
    for (const a of theirs) expect(mine.items.map((r: { id: string }) => r.id)).toContain(a.id);
    const target = theirs.find((a) => a.status === 'in_progress')!;
    const card = (await raw('GET', `/api/applications/${target.id}`, { token })).body;
    const act = card.availableActions.find((a: { onBehalfOf?: string }) => a.onBehalfOf === 'almaty-specialist1');
    expect(act).toBeDefined();
    const r = await raw('POST', `/api/applications/${target.id}/actions`, { token, body: { action: { type: 'pause', ground: 'applicant_request' }, expectedVersion: target.version } });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const last = r.body.application.audit.at(-1);
    expect([last.actorId, last.onBehalfOf]).toEqual(['almaty-specialist2', 'almaty-specialist1']);
    const del = await raw('DELETE', `/api/admin/substitutions/${encodeURIComponent(sub.body.id)}`, { token: admin });
    expect(del.status).toBe(204);
    expect((await raw('GET', '/api/session/me', { token })).body.actingFor).toHaveLength(0);
  });
});
