/**
 * Live ticking of a clock the server computed: the UI re-evaluates remaining working time and
 * state every minute with the same rules (sla-semantics rule 9), without the catalog.
 */
import type { SlaContext } from './types.ts';
import { workingMinutesBetween } from './working-time.ts';

export type TickableClock = {
  state: string;
  deadline: string | null;
  remainingMinutes: number | null;
  normMinutes: number | null;
};

const LIVE = new Set(['on_track', 'at_risk', 'overdue']);

/**
 * Returns the clock as of `now`: remaining working minutes to the deadline (negative = overdue by,
 * in working time) and the state (`overdue` once now is past the deadline, `at_risk` when at most
 * `atRiskShare` of the norm is left). Finished, paused and norm-less clocks are returned as they are.
 */
export function tickClock<C extends TickableClock>(clock: C, ctx: SlaContext, now: Date, atRiskShare = 0.25): C {
  if (!LIVE.has(clock.state) || !clock.deadline) return clock;
  const deadline = new Date(clock.deadline);
  if (Number.isNaN(deadline.getTime()) || Number.isNaN(now.getTime())) return clock;
  if (now.getTime() > deadline.getTime()) {
    const late = workingMinutesBetween(deadline, now, ctx);
    return { ...clock, state: 'overdue', remainingMinutes: -late };
  }
  const remaining = workingMinutesBetween(now, deadline, ctx);
  const atRisk = clock.normMinutes !== null && clock.normMinutes > 0 && remaining <= atRiskShare * clock.normMinutes;
  return { ...clock, state: atRisk ? 'at_risk' : 'on_track', remainingMinutes: remaining };
}
