/** Work in hand per staff member: open applications they hold, and how many are at risk/overdue. */
import type { StaffMember } from '../../domain/workflow/types.ts';
import type { Load } from '../../api/schemas/session.ts';
import { stateAt } from './clocks.ts';
import { entryOf, providerApplications } from './entries.ts';
import { providerContext } from './provider-settings.ts';
import type { Backend } from './runtime.ts';

/** Load of every staff member of a provider (by service clock). */
export async function loadByStaff(b: Backend, providerId: string, now: Date): Promise<Map<string, Load>> {
  const { ctx, version } = await providerContext(b, providerId);
  const out = new Map<string, Load>();
  const nowMs = now.getTime();
  for (const app of await providerApplications(b, providerId)) {
    if (!app.assigneeId || (app.status !== 'in_progress' && app.status !== 'paused')) continue;
    const e = entryOf(b, app, ctx, version, now);
    const l = out.get(app.assigneeId) ?? { open: 0, atRisk: 0, overdue: 0 };
    l.open++;
    const s = stateAt(e.facts.service, nowMs);
    if (s === 'at_risk') l.atRisk++;
    if (s === 'overdue') l.overdue++;
    out.set(app.assigneeId, l);
  }
  return out;
}

export const NO_LOAD: Load = { open: 0, atRisk: 0, overdue: 0 };

export function staffSummary(s: StaffMember) {
  return {
    id: s.id,
    providerId: s.providerId,
    role: s.role,
    ...(s.tier ? { tier: s.tier } : {}),
    ...(s.departmentId ? { departmentId: s.departmentId } : {}),
    name: s.name,
    login: s.login,
    active: s.active !== false,
  };
}
