/**
 * Who holds a step (workflow.md, "Who holds a step"): the catalog names the role, these rules
 * pick the person — or leave the step in the role's queue (null).
 */
import type { RoleId, Step } from '../catalog/types.ts';
import type { Actor, Application, StaffMember } from './types.ts';

/** True if the staff member may hold the step (role, tier, provider, not dismissed). */
export function canHold(member: StaffMember, step: Step, providerId: string): boolean {
  return (
    member.providerId === providerId &&
    member.role === step.role &&
    (step.tier === undefined || member.tier === step.tier) &&
    member.active !== false
  );
}

/** Staff of a provider with a role, optionally of one tier. */
export function staffOf(staff: StaffMember[], providerId: string, role: RoleId, tier?: string): StaffMember[] {
  return staff.filter(
    (m) => m.providerId === providerId && m.role === role && (tier === undefined || m.tier === tier) && m.active !== false,
  );
}

/** The staff member behind an id, if known. */
export function memberById(staff: StaffMember[], id: string | null | undefined): StaffMember | undefined {
  return id ? staff.find((m) => m.id === id) : undefined;
}

/**
 * Holder of a step that the application enters normally (not by a return).
 * `app` must already carry the executor/head chosen by the step just finished.
 */
export function holderFor(step: Step, app: Application, staff: StaffMember[]): string | null {
  const fits = (id: string | null) => {
    const m = memberById(staff, id);
    return m && canHold(m, step, app.providerId) ? m.id : null;
  };
  const only = (role: RoleId) => {
    const list = staffOf(staff, app.providerId, role, step.tier);
    return list.length === 1 ? list[0].id : null;
  };
  switch (step.role) {
    case 'chancellery':
      return null;
    case 'specialist':
      return fits(app.executorId);
    case 'department_head':
      return fits(app.headId) ?? only('department_head');
    case 'director':
      return only('director');
    case 'commission':
      return only('commission');
    default:
      return null;
  }
}

/** Holder of a step entered by a return: whoever performed it last (the position, not the substitute). */
export function holderAfterReturn(step: Step, app: Application, staff: StaffMember[]): string | null {
  for (let i = app.history.length - 1; i >= 0; i--) {
    const record = app.history[i];
    if (record.stepId === step.id) return record.onBehalfOf ?? record.actorId;
  }
  return holderFor(step, app, staff);
}

/**
 * The identity and position an actor acts in: a substitute (actingFor) takes the absent member's
 * id, role and tier when that member is known.
 */
export function effectiveActor(actor: Actor, staff: StaffMember[]): { id: string; role: RoleId; tier?: string; providerId: string } {
  if (!actor.actingFor) return { id: actor.id, role: actor.role, tier: actor.tier, providerId: actor.providerId };
  const absent = memberById(staff, actor.actingFor);
  if (!absent) return { id: actor.actingFor, role: actor.role, tier: actor.tier, providerId: actor.providerId };
  return { id: absent.id, role: absent.role, tier: absent.tier, providerId: absent.providerId };
}
