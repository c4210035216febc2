/** GET /api/dashboard: aggregates of my provider's work for heads and the director (docs/api.md §Dashboard). */
import type { StepKind } from '../../domain/catalog/types.ts';
import { stateAt } from '../backend/clocks.ts';
import { forbidden } from '../backend/errors.ts';
import { entryOf, providerApplications, rowOf, type Entry } from '../backend/entries.ts';
import { canControl } from '../backend/list.ts';
import { providerContext } from '../backend/provider-settings.ts';
import { personRef } from '../backend/rows.ts';
import { viewerOf } from '../backend/viewer.ts';
import { route } from '../http.ts';

type Counts = { total: number; on_track: number; at_risk: number; overdue: number; paused: number };
const zero = (): Counts => ({ total: 0, on_track: 0, at_risk: 0, overdue: 0, paused: 0 });
function bump(c: Counts, state: string): void {
  c.total++;
  if (state === 'on_track' || state === 'at_risk' || state === 'overdue' || state === 'paused') c[state]++;
}

const WINDOW_MS = 30 * 86_400_000;

export const dashboardHandlers = [
  route('get', '/api/dashboard', {}, async ({ b, me, now }) => {
    const viewer = await viewerOf(b, me, now);
    if (!canControl(viewer)) throw forbidden('forbidden_role');
    const { ctx, version } = await providerContext(b, me.providerId);
    const nowMs = now.getTime();
    const byState = zero();
    const byStep = new Map<StepKind, Counts>();
    const byAssignee = new Map<string, Counts>();
    const finished = { met: 0, missed: 0 };
    const overdue: Entry[] = [];
    for (const app of await providerApplications(b, me.providerId)) {
      const e = entryOf(b, app, ctx, version, now);
      if (app.status === 'issued' || app.status === 'refused') {
        if (app.finishedAt && Date.parse(app.finishedAt) >= nowMs - WINDOW_MS) {
          if (e.facts.service.kind === 'met') finished.met++;
          if (e.facts.service.kind === 'missed') finished.missed++;
        }
        continue;
      }
      const service = stateAt(e.facts.service, nowMs);
      bump(byState, service);
      if (e.step) {
        const c = byStep.get(e.step.kind) ?? zero();
        bump(c, stateAt(e.facts.step, nowMs));
        byStep.set(e.step.kind, c);
      }
      const key = app.assigneeId ?? '';
      const a = byAssignee.get(key) ?? zero();
      bump(a, service);
      byAssignee.set(key, a);
      if (service === 'overdue') overdue.push(e);
    }
    overdue.sort((x, y) => x.facts.service.deadlineMs - y.facts.service.deadlineMs);
    const staff = await b.providerStaff(me.providerId);
    const byId = new Map(staff.map((s) => [s.id, s]));
    return {
      body: {
        byState,
        byStep: [...byStep.entries()].map(([stepKind, c]) => ({ stepKind, ...c })).sort((x, y) => y.total - x.total),
        byAssignee: [...byAssignee.entries()]
          .map(([id, c]) => ({ assignee: id ? (personRef(byId.get(id)) ?? { id, name: { ru: id, kk: id } }) : null, ...c }))
          .sort((x, y) => y.overdue - x.overdue || y.total - x.total),
        finished,
        overdue: overdue.slice(0, 20).map((e) => rowOf(e, ctx, now, byId)),
        now: now.toISOString(),
      },
    };
  }),
];
