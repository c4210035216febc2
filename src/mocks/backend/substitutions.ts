/**
 * Substitutions (who acts for whom, from/to), kept as `sub:<id>` records of the settings
 * collection. A substitute sees the absent colleague's tasks and acts on their behalf
 * (the domain's `Actor.actingFor`).
 */
import type { Backend } from './runtime.ts';

export type SubstitutionRecord = {
  id: string; // `sub:<uuid>`
  providerId: string;
  absentId: string;
  substituteId: string;
  from: string;
  to: string;
  createdAt: string;
  createdBy: string | null;
};

export async function substitutionsOf(b: Backend, providerId: string): Promise<SubstitutionRecord[]> {
  const all = await b.store.list<SubstitutionRecord>('settings');
  return all
    .filter((s) => s.id.startsWith('sub:') && s.providerId === providerId)
    .sort((a, b2) => a.from.localeCompare(b2.from));
}

/** Substitutions in which `staffId` acts for someone at `now`. */
export async function activeFor(b: Backend, providerId: string, staffId: string, now: Date): Promise<SubstitutionRecord[]> {
  const t = now.getTime();
  return (await substitutionsOf(b, providerId)).filter(
    (s) => s.substituteId === staffId && Date.parse(s.from) <= t && t < Date.parse(s.to),
  );
}
