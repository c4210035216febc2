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

/**
 * Every request of a signed-in person asks for their substitutions: kept per settings revision
 * (bumped by any change of settings, in this tab or another), so a list does not wait on the database.
 */
const cache = new WeakMap<Backend, { revision: number; all: SubstitutionRecord[] }>();

export async function substitutionsOf(b: Backend, providerId: string): Promise<SubstitutionRecord[]> {
  let hit = cache.get(b);
  if (!hit || hit.revision !== b.settingsRevision) {
    const revision = b.settingsRevision;
    const all = (await b.store.list<SubstitutionRecord>('settings')).filter((s) => s.id.startsWith('sub:'));
    hit = { revision, all };
    // A change during the read has bumped the revision: the next request reads again.
    cache.set(b, hit);
  }
  return hit.all.filter((s) => s.providerId === providerId).sort((a, b2) => a.from.localeCompare(b2.from));
}

/** Substitutions in which `staffId` acts for someone at `now`. */
export async function activeFor(b: Backend, providerId: string, staffId: string, now: Date): Promise<SubstitutionRecord[]> {
  const t = now.getTime();
  return (await substitutionsOf(b, providerId)).filter(
    (s) => s.substituteId === staffId && Date.parse(s.from) <= t && t < Date.parse(s.to),
  );
}
