/**
 * The application card (GET /api/applications/:id, and the body of every successful change):
 * built synchronously from data loaded beforehand, so a change and its response can be written
 * in one store transaction (the idempotency record stores the response).
 */
import { findService } from '../../domain/catalog/index.ts';
import type { Variant } from '../../domain/catalog/types.ts';
import { tryAddWorkingTime, type SlaContext } from '../../domain/sla/index.ts';
import { availableActions } from '../../domain/workflow/engine.ts';
import type { Application, AvailableAction, StaffMember } from '../../domain/workflow/types.ts';
import type { ApplicationDetail } from '../../api/schemas/applications.ts';
import { planFlags } from '../handlers/catalog.ts';
import { computeAppClocks } from './clocks.ts';
import type { Viewer } from './list.ts';
import { personRef, toRow } from './rows.ts';
import { actorOf } from './viewer.ts';

export type DetailInputs = {
  viewer: Viewer;
  staff: StaffMember[];
  ctx: SlaContext;
  now: Date;
};

/** Actions of the viewer and of everyone they substitute, merged by type. */
export function viewerActions(app: Application, variant: Variant, inputs: DetailInputs): Array<AvailableAction & { onBehalfOf?: string }> {
  const { viewer, staff, now } = inputs;
  const out = new Map<string, AvailableAction & { onBehalfOf?: string }>();
  const own = availableActions(app, actorOf(viewer.me), now, { staff, variant });
  for (const a of own) out.set(a.type, a);
  for (const absent of viewer.actingFor) {
    for (const a of availableActions(app, actorOf(viewer.me, absent), now, { staff, variant })) {
      if (!out.has(a.type)) out.set(a.type, { ...a, onBehalfOf: absent.id });
    }
  }
  return [...out.values()];
}

export function buildDetail(app: Application, variant: Variant, inputs: DetailInputs): ApplicationDetail {
  const { staff, ctx, now } = inputs;
  const byId = new Map(staff.map((s) => [s.id, s]));
  const clocks = computeAppClocks(app, variant, ctx, now);
  const service = findService(app.providerId, app.serviceId);

  const ids = new Set<string>();
  const add = (id: string | null | undefined) => {
    if (id) ids.add(id);
  };
  add(app.assigneeId);
  add(app.executorId);
  add(app.headId);
  for (const h of app.history) [h.actorId, h.onBehalfOf].forEach(add);
  for (const a of app.audit) [a.actorId, a.onBehalfOf, a.assigneeId].forEach(add);
  for (const c of app.comments) [c.authorId, c.onBehalfOf].forEach(add);
  for (const p of app.pauses) [p.actorId, p.onBehalfOf].forEach(add);
  for (const d of app.documents) add(d.uploadedBy);
  const people: ApplicationDetail['people'] = {};
  for (const id of ids) {
    const m = byId.get(id);
    if (m) people[id] = { name: m.name, role: m.role };
  }

  const candidates = staff
    .filter((s) => s.providerId === app.providerId && s.active !== false && s.role !== 'admin')
    .map((s) => ({ ...personRef(s)!, role: s.role, ...(s.tier ? { tier: s.tier } : {}) }));

  const withTrace = (c: typeof clocks.step, source: string | null) =>
    c ? { ...rowClockOf(c), trace: c.trace as unknown as Array<Record<string, unknown>>, source } : null;

  return {
    application: app as ApplicationDetail['application'],
    row: toRow(app, variant, clocks, byId),
    stepClock: withTrace(clocks.step, clocks.stepSource),
    serviceClock: withTrace(clocks.service, clocks.serviceSource),
    service: { id: app.serviceId, name: service.ok ? service.value.name : { ru: app.serviceId, kk: app.serviceId } },
    variant: { id: variant.id, name: variant.name, term: variant.term, steps: variant.steps },
    plan: planFlags(variant),
    stepResults: stepResults(app, variant, ctx),
    availableActions: viewerActions(app, variant, inputs),
    people,
    candidates,
    now: now.toISOString(),
  };
}

/** Deadline and met/missed of each finished step (pauses are not taken into account here). */
function stepResults(app: Application, variant: Variant, ctx: SlaContext): ApplicationDetail['stepResults'] {
  return app.history.map((h) => {
    const norm = variant.steps.find((s) => s.id === h.stepId)?.norm;
    if (!norm) return { stepId: h.stepId, deadline: null, met: null };
    const r = tryAddWorkingTime(new Date(h.startedAt), 'value' in norm ? norm : { value: norm.max, unit: norm.unit }, ctx);
    if (!r.ok) return { stepId: h.stepId, deadline: null, met: null };
    return { stepId: h.stepId, deadline: r.value.toISOString(), met: Date.parse(h.finishedAt) <= r.value.getTime() };
  });
}

function rowClockOf(c: NonNullable<ReturnType<typeof computeAppClocks>['step']>) {
  return { state: c.state, start: c.start, deadline: c.deadline, expected: c.expected, normMinutes: c.normMinutes, remainingMinutes: c.remainingMinutes };
}
