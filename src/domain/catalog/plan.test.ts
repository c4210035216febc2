import { describe, expect, it } from 'vitest';
import { allVariants, findVariant } from './index.ts';
import { mainChain, planOf, refusalBranches } from './plan.ts';
import type { Variant } from './types.ts';

function variant(p: string, s: string, v: string): Variant {
  const r = findVariant(p, s, v);
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

describe('planOf', () => {
  it('flags the Almaty 2016 issue chain (10–17 wd + 45 min) as exceeding its 15-wd term', () => {
    const plan = planOf(variant('almaty-gasc-2016', 'design-license', 'issue'));
    expect(plan.byUnit.working_days).toEqual({ min: 10, max: 17 });
    expect(plan.byUnit.minutes).toEqual({ min: 45, max: 45 });
    expect(plan.planExceedsTerm).toBe(true);
    expect(plan.termUnconfirmed).toBe(false);
    expect(plan.termMissing).toBe(false);
    expect(plan.stepsWithoutNorm).toEqual(['s2', 's3', 's12']);
  });

  it('flags missing terms (Aktobe attestation) and unconfirmed ones', () => {
    const att = planOf(variant('aktobe-gasc-2019', 'expert-attestation', 'attestation'));
    expect(att.termMissing).toBe(true);
    expect(att.planExceedsTerm).toBe(false);
    const aktobe = planOf(variant('aktobe-gasc-2019', 'design-license', 'issue'));
    expect(aktobe.termUnconfirmed).toBe(true);
    expect(aktobe.planExceedsTerm).toBe(false);
  });

  it('lists every main step of the economy office as without norm', () => {
    const plan = planOf(variant('almaty-uebp-2014', 'medical-activity-license', 'issue'));
    expect(plan.stepsWithoutNorm).toHaveLength(plan.mainChain.length);
    expect(plan.byUnit).toEqual({});
    expect(plan.planExceedsTerm).toBe(false);
  });

  it('flags the East Kazakhstan duplicate (full chain vs 2 wd)', () => {
    expect(planOf(variant('east-kazakhstan-gasc-2016', 'design-license', 'duplicate')).planExceedsTerm).toBe(true);
    expect(planOf(variant('east-kazakhstan-gasc-2016', 'design-license', 'issue')).planExceedsTerm).toBe(false);
  });

  it('main chains end at end:issued and refusal branches at end:refused for every variant', () => {
    for (const { variant: v } of allVariants()) {
      const chain = mainChain(v);
      const last = chain[chain.length - 1];
      expect(Object.values(last.outcomes)).toContain('end:issued');
      for (const branch of refusalBranches(v)) {
        const end = branch.steps[branch.steps.length - 1];
        expect(Object.values(end.outcomes)).toContain('end:refused');
      }
    }
  });
});
