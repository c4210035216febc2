/**
 * Filling a store with demo data: staff, applications (driven through the domain), a few
 * notifications, and the counters of registration numbers.
 */
import { providers } from '../../domain/catalog/index.ts';
import type { SlaContext } from '../../domain/sla/index.ts';
import type { Application, StaffMember } from '../../domain/workflow/types.ts';
import { providerContext } from '../backend/provider-settings.ts';
import { DEFAULT_DEMO, type Backend } from '../backend/runtime.ts';
import type { NotificationRecord } from '../backend/notifications.ts';
import { generateApplications } from './applications.ts';
import { demoStaff } from './staff.ts';

export type CountersRecord = { id: 'counters'; seq: Record<string, number> };

export type SeedSummary = { size: number; seed: number; applications: number; staff: number; failures: number; ms: number };

/**
 * Replaces all data with a fresh demo set. `keepSettings` keeps the demo controls (clock offset,
 * latency, faults) and the administrator's settings; otherwise everything returns to defaults.
 */
export async function seedBackend(b: Backend, opts: { size?: number; seed?: number; keepSettings?: boolean } = {}): Promise<SeedSummary> {
  const started = Date.now();
  const size = opts.size ?? DEFAULT_DEMO.size;
  const seed = opts.seed ?? DEFAULT_DEMO.seed;
  const demo = opts.keepSettings ? { ...b.demo } : { ...DEFAULT_DEMO };
  const settings = opts.keepSettings ? (await b.store.list<{ id: string }>('settings')).filter((s) => s.id.startsWith('calendar:') || s.id.startsWith('schedule:') || s.id.startsWith('sub:')) : [];
  await b.store.clear();
  await b.store.putMany('settings', settings);
  await b.saveDemo({ ...demo, seed, size });

  const staff = demoStaff();
  await b.store.putMany('staff', staff);
  const contexts = new Map<string, SlaContext>();
  for (const p of providers) contexts.set(p.id, (await providerContext(b, p.id)).ctx);

  const now = b.now();
  const result = generateApplications({ size, seed, now, staff, contextOf: (id) => contexts.get(id)! });
  await b.store.putMany('applications', result.applications);
  await b.store.put<CountersRecord>('settings', { id: 'counters', seq: result.counters });
  await b.store.putMany('notifications', seedNotifications(result.applications, staff, now));
  return { size, seed, applications: result.applications.length, staff: staff.length, failures: result.failures, ms: Date.now() - started };
}

/** 'assigned' notifications for work handed to someone by a colleague in the last two days. */
function seedNotifications(apps: Application[], staff: StaffMember[], now: Date): NotificationRecord[] {
  const known = new Set(staff.map((s) => s.id));
  const out: NotificationRecord[] = [];
  const since = now.getTime() - 2 * 86_400_000;
  for (const app of apps) {
    const last = app.audit.at(-1);
    if (!last || !app.assigneeId || !known.has(app.assigneeId) || last.actorId === app.assigneeId) continue;
    if (Date.parse(last.at) < since) continue;
    out.push({
      id: `n-${app.id}-${last.version}`,
      staffId: app.assigneeId,
      kind: last.outcome === 'returned' ? 'returned' : 'assigned',
      applicationId: app.id,
      regNo: app.regNo,
      at: last.at,
      byId: last.actorId,
      read: false,
      ...(last.comment ? { text: last.comment } : {}),
    });
    if (out.length >= 2000) break;
  }
  return out;
}
