/** The inbox list: tabs, filters, search, sort, paging, counters; lists never carry a full IIN/BIN. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationRow } from '../../api/schemas/applications.ts';
import { resetMockBackend, server } from '../node.ts';
import { allApps, as, raw } from './helpers.ts';

let head = '';
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await resetMockBackend({ size: 500, seed: 21 });
  head = await as('almaty.director');
});
afterAll(() => server.close());

const list = async (qs: string, token = head) => {
  const r = await raw('GET', `/api/applications?${qs}`, { token });
  expect(r.status, JSON.stringify(r.body).slice(0, 200)).toBe(200);
  return r.body as { items: ApplicationRow[]; total: number; offset: number; limit: number };
};

describe('application list', () => {
  it('pages with a stable total and sorts by service time left by default', async () => {
    const p1 = await list('tab=control&limit=30');
    const p2 = await list('tab=control&limit=30&offset=30');
    expect(p1.total).toBe(p2.total);
    expect(new Set([...p1.items, ...p2.items].map((r) => r.id)).size).toBe(p1.items.length + p2.items.length);
    const deadlines = p1.items.map((r) => (r.serviceClock?.deadline ? Date.parse(r.serviceClock.deadline) : Infinity));
    expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines);
    const all = (await allApps()).filter((a) => a.providerId === 'almaty-gasc-2016' && (a.status === 'in_progress' || a.status === 'paused'));
    expect(p1.total).toBe(all.length);
  });

  it('pages one list from one order, and a change to an application is in the very next page', async () => {
    // A specialist's applications under control, listed twice the same way, then one reassigned.
    const mine = (await list('tab=control&limit=500')).items.find((r) => r.assignee && r.step?.role === 'specialist')!;
    const by = `tab=control&assignee=${mine.assignee!.id}&sort=reg_no`;
    const a = await list(`${by}&limit=2`);
    const b = await list(`${by}&limit=2&offset=2`);
    const whole = await list(`${by}&limit=500`);
    expect([...a.items, ...b.items].map((r) => r.id)).toEqual(whole.items.slice(0, a.items.length + b.items.length).map((r) => r.id));
    const app = (await allApps()).find((x) => x.id === whole.items[0].id)!;
    const other = mine.assignee!.id === 'almaty-specialist3' ? 'almaty-specialist4' : 'almaty-specialist3';
    const moved = await raw('POST', `/api/applications/${app.id}/assign`, { token: head, body: { assigneeId: other, expectedVersion: app.version } });
    expect(moved.status).toBe(200);
    const after = await list(`${by}&limit=500`);
    expect(after.total).toBe(whole.total - 1);
    expect(after.items.map((r) => r.id)).not.toContain(app.id);
    expect((await list(`tab=control&assignee=${other}&sort=reg_no&limit=500`)).items.map((r) => r.id)).toContain(app.id);
  });

  it('filters by clock state, step kind, channel, assignee and period', async () => {
    const overdue = await list('tab=control&clock=overdue&limit=500');
    expect(overdue.items.every((r) => r.serviceClock?.state === 'overdue')).toBe(true);
    const paused = await list('tab=control&clock=paused&limit=500');
    expect(paused.items.every((r) => r.status === 'paused')).toBe(true);
    const kinds = await list('tab=control&stepKind=check_completeness&stepKind=conclusion&limit=500');
    expect(kinds.items.every((r) => ['check_completeness', 'conclusion'].includes(r.step!.kind))).toBe(true);
    const portal = await list('tab=control&channel=egov_portal&limit=500');
    expect(portal.items.every((r) => r.channel === 'egov_portal')).toBe(true);
    const none = await list('tab=control&assignee=none&limit=500');
    expect(none.items.every((r) => r.assignee === null)).toBe(true);
    const some = (await list('tab=control&limit=1')).items[0];
    const day = some.receivedAt.slice(0, 10);
    const period = await list(`tab=control&from=${day}T00:00:00Z&to=${day}T23:59:59Z&limit=500`);
    expect(period.items.every((r) => r.receivedAt.slice(0, 10) === day)).toBe(true);
    const byStep = await list('tab=control&sort=step_left&dir=desc&limit=50');
    expect(byStep.items.length).toBeGreaterThan(0);
    const byReg = await list('tab=control&sort=reg_no&dir=asc&limit=50');
    expect(byReg.items.map((r) => r.regNo)).toEqual([...byReg.items.map((r) => r.regNo)].sort());
  });

  it('searches reg. no., name and full IIN/BIN, and never sends the full number in rows', async () => {
    const app = (await allApps()).find((a) => a.providerId === 'almaty-gasc-2016' && a.status === 'in_progress')!;
    const idNo = app.applicant.type === 'person' ? app.applicant.iin : app.applicant.bin;
    for (const q of [app.regNo, app.regNo.toLowerCase(), idNo, app.applicant.name.split(' ')[0]]) {
      const r = await list(`tab=control&q=${encodeURIComponent(q)}&limit=500`);
      expect(r.items.map((x) => x.id), q).toContain(app.id);
    }
    const rows = await list('tab=control&limit=200');
    expect(JSON.stringify(rows)).not.toContain(idNo);
    expect(rows.items.find((x) => x.id === app.id)?.applicant.idTail ?? idNo.slice(-4)).toBe(idNo.slice(-4));
  });

  it('sends the same clocks in rows as the card computes with the domain', async () => {
    const rows = (await list('tab=control&limit=60')).items;
    for (const row of rows) {
      const card = (await raw('GET', `/api/applications/${row.id}`, { token: head })).body;
      for (const [r, c] of [[row.serviceClock, card.serviceClock], [row.stepClock, card.stepClock]]) {
        if (!c) {
          expect(r).toBeNull();
          continue;
        }
        expect(r.state).toBe(c.state);
        // a paused clock's deadline moves with time: allow the gap between the two requests
        expect(Math.abs(Date.parse(r.deadline ?? '0') - Date.parse(c.deadline ?? '0'))).toBeLessThan(5_000);
        if (c.remainingMinutes !== null) expect(Math.abs(r.remainingMinutes - c.remainingMinutes)).toBeLessThan(1);
      }
    }
  });

  it('counts tabs the same way the list does, per role', async () => {
    for (const login of ['almaty.chancellery1', 'almaty.specialist1', 'almaty.head1', 'almaty.director', 'mrd.dep.specialist1', 'mrd.com.chancellery1']) {
      const token = await as(login);
      const c = (await raw('GET', '/api/applications/counters', { token })).body;
      for (const tab of ['my', 'queue', 'finished'] as const) {
        expect((await list(`tab=${tab}&limit=1`, token)).total, `${login} ${tab}`).toBe(c[tab]);
      }
      if (c.control !== null) expect((await list('tab=control&limit=1', token)).total).toBe(c.control);
    }
    const clerk = await as('almaty.chancellery1');
    const q = await list('tab=queue&limit=500', clerk);
    expect(q.items.every((r) => r.step?.role === 'chancellery' && r.assignee === null)).toBe(true);
    const mine = await list('tab=my&limit=500', await as('almaty.specialist1'));
    expect(mine.items.every((r) => r.assignee?.id === 'almaty-specialist1')).toBe(true);
  });
});
