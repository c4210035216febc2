/**
 * Deterministic fixtures for workflow tests and demo data: a staff list per provider (every role,
 * every Ministry tier), valid payloads per step kind and a walker that drives an application
 * through its chain with the right people.
 */
import type { OutcomeId, Provider, RoleId, Step, Variant } from '../catalog/types.ts';
import { forwardTarget } from '../catalog/plan.ts';
import { makeValidIin } from '../identity/iin-bin.ts';
import { createApplication } from './create.ts';
import { transition } from './engine.ts';
import type { Action, Actor, Application, StaffMember } from './types.ts';

const COUNTS: [RoleId, number][] = [
  ['chancellery', 2],
  ['director', 1],
  ['department_head', 2],
  ['specialist', 3],
  ['commission', 1],
];

/** Staff of a provider: per tier two clerks, one director, two heads, three specialists, one commission secretary. */
export function makeStaff(provider: Provider): StaffMember[] {
  const tiers: (string | undefined)[] = provider.tiers ? provider.tiers.map((t) => t.id) : [undefined];
  const staff: StaffMember[] = [];
  for (const tier of tiers) {
    for (const [role, count] of COUNTS) {
      for (let n = 1; n <= count; n++) {
        const id = `${provider.id}:${tier ?? 'main'}:${role}:${n}`;
        staff.push({ id, providerId: provider.id, role, ...(tier ? { tier } : {}), name: { ru: id, kk: id }, login: id });
      }
    }
  }
  return staff;
}

/** The actor a staff member logs in as. */
export const actorOf = (m: StaffMember): Actor => ({ id: m.id, providerId: m.providerId, role: m.role, ...(m.tier ? { tier: m.tier } : {}) });

/** Staff members able to hold a step. */
export const holdersOf = (staff: StaffMember[], step: Step) =>
  staff.filter((m) => m.role === step.role && (step.tier === undefined || m.tier === step.tier));

const SIGNATURE = { certificateSerial: 'KZ-0001', signedAt: '2024-03-04T06:00:00.000Z' };

/** A valid payload for the step with the chosen outcome. */
export function payloadFor(step: Step, outcome: OutcomeId, variant: Variant, staff: StaffMember[]): Action {
  const nextId = step.outcomes[outcome];
  const next = variant.steps.find((s) => s.id === nextId);
  const pick = (role: RoleId, index: number) => {
    const list = staff.filter((m) => m.role === role && (next?.tier === undefined || m.tier === next.tier));
    return list[Math.min(index, list.length - 1)].id;
  };
  switch (step.kind) {
    case 'register': return { type: 'register' };
    case 'resolve':
      if (next?.role === 'department_head') return { type: 'resolve', headId: pick('department_head', 0) };
      return next?.role === 'specialist' ? { type: 'resolve', executorId: pick('specialist', 0) } : { type: 'resolve' };
    case 'distribute': return { type: 'distribute', executorId: pick('specialist', 1) };
    case 'check_completeness':
      return outcome === 'incomplete' ? { type: 'check_completeness', outcome, missingDocuments: ['application form'] } : { type: 'check_completeness', outcome: 'complete' };
    case 'licensing_control':
      return outcome === 'site_visit' ? { type: 'licensing_control', outcome, visitDate: '2024-03-05', findings: 'premises match' } : { type: 'licensing_control', outcome: 'documents_sufficient' };
    case 'request_conclusions': return { type: 'request_conclusions', bodies: ['health_department'] };
    case 'record_conclusion': return { type: 'record_conclusion', body: 'health_department', outcome: outcome as 'positive' | 'negative', summary: 'checked' };
    case 'conclusion':
      return outcome === 'does_not_meet' ? { type: 'conclusion', outcome, reasons: ['no qualified staff'] } : { type: 'conclusion', outcome: 'meets' };
    case 'approve':
      return outcome === 'returned' ? { type: 'approve', outcome, reason: 'fix the conclusion' } : { type: 'approve', outcome: 'approved' };
    case 'prepare_order': return { type: 'prepare_order', orderNo: 'ORD-1', registryNo: 'REG-1' };
    case 'sign_order':
    case 'sign_result':
      return outcome === 'returned' ? { type: step.kind, outcome, reason: 'typo' } : { type: step.kind, outcome: 'signed', signature: SIGNATURE };
    case 'prepare_result': return { type: 'prepare_result', documentNo: 'LIC-1' };
    case 'prepare_refusal': return { type: 'prepare_refusal', reasons: ['incomplete package'] };
    case 'issue': return { type: 'issue', via: 'portal' };
    case 'schedule_test': return { type: 'schedule_test', testDate: '2024-04-01' };
    case 'record_test': return { type: 'record_test', outcome: outcome as 'passed' | 'failed', score: 80 };
    case 'prepare_commission': return { type: 'prepare_commission', meetingDate: '2024-04-02' };
    case 'commission_review': return { type: 'commission_review', protocolNo: 'PR-1', outcome: outcome as 'positive' | 'negative' };
  }
}

/** A fresh application of a variant, received at `at`. */
export function newApp(provider: Provider, serviceId: string, variant: Variant, staff: StaffMember[], at = '2024-03-04T04:00:00.000Z'): Application {
  const created = createApplication(
    {
      id: `app-${provider.id}-${serviceId}-${variant.id}`,
      providerId: provider.id,
      serviceId,
      variantId: variant.id,
      regNo: 'KZ-1',
      channel: provider.channels[0],
      applicant: { type: 'person', iin: makeValidIin(() => 0.42), name: 'Applicant' },
      arrivedAt: at,
    },
    at,
    { staff, variant },
  );
  if (!created.ok) throw new Error(created.code);
  return created.app;
}

/** The member who performs the current step: its holder, or the first of the role's queue. */
export function performerOf(app: Application, step: Step, staff: StaffMember[]): StaffMember {
  if (app.assigneeId) return staff.find((m) => m.id === app.assigneeId)!;
  return holdersOf(staff, step)[0];
}

/** Performs the current step with the given outcome (one minute after the previous change). */
export function act(app: Application, variant: Variant, staff: StaffMember[], outcome?: OutcomeId): Application {
  const step = variant.steps.find((s) => s.id === app.currentStepId)!;
  const chosen = outcome ?? (Object.entries(step.outcomes).find(([, t]) => t === forwardTarget(step))![0] as OutcomeId);
  const now = new Date(Date.parse(app.audit[app.audit.length - 1].at) + 60_000);
  const result = transition(app, payloadFor(step, chosen, variant, staff), actorOf(performerOf(app, step, staff)), now, { staff, variant, expectedVersion: app.version });
  if (!result.ok) throw new Error(`${variant.id} ${step.id} ${chosen}: ${result.code} ${JSON.stringify(result.details ?? '')}`);
  return result.app;
}

/** Drives the application until it ends, taking `choices[stepId]` where given (once each) and forward outcomes elsewhere. */
export function walk(app: Application, variant: Variant, staff: StaffMember[], choices: Record<string, OutcomeId> = {}): Application {
  const left = { ...choices };
  for (let i = 0; i < 200 && app.currentStepId; i++) {
    const id = app.currentStepId;
    const outcome = left[id];
    delete left[id];
    app = act(app, variant, staff, outcome);
  }
  return app;
}
