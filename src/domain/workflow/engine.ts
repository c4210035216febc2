/**
 * The workflow engine: a pure function of (application, action, actor, now) that returns the next
 * application and its audit entry, or a refusal code. It follows the catalog's outcomes exactly
 * and the assignment rules of workflow.md; it never throws and never reads the clock.
 */
import { findStep, findVariant } from '../catalog/index.ts';
import type { Step, Variant } from '../catalog/types.ts';
import { outcomeOf, validateAction } from './actions.ts';
import { canHold, effectiveActor, holderAfterReturn, holderFor, memberById } from './assignment.ts';
import { applyStepData } from './step-data.ts';
import type {
  Action,
  Actor,
  Application,
  AuditEntry,
  AvailableAction,
  StaffMember,
  TransitionErrorCode,
  TransitionResult,
} from './types.ts';

/** Everything the engine may need besides (app, action, actor, now). */
export type TransitionOptions = {
  /** Staff of the provider: used to pick holders and to check chosen people. */
  staff?: StaffMember[];
  /** Optimistic locking: refuse with `version_conflict` if the app's version differs. */
  expectedVersion?: number;
  /** The variant to run (defaults to the catalog's). */
  variant?: Variant;
};

type Fail = Extract<TransitionResult, { ok: false }>;
const fail = (code: TransitionErrorCode, details?: Fail['details']): Fail =>
  details === undefined ? { ok: false, code } : { ok: false, code, details };

type Effective = ReturnType<typeof effectiveActor>;
const SUPERVISORS = new Set(['director', 'department_head']);

function variantOf(app: Application, opts: TransitionOptions): Variant | null {
  if (opts.variant) return opts.variant;
  const found = findVariant(app.providerId, app.serviceId, app.variantId);
  return found.ok ? found.value : null;
}

function currentStep(app: Application, variant: Variant): Step | null {
  if (!app.currentStepId) return null;
  const found = findStep(variant, app.currentStepId);
  return found.ok ? found.value : null;
}

/** Role, tier and assignment check for performing (or taking) the current step. */
function performerCheck(step: Step, app: Application, eff: Effective, claim: boolean): TransitionErrorCode | null {
  if (eff.role !== step.role) return 'forbidden_role';
  if (step.tier !== undefined && eff.tier !== step.tier) return 'wrong_tier';
  if (claim) return app.assigneeId === null ? null : 'not_assignee';
  if (app.assigneeId !== null && app.assigneeId !== eff.id) return 'not_assignee';
  return null;
}

/** Pause/resume: the holder of the step, a director or a department head. */
function pauseCheck(app: Application, eff: Effective): TransitionErrorCode | null {
  return app.assigneeId === eff.id || SUPERVISORS.has(eff.role) ? null : 'forbidden_role';
}

function openExternalPause(app: Application): boolean {
  return app.pauses.some((p) => !p.to && p.ground === 'external_conclusion');
}

/** Lists the actions the actor may perform now, each with the outcomes the catalog allows. */
export function availableActions(app: Application, actor: Actor, _now: Date, opts: TransitionOptions = {}): AvailableAction[] {
  const staff = opts.staff ?? [];
  const eff = effectiveActor(actor, staff);
  if (actor.providerId !== app.providerId || eff.providerId !== app.providerId) return [];
  const result: AvailableAction[] = [];
  const variant = variantOf(app, opts);
  const step = variant ? currentStep(app, variant) : null;
  if (step && (app.status === 'in_progress' || app.status === 'paused')) {
    const canPerform = performerCheck(step, app, eff, false) === null;
    const stepOpen = app.status === 'in_progress' || (step.kind === 'record_conclusion' && openExternalPause(app));
    if (canPerform && stepOpen) result.push({ type: step.kind, outcomes: Object.keys(step.outcomes) as AvailableAction['outcomes'] });
    if (app.assigneeId === null && performerCheck(step, app, eff, true) === null) result.push({ type: 'take' });
    if (SUPERVISORS.has(eff.role) && (step.tier === undefined || eff.tier === step.tier)) result.push({ type: 'assign' });
    if (pauseCheck(app, eff) === null) result.push({ type: app.status === 'paused' ? 'resume' : 'pause' });
  }
  result.push({ type: 'comment' });
  return result;
}

/** Validates the people chosen by resolve/distribute against the step they will hold. */
function choosePeople(action: Action, next: Step | null, app: Application, staff: StaffMember[]) {
  const chosen: { headId?: string; executorId?: string } = {};
  const issues: Record<string, string> = {};
  const check = (field: 'headId' | 'executorId', id: string | undefined, role: 'department_head' | 'specialist') => {
    if (id === undefined) return;
    const m = memberById(staff, id);
    const tier = next?.role === role ? next.tier : undefined;
    const probe = { ...(next ?? ({} as Step)), role, tier } as Step;
    if (!m || !canHold(m, probe, app.providerId)) issues[field] = 'unknown_staff';
    else chosen[field] = id;
  };
  if (action.type === 'resolve') {
    check('headId', action.headId, 'department_head');
    check('executorId', action.executorId, 'specialist');
    if (next?.role === 'specialist' && action.executorId === undefined) issues.executorId = 'required';
    if (next?.role === 'department_head' && action.headId === undefined && holderFor(next, app, staff) === null) {
      issues.headId = 'required';
    }
  } else if (action.type === 'distribute') {
    check('executorId', action.executorId, 'specialist');
  }
  return { chosen, issues };
}

function finish(app: Application, action: Action, actor: Actor, eff: Effective, now: Date, fromStep: string | null, outcome?: AuditEntry['outcome']): TransitionResult {
  const event: AuditEntry = {
    at: now.toISOString(),
    actorId: actor.id,
    ...(actor.actingFor ? { onBehalfOf: eff.id } : {}),
    action: action.type,
    ...(outcome ? { outcome } : {}),
    ...(action.comment ? { comment: action.comment } : {}),
    fromStep,
    toStep: app.currentStepId,
    assigneeId: app.assigneeId,
    version: app.version + 1,
  };
  return { ok: true, app: { ...app, version: app.version + 1, audit: [...app.audit, event] }, event };
}

/**
 * Applies an action. Checks in order: payload, variant, provider, version, finished, step,
 * role, tier, assignment, outcome. Every success appends one audit entry and bumps the version.
 */
export function transition(app: Application, input: Action | unknown, actor: Actor, now: Date, opts: TransitionOptions = {}): TransitionResult {
  const valid = validateAction(input);
  if (!valid.ok) return fail('invalid_payload', valid.details);
  const action = valid.action;
  const variant = variantOf(app, opts);
  if (!variant) return fail('unknown_variant');
  const staff = opts.staff ?? [];
  const eff = effectiveActor(actor, staff);
  if (actor.providerId !== app.providerId || eff.providerId !== app.providerId) return fail('wrong_provider');
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== app.version) {
    return fail('version_conflict', { expected: opts.expectedVersion, actual: app.version });
  }
  const at = now.toISOString();
  const from = app.currentStepId;

  if (action.type === 'comment') {
    const comment = { id: `${app.id}-c${app.comments.length + 1}`, at, authorId: actor.id, ...(actor.actingFor ? { onBehalfOf: eff.id } : {}), text: action.text, stepId: from };
    return finish({ ...app, comments: [...app.comments, comment] }, { ...action, comment: action.text }, actor, eff, now, from);
  }
  if (app.status === 'issued' || app.status === 'refused') return fail('finished');
  const step = currentStep(app, variant);
  if (!step) return fail('wrong_step');

  switch (action.type) {
    case 'pause': {
      const denied = pauseCheck(app, eff);
      if (denied) return fail(denied);
      if (app.status === 'paused') return fail('paused');
      const pause = { id: `${app.id}-p${app.pauses.length + 1}`, from: at, ground: action.ground, actorId: actor.id, ...(actor.actingFor ? { onBehalfOf: eff.id } : {}), scope: action.scope ?? 'both', stepId: from, ...(action.comment ? { comment: action.comment } : {}) };
      return finish({ ...app, status: 'paused', pauses: [...app.pauses, pause] }, action, actor, eff, now, from);
    }
    case 'resume': {
      if (app.status !== 'paused') return fail('wrong_step');
      const denied = pauseCheck(app, eff);
      if (denied) return fail(denied);
      return finish({ ...app, status: 'in_progress', pauses: app.pauses.map((p) => (p.to ? p : { ...p, to: at })) }, action, actor, eff, now, from);
    }
    case 'take': {
      const denied = performerCheck(step, app, eff, true);
      if (denied) return fail(denied, denied === 'not_assignee' ? { assigneeId: app.assigneeId } : undefined);
      const next = { ...app, assigneeId: eff.id, ...(step.role === 'specialist' ? { executorId: eff.id } : {}) };
      return finish(next, action, actor, eff, now, from);
    }
    case 'assign': {
      if (!SUPERVISORS.has(eff.role)) return fail('forbidden_role');
      if (step.tier !== undefined && eff.tier !== step.tier) return fail('wrong_tier');
      const target = memberById(staff, action.assigneeId);
      if (!target || !canHold(target, step, app.providerId)) return fail('unknown_staff', { assigneeId: 'unknown_staff' });
      const next = {
        ...app,
        assigneeId: target.id,
        ...(step.role === 'specialist' ? { executorId: target.id } : {}),
        ...(step.role === 'department_head' ? { headId: target.id } : {}),
      };
      return finish(next, action, actor, eff, now, from);
    }
    default:
      return performStep(app, action, actor, eff, now, step, variant, staff);
  }
}

function performStep(app: Application, action: Action, actor: Actor, eff: Effective, now: Date, step: Step, variant: Variant, staff: StaffMember[]): TransitionResult {
  const at = now.toISOString();
  if (action.type !== step.kind) return fail('wrong_step', { expected: step.kind });
  const autoResume = app.status === 'paused' && step.kind === 'record_conclusion' && openExternalPause(app);
  if (app.status === 'paused' && !autoResume) return fail('paused');
  const denied = performerCheck(step, app, eff, false);
  if (denied) return fail(denied, denied === 'not_assignee' ? { assigneeId: app.assigneeId } : undefined);
  const outcome = outcomeOf(action);
  const target = outcome ? step.outcomes[outcome] : undefined;
  if (!outcome || !target) return fail('not_allowed_outcome', { allowed: Object.keys(step.outcomes) });
  const nextStep = target.startsWith('end:') ? null : (variant.steps.find((s) => s.id === target) ?? null);
  if (!target.startsWith('end:') && !nextStep) return fail('wrong_step', { target });

  const { chosen, issues } = choosePeople(action, nextStep, app, staff);
  if (Object.keys(issues).length > 0) {
    const code = Object.values(issues).includes('unknown_staff') ? 'unknown_staff' : 'invalid_payload';
    return fail(code, issues);
  }
  const record = {
    stepId: step.id,
    kind: step.kind,
    startedAt: app.stepStartedAt,
    finishedAt: at,
    actorId: actor.id,
    ...(actor.actingFor ? { onBehalfOf: eff.id } : {}),
    outcome,
    ...(action.comment ? { comment: action.comment } : {}),
  };
  let data = applyStepData(app.data, action, at);
  if (outcome === 'returned' && 'reason' in action) {
    data = { ...data, returns: [...(data.returns ?? []), { stepId: step.id, toStepId: target, reason: action.reason, at, actorId: actor.id }] };
  }
  let next: Application = {
    ...app,
    ...chosen,
    // A step performed from the queue makes its performer the responsible executor of that tier.
    ...(step.role === 'specialist' && app.executorId !== eff.id && chosen.executorId === undefined ? { executorId: eff.id } : {}),
    status: autoResume ? 'in_progress' : app.status,
    pauses: autoResume ? app.pauses.map((p) => (p.to ? p : { ...p, to: at })) : app.pauses,
    history: [...app.history, record],
    data,
  };
  if (!nextStep) {
    next = { ...next, status: target === 'end:issued' ? 'issued' : 'refused', currentStepId: null, assigneeId: null, stepStartedAt: at, finishedAt: at };
  } else {
    next = { ...next, currentStepId: nextStep.id, stepStartedAt: at };
    const holder = outcome === 'returned' ? holderAfterReturn(nextStep, next, staff) : holderFor(nextStep, next, staff);
    next = { ...next, assigneeId: holder };
    if (action.type === 'request_conclusions' && action.pause) {
      const pause = { id: `${app.id}-p${app.pauses.length + 1}`, from: at, ground: 'external_conclusion' as const, actorId: actor.id, scope: 'both' as const, stepId: nextStep.id };
      next = { ...next, status: 'paused', pauses: [...next.pauses, pause] };
    }
  }
  return finish(next, action, actor, eff, now, step.id, outcome);
}
