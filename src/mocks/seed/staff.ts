/**
 * Demo staff: about 50 people across the five providers, the same on every seed (so logins and
 * names in tests and demos never change). Login = `<provider prefix>.<role><n>`, e.g.
 * 'almaty.specialist1'; the Ministry's staff carry their tier: 'mrd.dep.specialist1',
 * 'mrd.com.head1'; its commission secretary is 'mrd.commission'.
 */
import type { RoleId } from '../../domain/catalog/types.ts';
import type { StaffMember } from '../../domain/workflow/types.ts';
import { personName } from './names.ts';
import { mulberry32 } from './prng.ts';

/** Short codes of each provider: login prefix and registration-number prefix. */
export const PROVIDER_CODES: Record<string, { prefix: string; regCode: string }> = {
  'almaty-gasc-2016': { prefix: 'almaty', regCode: 'ALA' },
  'aktobe-gasc-2019': { prefix: 'aktobe', regCode: 'AKT' },
  'east-kazakhstan-gasc-2016': { prefix: 'vko', regCode: 'VKO' },
  'mrd-construction-committee-2013': { prefix: 'mrd', regCode: 'MRD' },
  'almaty-uebp-2014': { prefix: 'uebp', regCode: 'UEB' },
};

type Slot = { role: RoleId; login: string; tier?: string };

function slots(prefix: string, heads: number, specialists: number): Slot[] {
  const list: Slot[] = [
    { role: 'chancellery', login: `${prefix}.chancellery1` },
    { role: 'chancellery', login: `${prefix}.chancellery2` },
    { role: 'director', login: `${prefix}.director` },
  ];
  for (let i = 1; i <= heads; i++) list.push({ role: 'department_head', login: `${prefix}.head${i}` });
  for (let i = 1; i <= specialists; i++) list.push({ role: 'specialist', login: `${prefix}.specialist${i}` });
  list.push({ role: 'admin', login: `${prefix}.admin` });
  return list;
}

function ministrySlots(): Slot[] {
  const dep = 'territorial_department';
  const com = 'committee';
  return [
    { role: 'chancellery', login: 'mrd.dep.chancellery1', tier: dep },
    { role: 'chancellery', login: 'mrd.dep.chancellery2', tier: dep },
    { role: 'department_head', login: 'mrd.dep.head1', tier: dep },
    { role: 'specialist', login: 'mrd.dep.specialist1', tier: dep },
    { role: 'specialist', login: 'mrd.dep.specialist2', tier: dep },
    { role: 'specialist', login: 'mrd.dep.specialist3', tier: dep },
    { role: 'chancellery', login: 'mrd.com.chancellery1', tier: com },
    { role: 'chancellery', login: 'mrd.com.chancellery2', tier: com },
    { role: 'director', login: 'mrd.director', tier: com },
    { role: 'department_head', login: 'mrd.com.head1', tier: com },
    { role: 'specialist', login: 'mrd.com.specialist1', tier: com },
    { role: 'specialist', login: 'mrd.com.specialist2', tier: com },
    { role: 'specialist', login: 'mrd.com.specialist3', tier: com },
    { role: 'commission', login: 'mrd.commission', tier: com },
    { role: 'admin', login: 'mrd.admin' },
  ];
}

const LAYOUT: Record<string, () => Slot[]> = {
  'almaty-gasc-2016': () => slots('almaty', 2, 5),
  'aktobe-gasc-2019': () => slots('aktobe', 1, 4),
  'east-kazakhstan-gasc-2016': () => slots('vko', 1, 4),
  'mrd-construction-committee-2013': ministrySlots,
  'almaty-uebp-2014': () => slots('uebp', 2, 3),
};

/** Staff id of a login ('almaty.specialist1' → 'almaty-specialist1'). */
export const staffIdOf = (login: string): string => login.replace(/\./g, '-');

/** The demo staff of every provider (deterministic, independent of the data seed). */
export function demoStaff(): StaffMember[] {
  const rng = mulberry32(20260101);
  const out: StaffMember[] = [];
  for (const [providerId, layout] of Object.entries(LAYOUT)) {
    for (const slot of layout()) {
      const name = personName(rng);
      out.push({
        id: staffIdOf(slot.login),
        providerId,
        role: slot.role,
        ...(slot.tier ? { tier: slot.tier } : {}),
        departmentId: slot.role === 'chancellery' ? 'chancellery' : slot.role === 'admin' ? 'it' : 'licensing',
        name: { ru: name.ru, kk: name.kk },
        login: slot.login,
        active: true,
      });
    }
  }
  return out;
}
