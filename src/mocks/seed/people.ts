/** The staff of a provider indexed by role and tier, for picking who performs a step. */
import type { StaffMember } from '../../domain/workflow/types.ts';

export type People = { byRoleTier: Map<string, StaffMember[]>; all: StaffMember[] };

export function peopleOf(staff: StaffMember[], providerId: string): People {
  const all = staff.filter((s) => s.providerId === providerId && s.active !== false);
  const byRoleTier = new Map<string, StaffMember[]>();
  for (const s of all) {
    for (const key of [`${s.role}|`, `${s.role}|${s.tier ?? ''}`]) {
      const list = byRoleTier.get(key) ?? [];
      list.push(s);
      byRoleTier.set(key, list);
    }
  }
  return { byRoleTier, all };
}

export function holders(p: People, role: string, tier?: string): StaffMember[] {
  return p.byRoleTier.get(`${role}|${tier ?? ''}`) ?? [];
}

