import { describe, expect, it } from 'vitest';
import { findProvider, findVariant } from '../catalog/index.ts';
import type { Provider, Variant } from '../catalog/types.ts';
import { availableActions, transition } from './engine.ts';
import { act, actorOf, makeStaff, newApp, payloadFor, walk } from './test-fixtures.ts';
import type { Actor, Application } from './types.ts';

function load(providerId: string, serviceId: string, variantId: string) {
  const p = findProvider(providerId);
  const v = findVariant(providerId, serviceId, variantId);
  if (!p.ok || !v.ok) throw new Error('fixture');
  const provider: Provider = p.value;
  const variant: Variant = v.value;
  const staff = makeStaff(provider);
  const byId = (id: string) => actorOf(staff.find((m) => m.id === id)!);
  const member = (role: string, n = 1, tier = 'main') => byId(`${providerId}:${tier}:${role}:${n}`);
  return { provider, variant, staff, member, app: () => newApp(provider, serviceId, variant, staff) };
}

const T0 = new Date('2024-03-04T05:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** Advances `app` to step `stepId` along forward outcomes. */
function advanceTo(app: Application, variant: Variant, staff: ReturnType<typeof makeStaff>, stepId: string) {
  while (app.currentStepId !== stepId) app = act(app, variant, staff);
  return app;
}

describe('Almaty 2016 issue: assignment', () => {
  const fx = load('almaty-gasc-2016', 'design-license', 'issue');
  const { variant, staff, member } = fx;

  it('registration waits in the chancellery queue; any clerk may perform it', () => {
    const app = fx.app();
    expect(app.currentStepId).toBe('s1');
    expect(app.assigneeId).toBeNull();
    const r = transition(app, { type: 'register' }, member('chancellery', 2), T0, { staff, variant });
    expect(r.ok && r.app.currentStepId).toBe('s2');
    // director step goes to the only director
    expect(r.ok && r.app.assigneeId).toBe(member('director').id);
  });

  it('take claims a queued step; another clerk is then not the assignee', () => {
    const app = fx.app();
    const taken = transition(app, { type: 'take' }, member('chancellery', 1), T0, { staff, variant });
    expect(taken.ok && taken.app.assigneeId).toBe(member('chancellery', 1).id);
    if (!taken.ok) return;
    const other = transition(taken.app, { type: 'register' }, member('chancellery', 2), later(1), { staff, variant });
    expect(other).toMatchObject({ ok: false, code: 'not_assignee' });
    expect(transition(taken.app, { type: 'take' }, member('chancellery', 2), later(1), { staff, variant })).toMatchObject({ ok: false, code: 'not_assignee' });
  });

  it('resolve picks the head, distribute the executor, who keeps later specialist steps', () => {
    let app = advanceTo(fx.app(), variant, staff, 's2');
    const noHead = transition(app, { type: 'resolve' }, member('director'), T0, { staff, variant });
    expect(noHead).toMatchObject({ ok: false, code: 'invalid_payload', details: { headId: 'required' } });
    const badHead = transition(app, { type: 'resolve', headId: member('specialist').id }, member('director'), T0, { staff, variant });
    expect(badHead).toMatchObject({ ok: false, code: 'unknown_staff' });
    const r1 = transition(app, { type: 'resolve', headId: member('department_head', 2).id }, member('director'), T0, { staff, variant });
    if (!r1.ok) throw new Error(r1.code);
    expect(r1.app.headId).toBe(member('department_head', 2).id);
    expect(r1.app.assigneeId).toBe(member('department_head', 2).id);
    const r2 = transition(r1.app, { type: 'distribute', executorId: member('specialist', 3).id }, member('department_head', 2), later(1), { staff, variant });
    if (!r2.ok) throw new Error(r2.code);
    expect(r2.app.executorId).toBe(member('specialist', 3).id);
    app = advanceTo(r2.app, variant, staff, 's7');
    expect(app.assigneeId).toBe(member('department_head', 2).id);
    expect(app.history.filter((h) => ['s4', 's5', 's6'].includes(h.stepId)).map((h) => h.actorId)).toEqual(
      Array(3).fill(member('specialist', 3).id),
    );
  });

  it('a return by the head goes back to the previous performer with a new step clock', () => {
    let app = advanceTo(fx.app(), variant, staff, 's7');
    const executor = app.executorId!;
    app = { ...app, stepStartedAt: T0.toISOString() };
    const now = later(600);
    const r = transition(app, { type: 'approve', outcome: 'returned', reason: 'add the visit act' }, actorOf(staff.find((m) => m.id === app.assigneeId)!), now, { staff, variant, expectedVersion: app.version });
    if (!r.ok) throw new Error(r.code);
    expect(r.app.currentStepId).toBe('s6');
    expect(r.app.assigneeId).toBe(executor);
    expect(r.app.stepStartedAt).toBe(now.toISOString());
    expect(r.app.receivedAt).toBe(app.receivedAt);
    expect(r.app.data.returns).toEqual([{ stepId: 's7', toStepId: 's6', reason: 'add the visit act', at: now.toISOString(), actorId: app.assigneeId }]);
    expect(r.event).toMatchObject({ action: 'approve', outcome: 'returned', fromStep: 's7', toStep: 's6', version: app.version + 1 });
    const returnWithoutReason = transition(app, { type: 'approve', outcome: 'returned' }, actorOf(staff.find((m) => m.id === app.assigneeId)!), now, { staff, variant });
    expect(returnWithoutReason).toMatchObject({ ok: false, code: 'invalid_payload', details: { reason: 'required' } });
  });

  it('a director or head may reassign the current step', () => {
    const app = advanceTo(fx.app(), variant, staff, 's5');
    const spec2 = member('specialist', 2).id;
    expect(transition(app, { type: 'assign', assigneeId: spec2 }, member('specialist', 1), T0, { staff, variant })).toMatchObject({ ok: false, code: 'forbidden_role' });
    expect(transition(app, { type: 'assign', assigneeId: member('director').id }, member('director'), T0, { staff, variant })).toMatchObject({ ok: false, code: 'unknown_staff' });
    const r = transition(app, { type: 'assign', assigneeId: spec2 }, member('department_head', 1), T0, { staff, variant });
    expect(r.ok && [r.app.assigneeId, r.app.executorId]).toEqual([spec2, spec2]);
  });
});

describe('refusal codes', () => {
  const fx = load('almaty-gasc-2016', 'design-license', 'issue');
  const { variant, staff, member } = fx;
  const at4 = () => advanceTo(fx.app(), variant, staff, 's4');
  const complete = { type: 'check_completeness', outcome: 'complete' } as const;

  it('wrong role → forbidden_role; another specialist → not_assignee', () => {
    const app = at4();
    expect(transition(app, complete, member('director'), T0, { staff, variant })).toMatchObject({ ok: false, code: 'forbidden_role' });
    const other = [1, 2, 3].map((n) => member('specialist', n)).find((a) => a.id !== app.assigneeId)!;
    expect(transition(app, complete, other, T0, { staff, variant })).toMatchObject({ ok: false, code: 'not_assignee' });
  });

  it('stale version → version_conflict; wrong kind → wrong_step', () => {
    const app = at4();
    const holder = actorOf(staff.find((m) => m.id === app.assigneeId)!);
    expect(transition(app, complete, holder, T0, { staff, variant, expectedVersion: app.version - 1 })).toMatchObject({ ok: false, code: 'version_conflict' });
    expect(transition(app, { type: 'register' }, holder, T0, { staff, variant })).toMatchObject({ ok: false, code: 'wrong_step' });
  });

  it('finished → finished; other provider → wrong_provider; unknown variant', () => {
    const done = walk(fx.app(), variant, staff);
    expect(transition(done, { type: 'issue', via: 'portal' }, member('chancellery'), T0, { staff, variant })).toMatchObject({ ok: false, code: 'finished' });
    const stranger: Actor = { id: 'x', providerId: 'aktobe-gasc-2019', role: 'chancellery' };
    expect(transition(fx.app(), { type: 'register' }, stranger, T0, { staff, variant })).toMatchObject({ ok: false, code: 'wrong_provider' });
    expect(availableActions(fx.app(), stranger, T0, { staff, variant })).toEqual([]);
    expect(transition({ ...fx.app(), variantId: 'nope' }, { type: 'register' }, member('chancellery'), T0, { staff })).toMatchObject({ ok: false, code: 'unknown_variant' });
  });

  it('an outcome the step does not offer → not_allowed_outcome', () => {
    const trimmed: Variant = { ...variant, steps: variant.steps.map((s) => (s.id === 's4' ? { ...s, outcomes: { complete: 's5' } } : s)) };
    const app = at4();
    const holder = actorOf(staff.find((m) => m.id === app.assigneeId)!);
    const r = transition(app, { type: 'check_completeness', outcome: 'incomplete', missingDocuments: ['x'] }, holder, T0, { staff, variant: trimmed });
    expect(r).toMatchObject({ ok: false, code: 'not_allowed_outcome' });
  });

  it('invalid payloads are refused before anything else', () => {
    const app = at4();
    const holder = actorOf(staff.find((m) => m.id === app.assigneeId)!);
    expect(transition(app, { type: 'check_completeness', outcome: 'incomplete', missingDocuments: [] }, holder, T0, { staff, variant })).toMatchObject({ ok: false, code: 'invalid_payload', details: { missingDocuments: 'empty' } });
    expect(transition(app, { type: 'nope' }, holder, T0, { staff, variant })).toMatchObject({ ok: false, code: 'invalid_payload' });
  });
});

describe('substitution', () => {
  const fx = load('almaty-gasc-2016', 'design-license', 'issue');
  const { variant, staff, member } = fx;

  it('a substitute acts for the absent holder; audit and history record onBehalfOf', () => {
    const app = advanceTo(fx.app(), variant, staff, 's7');
    const head = app.assigneeId!;
    const substitute: Actor = { ...member('specialist', 2), actingFor: head };
    const r = transition(app, { type: 'approve', outcome: 'approved' }, substitute, T0, { staff, variant });
    if (!r.ok) throw new Error(r.code);
    expect(r.event).toMatchObject({ actorId: substitute.id, onBehalfOf: head });
    expect(r.app.history.at(-1)).toMatchObject({ actorId: substitute.id, onBehalfOf: head });
    // the substitute also prepares the order; the director's return goes to the head's position
    const s8 = advanceTo(r.app, variant, staff, 's8');
    expect(s8.assigneeId).toBe(head);
    const order = transition(s8, { type: 'prepare_order', orderNo: 'O-7' }, substitute, later(5), { staff, variant });
    if (!order.ok) throw new Error(order.code);
    const back = transition(order.app, { type: 'sign_order', outcome: 'returned', reason: 'wrong date' }, member('director'), later(9), { staff, variant });
    expect(back.ok && [back.app.currentStepId, back.app.assigneeId]).toEqual(['s8', head]);
    const withoutActing = transition(app, { type: 'approve', outcome: 'approved' }, member('specialist', 2), T0, { staff, variant });
    expect(withoutActing).toMatchObject({ ok: false, code: 'forbidden_role' });
  });
});

describe('Ministry tiers', () => {
  const fx = load('mrd-construction-committee-2013', 'design-license', 'issue');
  const { variant, staff, member } = fx;

  it('territorial specialist steps wait in that tier queue; committee staff get wrong_tier', () => {
    const app = act(fx.app(), variant, staff);
    expect(app.currentStepId).toBe('s2');
    expect(app.assigneeId).toBeNull();
    const committee = member('specialist', 1, 'committee');
    expect(transition(app, { type: 'take' }, committee, T0, { staff, variant })).toMatchObject({ ok: false, code: 'wrong_tier' });
    const dep = member('specialist', 2, 'territorial_department');
    const taken = transition(app, { type: 'take' }, dep, T0, { staff, variant });
    if (!taken.ok) throw new Error(taken.code);
    expect(taken.app.executorId).toBe(dep.id);
    const later3 = advanceTo(taken.app, variant, staff, 's4');
    expect(later3.assigneeId).toBe(dep.id);
  });

  it('the committee chancellery distributes to a committee specialist', () => {
    const app = advanceTo(fx.app(), variant, staff, 's8');
    const wrong = transition(app, { type: 'distribute', executorId: member('specialist', 1, 'territorial_department').id }, member('chancellery', 1, 'committee'), T0, { staff, variant });
    expect(wrong).toMatchObject({ ok: false, code: 'unknown_staff' });
    const spec = member('specialist', 3, 'committee').id;
    const r = transition(app, { type: 'distribute', executorId: spec }, member('chancellery', 1, 'committee'), T0, { staff, variant });
    expect(r.ok && [r.app.currentStepId, r.app.assigneeId]).toEqual(['s9', spec]);
  });
});

describe('pause and resume', () => {
  const fx = load('almaty-uebp-2014', 'medical-activity-license', 'issue');
  const { variant, staff, member } = fx;

  it('pauses explicitly, blocks step actions, resumes and closes the interval', () => {
    const app = advanceTo(fx.app(), variant, staff, 's4');
    const holder = actorOf(staff.find((m) => m.id === app.assigneeId)!);
    expect(transition(app, { type: 'pause', ground: 'applicant_request' }, member('chancellery'), T0, { staff, variant })).toMatchObject({ ok: false, code: 'forbidden_role' });
    const p = transition(app, { type: 'pause', ground: 'applicant_request', scope: 'service' }, holder, T0, { staff, variant });
    if (!p.ok) throw new Error(p.code);
    expect(p.app.status).toBe('paused');
    expect(p.app.pauses).toEqual([{ id: `${app.id}-p1`, from: T0.toISOString(), ground: 'applicant_request', actorId: holder.id, scope: 'service', stepId: 's4' }]);
    expect(transition(p.app, { type: 'register' }, holder, later(1), { staff, variant })).toMatchObject({ ok: false, code: 'paused' });
    expect(transition(p.app, { type: 'pause', ground: 'other' }, holder, later(1), { staff, variant })).toMatchObject({ ok: false, code: 'paused' });
    expect(availableActions(p.app, holder, later(1), { staff, variant }).map((a) => a.type)).toEqual(['resume', 'comment']);
    const r = transition(p.app, { type: 'resume' }, member('director'), later(30), { staff, variant });
    if (!r.ok) throw new Error(r.code);
    expect(r.app.status).toBe('in_progress');
    expect(r.app.pauses[0].to).toBe(later(30).toISOString());
    expect(r.app.version).toBe(app.version + 2);
  });

  it('request_conclusions may pause for the external conclusion; recording it resumes', () => {
    const app = advanceTo(fx.app(), variant, staff, 's5');
    const holder = actorOf(staff.find((m) => m.id === app.assigneeId)!);
    const r = transition(app, { type: 'request_conclusions', bodies: ['health_department', 'consumer_protection'], pause: true }, holder, T0, { staff, variant });
    if (!r.ok) throw new Error(r.code);
    expect([r.app.status, r.app.currentStepId, r.app.pauses[0].ground]).toEqual(['paused', 's6', 'external_conclusion']);
    const rec = transition(r.app, { type: 'record_conclusion', body: 'health_department', outcome: 'negative', summary: 'no licence room' }, holder, later(90), { staff, variant });
    if (!rec.ok) throw new Error(rec.code);
    expect([rec.app.status, rec.app.currentStepId, rec.app.pauses[0].to]).toEqual(['in_progress', 'r1', later(90).toISOString()]);
    expect(rec.app.data.conclusionsRecorded).toHaveLength(1);
  });
});

describe('availableActions and comments', () => {
  const fx = load('almaty-gasc-2016', 'design-license', 'issue');
  const { variant, staff, member } = fx;

  it('offers the step action with its catalog outcomes to the holder only', () => {
    const app = advanceTo(fx.app(), variant, staff, 's4');
    const holder = actorOf(staff.find((m) => m.id === app.assigneeId)!);
    expect(availableActions(app, holder, T0, { staff, variant })).toEqual([
      { type: 'check_completeness', outcomes: ['complete', 'incomplete'] },
      { type: 'pause' },
      { type: 'comment' },
    ]);
    expect(availableActions(app, member('chancellery'), T0, { staff, variant })).toEqual([{ type: 'comment' }]);
    expect(availableActions(app, member('department_head'), T0, { staff, variant }).map((a) => a.type)).toEqual(['assign', 'pause', 'comment']);
    const queued = fx.app();
    expect(availableActions(queued, member('chancellery', 2), T0, { staff, variant }).map((a) => a.type)).toEqual(['register', 'take', 'comment']);
  });

  it('every walk step is offered to its performer', () => {
    let app = fx.app();
    while (app.currentStepId) {
      const step = variant.steps.find((s) => s.id === app.currentStepId)!;
      const performer = app.assigneeId ? staff.find((m) => m.id === app.assigneeId)! : staff.find((m) => m.role === step.role)!;
      expect(availableActions(app, actorOf(performer), T0, { staff, variant }).map((a) => a.type)).toContain(step.kind);
      app = act(app, variant, staff);
    }
  });

  it('comments are kept even after the end and bump the version', () => {
    const done = walk(fx.app(), variant, staff);
    const r = transition(done, { type: 'comment', text: 'archived' }, member('director'), T0, { staff, variant });
    expect(r.ok && [r.app.comments.length, r.app.version, r.event.action]).toEqual([1, done.version + 1, 'comment']);
    expect(payloadFor(variant.steps[0], 'done', variant, staff)).toEqual({ type: 'register' });
  });
});
