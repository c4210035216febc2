/**
 * The two clocks of an application (sla-semantics rule 7): the step clock (current step's norm
 * from `stepStartedAt`) and the service clock (the variant's term from receipt to the end).
 * Pauses count only on the clocks their scope names.
 */
import type { Norm, Variant } from '../catalog/types.ts';
import { tryComputeClock, type Clock, type ClockPause, type SlaContext } from '../sla/index.ts';
import type { Application, Pause } from './types.ts';

/** Both clocks; null where there is nothing to count (finished step, or inputs the SLA code rejects). */
export type ApplicationClocks = { step: Clock | null; service: Clock | null };

/** Options of `applicationClocks`. */
export type ClockOptions = { atRiskShare?: number };

const toClockPause = (p: Pause): ClockPause => ({
  from: new Date(p.from),
  ...(p.to ? { to: new Date(p.to) } : {}),
  ground: p.ground,
});

/** The service term as a norm; null when the variant has none (Aktobe attestation, accreditation). */
export function termNorm(variant: Variant): Norm | null {
  return variant.term ? { value: variant.term.value, unit: variant.term.unit } : null;
}

/**
 * Computes the step and service clocks at `now`. The service clock uses the variant's term
 * (an unconfirmed term is the catalog's default and still counts; a missing term gives a clock
 * without deadline) and stops at `finishedAt`; a returned step restarts only the step clock.
 */
export function applicationClocks(app: Application, variant: Variant, ctx: SlaContext, now: Date, opts: ClockOptions = {}): ApplicationClocks {
  const share = opts.atRiskShare === undefined ? {} : { atRiskShare: opts.atRiskShare };
  const servicePauses = app.pauses.filter((p) => p.scope !== 'step').map(toClockPause);
  const service = tryComputeClock(
    {
      start: new Date(app.receivedAt),
      norm: termNorm(variant),
      pauses: servicePauses,
      ...(app.finishedAt ? { finishedAt: new Date(app.finishedAt) } : {}),
      ...(variant.term ? { source: variant.term.source } : {}),
      ...share,
    },
    ctx,
    now,
  );
  let step: Clock | null = null;
  const current = app.currentStepId ? variant.steps.find((s) => s.id === app.currentStepId) : undefined;
  if (current) {
    const stepPauses = app.pauses.filter((p) => p.scope !== 'service').map(toClockPause);
    const r = tryComputeClock(
      { start: new Date(app.stepStartedAt), norm: current.norm, pauses: stepPauses, source: current.source, ...share },
      ctx,
      now,
    );
    step = r.ok ? r.value : null;
  }
  return { step, service: service.ok ? service.value : null };
}
