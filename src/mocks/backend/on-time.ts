/**
 * On-time share of each performer: of the steps they finished (last 30 days), how many were
 * done within the step's norm. Cached per application object (= per version).
 */
import type { Variant } from '../../domain/catalog/types.ts';
import { addWorkingTime, type SlaContext } from '../../domain/sla/index.ts';
import type { Application } from '../../domain/workflow/types.ts';

type Done = { actorId: string; finishedAt: number; met: boolean | null };
const cache = new WeakMap<Application, { ctxVersion: number; done: Done[] }>();

function deadlineMax(norm: NonNullable<Variant['steps'][number]['norm']>) {
  return 'value' in norm ? { value: norm.value, unit: norm.unit } : { value: norm.max, unit: norm.unit };
}

export function finishedSteps(app: Application, variant: Variant, ctx: SlaContext, ctxVersion: number): Done[] {
  const hit = cache.get(app);
  if (hit && hit.ctxVersion === ctxVersion) return hit.done;
  const done: Done[] = app.history.map((h) => {
    const step = variant.steps.find((s) => s.id === h.stepId);
    const finishedAt = Date.parse(h.finishedAt);
    if (!step?.norm) return { actorId: h.onBehalfOf ?? h.actorId, finishedAt, met: null };
    const due = addWorkingTime(new Date(h.startedAt), deadlineMax(step.norm), ctx).getTime();
    return { actorId: h.onBehalfOf ?? h.actorId, finishedAt, met: finishedAt <= due };
  });
  cache.set(app, { ctxVersion, done });
  return done;
}
