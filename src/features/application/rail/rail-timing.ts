/**
 * Timing of the step rail with the domain's clock math: whether a performed step met its norm,
 * and when the case would finish if every remaining step took its full norm.
 */
import { tryComputeClock } from '../../../domain/sla/clock';
import type { Norm, SlaContext } from '../../../domain/sla/types';
import { tryAddWorkingTime } from '../../../domain/sla/working-time';
import type { CardApplication, CardStep, HistoryRecord } from '../card-model';

/** 'met' / 'missed' for a performed step with a norm, null without one. */
export function stepMet(record: HistoryRecord, step: CardStep | null, app: CardApplication, sla: SlaContext): 'met' | 'missed' | null {
  if (!step?.norm) return null;
  const pauses = app.pauses
    .filter((p) => p.scope !== 'service')
    .map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : undefined, ground: p.ground }));
  const r = tryComputeClock(
    { start: new Date(record.startedAt), norm: step.norm as Norm, finishedAt: new Date(record.finishedAt), pauses },
    sla,
    new Date(record.finishedAt),
  );
  if (!r.ok) return null;
  return r.value.state === 'met' ? 'met' : r.value.state === 'missed' ? 'missed' : null;
}

/**
 * The planned finish: from the current step's deadline (or now, if later or absent), each
 * remaining step's full norm in turn. Null when nothing remains or a norm cannot be applied.
 */
export function plannedFinish(currentDeadline: string | null, now: Date, norms: Norm[], sla: SlaContext): Date | null {
  let at = currentDeadline ? new Date(currentDeadline) : now;
  if (Number.isNaN(at.getTime()) || at.getTime() < now.getTime()) at = now;
  for (const norm of norms) {
    const r = tryAddWorkingTime(at, norm, sla);
    if (!r.ok) return null;
    at = r.value;
  }
  return at;
}
