/** Application → inbox row (docs/api.md §Applications): ids, people, both clocks without traces. */
import type { Step, Variant } from '../../domain/catalog/types.ts';
import type { Clock } from '../../domain/sla/index.ts';
import type { Application, StaffMember } from '../../domain/workflow/types.ts';
import type { ApplicationRow } from '../../api/schemas/applications.ts';
import type { PersonRef } from '../../api/schemas/common.ts';

export function personRef(member: StaffMember | undefined): PersonRef | null {
  return member ? { id: member.id, name: member.name } : null;
}

/** The clock as lists send it (the trace is only in the detail). */
export function rowClock(c: Clock | null): ApplicationRow['stepClock'] {
  if (!c) return null;
  return { state: c.state, start: c.start, deadline: c.deadline, expected: c.expected, normMinutes: c.normMinutes, remainingMinutes: c.remainingMinutes };
}

export function currentStepOf(app: Application, variant: Variant | undefined): Step | undefined {
  return app.currentStepId && variant ? variant.steps.find((s) => s.id === app.currentStepId) : undefined;
}

/** Last four digits of the IIN/BIN (lists never carry the full number). */
export function idTail(app: Application): string {
  const id = app.applicant.type === 'person' ? app.applicant.iin : app.applicant.bin;
  return id.slice(-4);
}

export function toRow(
  app: Application,
  variant: Variant | undefined,
  clocks: { step: Clock | null; service: Clock | null },
  staffById: Map<string, StaffMember>,
): ApplicationRow {
  const step = currentStepOf(app, variant);
  return {
    id: app.id,
    regNo: app.regNo,
    providerId: app.providerId,
    serviceId: app.serviceId,
    variantId: app.variantId,
    applicant: { type: app.applicant.type, name: app.applicant.name, idTail: idTail(app) },
    step: step ? { id: step.id, kind: step.kind, role: step.role, ...(step.tier ? { tier: step.tier } : {}) } : null,
    assignee: personRef(app.assigneeId ? staffById.get(app.assigneeId) : undefined),
    executor: personRef(app.executorId ? staffById.get(app.executorId) : undefined),
    channel: app.channel,
    arrivedAt: app.arrivedAt,
    receivedAt: app.receivedAt,
    version: app.version,
    status: app.status,
    stepClock: rowClock(clocks.step),
    serviceClock: rowClock(clocks.service),
  };
}
