/**
 * Plan analysis of a variant: the sum of the main chain's step norms against the legal term.
 * Contradictions of the regulations are returned as data (flags), never repaired here.
 */
import type { Norm, OutcomeId, Step, Term, Unit, Variant } from './types.ts';

/** Outcomes that continue the main (issuing) path, in order of preference. */
const FORWARD_OUTCOMES: readonly OutcomeId[] = [
  'done',
  'complete',
  'documents_sufficient',
  'sent',
  'positive',
  'meets',
  'approved',
  'signed',
  'passed',
];

/** Working minutes per working day (sla-semantics: 09:00–18:00 with a 1-hour break). */
export const WORKING_MINUTES_PER_DAY = 480;

/** A min–max span. */
export type Span = { min: number; max: number };

/** A refusal branch: where it leaves the main chain and the steps down to `end:refused`. */
export type RefusalBranch = { fromStepId: string; outcome: OutcomeId; steps: Step[] };

/** Result of `planOf`. */
export type VariantPlan = {
  /** Step ids of the main chain from s1 to `end:issued`. */
  mainChain: string[];
  /** Sum of the main chain's norms per unit. */
  byUnit: Partial<Record<Unit, Span>>;
  /** Minutes, hours and working days summed as working minutes (8 h a day); calendar days excluded. */
  workingMinutes: Span;
  /** The term in working minutes, or null when missing or in calendar days. */
  termWorkingMinutes: number | null;
  /** The main chain's maximum exceeds the term (e.g. Almaty issue: 10–17 wd + 45 min vs 15 wd). */
  planExceedsTerm: boolean;
  /** The term is a default taken from outside the seeds (`confirmed: false`). */
  termUnconfirmed: boolean;
  /** The variant has no term at all (Aktobe attestation and accreditation). */
  termMissing: boolean;
  /** Main-chain steps with no norm (only the service term applies to them). */
  stepsWithoutNorm: string[];
};

/** Lower and upper bound of a norm. */
export function normSpan(norm: Norm): Span {
  return 'value' in norm ? { min: norm.value, max: norm.value } : { min: norm.min, max: norm.max };
}

/** Converts an amount to working minutes; null for calendar days (not comparable). */
export function toWorkingMinutes(amount: number, unit: Unit): number | null {
  if (unit === 'minutes') return amount;
  if (unit === 'hours') return amount * 60;
  if (unit === 'working_days') return amount * WORKING_MINUTES_PER_DAY;
  return null;
}

/** The forward outcome target of a step (the issuing path), or null if it has none. */
export function forwardTarget(step: Step): string | null {
  for (const outcome of FORWARD_OUTCOMES) {
    const target = step.outcomes[outcome];
    if (target) return target;
  }
  return null;
}

/** Steps of the main chain: from the first step along forward outcomes to an end. */
export function mainChain(variant: Variant): Step[] {
  const byId = new Map(variant.steps.map((s) => [s.id, s]));
  const chain: Step[] = [];
  const seen = new Set<string>();
  let current = variant.steps[0];
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current);
    const next = forwardTarget(current);
    current = next ? byId.get(next)! : undefined!;
  }
  return chain;
}

/** Refusal branches: every outcome of a main-chain step that leads to a step off the main chain. */
export function refusalBranches(variant: Variant): RefusalBranch[] {
  const byId = new Map(variant.steps.map((s) => [s.id, s]));
  const main = mainChain(variant);
  const mainIds = new Set(main.map((s) => s.id));
  const branches: RefusalBranch[] = [];
  for (const step of main) {
    for (const [outcome, target] of Object.entries(step.outcomes) as [OutcomeId, string][]) {
      if (outcome === 'returned' || mainIds.has(target) || !byId.has(target)) continue;
      const steps: Step[] = [];
      const seen = new Set<string>();
      let current = byId.get(target);
      while (current && !seen.has(current.id)) {
        seen.add(current.id);
        steps.push(current);
        const next = forwardTarget(current);
        current = next ? byId.get(next) : undefined;
      }
      branches.push({ fromStepId: step.id, outcome, steps });
    }
  }
  return branches;
}

function termMinutes(term: Term): number | null {
  return term ? toWorkingMinutes(term.value, term.unit) : null;
}

/** Analyses a variant's plan against its term; contradictions come back as flags. */
export function planOf(variant: Variant): VariantPlan {
  const chain = mainChain(variant);
  const byUnit: Partial<Record<Unit, Span>> = {};
  const workingMinutes: Span = { min: 0, max: 0 };
  const stepsWithoutNorm: string[] = [];
  for (const step of chain) {
    if (!step.norm) {
      stepsWithoutNorm.push(step.id);
      continue;
    }
    const span = normSpan(step.norm);
    const sum = byUnit[step.norm.unit] ?? { min: 0, max: 0 };
    byUnit[step.norm.unit] = { min: sum.min + span.min, max: sum.max + span.max };
    const lo = toWorkingMinutes(span.min, step.norm.unit);
    const hi = toWorkingMinutes(span.max, step.norm.unit);
    if (lo !== null && hi !== null) {
      workingMinutes.min += lo;
      workingMinutes.max += hi;
    }
  }
  const termWorkingMinutes = termMinutes(variant.term);
  return {
    mainChain: chain.map((s) => s.id),
    byUnit,
    workingMinutes,
    termWorkingMinutes,
    planExceedsTerm: termWorkingMinutes !== null && workingMinutes.max > termWorkingMinutes,
    termUnconfirmed: variant.term !== null && !variant.term.confirmed,
    termMissing: variant.term === null,
    stepsWithoutNorm,
  };
}
