import { describe, expect, it } from 'vitest';
import { allVariants } from '../catalog/index.ts';
import { mainChain, refusalBranches } from '../catalog/plan.ts';
import type { OutcomeId, Variant } from '../catalog/types.ts';
import { makeStaff, newApp, walk } from './test-fixtures.ts';

const variants = [...allVariants()];
const label = (v: (typeof variants)[number]) => `${v.provider.id}/${v.service.id}/${v.variant.id}`;

/** Outcome choices that lead from s1 to `target` (BFS over non-return edges). */
function pathTo(variant: Variant, target: string): Record<string, OutcomeId> | null {
  const byId = new Map(variant.steps.map((s) => [s.id, s]));
  const queue: { id: string; choices: Record<string, OutcomeId> }[] = [{ id: 's1', choices: {} }];
  const seen = new Set(['s1']);
  while (queue.length) {
    const { id, choices } = queue.shift()!;
    if (id === target) return choices;
    for (const [outcome, next] of Object.entries(byId.get(id)!.outcomes)) {
      if (outcome === 'returned' || next.startsWith('end:') || seen.has(next)) continue;
      seen.add(next);
      queue.push({ id: next, choices: { ...choices, [id]: outcome as OutcomeId } });
    }
  }
  return null;
}

describe.each(variants.map((v) => [label(v), v] as const))('%s', (_, { provider, service, variant }) => {
  const staff = makeStaff(provider);

  it('walks the main chain from receipt to end:issued', () => {
    const app = walk(newApp(provider, service.id, variant, staff), variant, staff);
    expect(app.status).toBe('issued');
    expect(app.currentStepId).toBeNull();
    expect(app.finishedAt).toBeDefined();
    expect(app.history.map((h) => h.stepId)).toEqual(mainChain(variant).map((s) => s.id));
    expect(app.version).toBe(1 + app.history.length);
    expect(app.audit).toHaveLength(app.version);
    expect(app.audit.map((a) => a.version)).toEqual(app.audit.map((_, i) => i + 1));
  });

  it.each(refusalBranches(variant).map((b) => [`${b.fromStepId}.${b.outcome}`, b] as const))(
    'refusal branch %s ends at end:refused',
    (_, branch) => {
      const choices = { ...pathTo(variant, branch.fromStepId)!, [branch.fromStepId]: branch.outcome };
      const app = walk(newApp(provider, service.id, variant, staff), variant, staff, choices);
      expect(app.status).toBe('refused');
      const visited = app.history.map((h) => h.stepId);
      for (const step of branch.steps) expect(visited).toContain(step.id);
    },
  );

  it('every outcome of every step (returns included) leads on to an end', () => {
    for (const step of variant.steps) {
      const path = pathTo(variant, step.id);
      expect(path, `${step.id} reachable`).not.toBeNull();
      for (const outcome of Object.keys(step.outcomes) as OutcomeId[]) {
        const app = walk(newApp(provider, service.id, variant, staff), variant, staff, { ...path!, [step.id]: outcome });
        expect(['issued', 'refused']).toContain(app.status);
        const record = app.history.find((h) => h.stepId === step.id && h.outcome === outcome);
        expect(record, `${step.id}.${outcome}`).toBeDefined();
        const target = step.outcomes[outcome]!;
        if (target === 'end:issued') expect(app.status).toBe('issued');
        if (target === 'end:refused') expect(app.status).toBe('refused');
      }
    }
  });
});
