/**
 * Both clocks of an application, computed with the domain (step clock and service clock,
 * sla-semantics rule 7), plus a per-version cache of the now-independent facts the list needs to
 * filter and sort tens of thousands of rows quickly (deadline, the instant it becomes at risk).
 */
import type { Step, Variant } from '../../domain/catalog/types.ts';
import { addWorkingTime, workingMinutesBetween, type Clock, type SlaContext } from '../../domain/sla/index.ts';
import type { Application, Pause } from '../../domain/workflow/types.ts';
import { applicationClocks } from '../../domain/workflow/clocks.ts';

export type AppClocks = { step: Clock | null; service: Clock | null; stepSource: string | null; serviceSource: string | null };

export const AT_RISK_SHARE = 0.25;

function currentStep(app: Application, variant: Variant): Step | undefined {
  return app.currentStepId ? variant.steps.find((s) => s.id === app.currentStepId) : undefined;
}

/** Both clocks at `now`, with traces (through the domain's `applicationClocks`). */
export function computeAppClocks(app: Application, variant: Variant, ctx: SlaContext, now: Date): AppClocks {
  const c = applicationClocks(app, variant, ctx, now);
  const step = currentStep(app, variant);
  return {
    step: c.step,
    service: c.service,
    stepSource: step?.source ?? null,
    serviceSource: variant.term?.source ?? null,
  };
}

/** Facts of one clock that do not depend on `now` (for a given version and settings). */
export type ClockFacts = {
  /** 'live' clocks change with now; the others are fixed. */
  kind: 'live' | 'paused' | 'no_norm' | 'met' | 'missed';
  deadlineMs: number;
  /** From this instant on the clock is at risk (remaining ≤ share of the norm). */
  riskAtMs: number;
  normMinutes: number | null;
};

const NONE: ClockFacts = { kind: 'no_norm', deadlineMs: Number.POSITIVE_INFINITY, riskAtMs: Number.POSITIVE_INFINITY, normMinutes: null };

function factsOf(clock: Clock | null, ctx: SlaContext): ClockFacts {
  if (!clock) return NONE;
  const deadlineMs = clock.deadline ? Date.parse(clock.deadline) : Number.POSITIVE_INFINITY;
  if (clock.state === 'no_norm') return { kind: 'no_norm', deadlineMs, riskAtMs: deadlineMs, normMinutes: null };
  if (clock.state === 'met' || clock.state === 'missed') {
    return { kind: clock.state, deadlineMs, riskAtMs: deadlineMs, normMinutes: clock.normMinutes };
  }
  if (clock.state === 'paused') return { kind: 'paused', deadlineMs, riskAtMs: deadlineMs, normMinutes: clock.normMinutes };
  // remaining(now) = W(now, deadline); at risk once W(now, deadline) ≤ share·N, i.e. from the
  // instant X after start with W(start, X) = W(start, deadline) − share·N.
  const norm = clock.normMinutes ?? 0;
  const start = new Date(clock.start);
  const total = workingMinutesBetween(start, new Date(deadlineMs), ctx);
  const lead = total - AT_RISK_SHARE * norm;
  const riskAtMs = norm <= 0 ? deadlineMs : lead <= 0 ? start.getTime() : addWorkingTime(start, { value: lead, unit: 'minutes' }, ctx).getTime();
  return { kind: 'live', deadlineMs, riskAtMs, normMinutes: clock.normMinutes };
}

/** State of a clock at `nowMs` from its facts (the same answer the domain gives). */
export function stateAt(f: ClockFacts, nowMs: number): 'on_track' | 'at_risk' | 'overdue' | 'paused' | 'no_norm' | 'met' | 'missed' {
  if (f.kind !== 'live') return f.kind;
  if (nowMs > f.deadlineMs) return 'overdue';
  return nowMs >= f.riskAtMs ? 'at_risk' : 'on_track';
}

export type AppFacts = {
  version: number;
  ctxVersion: number;
  step: ClockFacts;
  service: ClockFacts;
  /** The domain's clocks at the time the facts were made, without traces (for list rows). */
  stepClock: Clock | null;
  serviceClock: Clock | null;
};

const untraced = (c: Clock | null): Clock | null => (c ? { ...c, trace: [] } : null);

/**
 * Facts of both clocks. An open pause freezes the state at 'paused' whatever `now` is, so the
 * facts stay valid until the application changes (new version) or the settings do.
 */
export function appFacts(app: Application, variant: Variant, ctx: SlaContext, ctxVersion: number, now: Date): AppFacts {
  const c = applicationClocks(app, variant, ctx, now);
  return {
    version: app.version,
    ctxVersion,
    step: factsOf(c.step, ctx),
    service: factsOf(c.service, ctx),
    stepClock: untraced(c.step),
    serviceClock: untraced(c.service),
  };
}

/**
 * A clock at `now` from the cached facts: live clocks get their state and remaining working time
 * recomputed (O(1) with the domain's engine); fixed ones (met, missed, no norm) are as cached.
 * Paused clocks move their deadline with time, so the caller recomputes those with the domain.
 */
export function clockAt(f: ClockFacts, cached: Clock | null, ctx: SlaContext, now: Date): Clock | null {
  if (!cached || f.kind !== 'live' || !cached.deadline) return cached;
  const deadline = new Date(f.deadlineMs);
  const nowMs = now.getTime();
  const remaining = workingMinutesBetween(now, deadline, ctx);
  return { ...cached, state: stateAt(f, nowMs), remainingMinutes: remaining };
}

/** True when a pause is open (the clocks it applies to read 'paused'). */
export function openPause(app: Application): Pause | undefined {
  return app.pauses.find((p) => !p.to);
}
