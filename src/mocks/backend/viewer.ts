/** The signed-in person as the backend sees them: own position plus active substitutions. */
import type { Actor, StaffMember } from '../../domain/workflow/types.ts';
import type { Viewer } from './list.ts';
import type { Backend } from './runtime.ts';
import { activeFor } from './substitutions.ts';

export async function viewerOf(b: Backend, me: StaffMember, now: Date): Promise<Viewer> {
  const subs = await activeFor(b, me.providerId, me.id, now);
  const actingFor: StaffMember[] = [];
  for (const s of subs) {
    const m = await b.staffMember(s.absentId);
    if (m && m.providerId === me.providerId) actingFor.push(m);
  }
  return { me, actingFor };
}

/** The domain actor of a staff member, optionally acting for an absent colleague. */
export function actorOf(me: StaffMember, actingFor?: StaffMember): Actor {
  return {
    id: me.id,
    providerId: me.providerId,
    role: me.role,
    ...(me.tier ? { tier: me.tier } : {}),
    name: me.name.ru,
    ...(actingFor ? { actingFor: actingFor.id } : {}),
  };
}
