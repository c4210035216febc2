/**
 * The running mock backend: which store it uses, its demo settings (simulated clock, latency,
 * faults) and small caches (staff, per-provider settings). One instance per page (browser) or
 * per Node process; `node.ts` and `browser.ts` install it with `installBackend(store)`.
 */
import type { StaffMember } from '../../domain/workflow/types.ts';
import type { Store } from '../store/types.ts';

export type FaultKind = '500' | '503' | 'timeout';
export type FaultPhase = 'before' | 'after' | 'random';

/** Settings record 'demo' of the `settings` collection. */
export type DemoSettingsRecord = {
  id: 'demo';
  clockOffsetMs: number;
  latencyMs: number;
  faultRate: number;
  faultPhase: FaultPhase;
  faultKinds: FaultKind[];
  /** How long a 'timeout' fault hangs before answering 504 (the client gives up earlier). */
  timeoutMs: number;
  seed: number;
  size: number;
};

export const DEFAULT_DEMO: DemoSettingsRecord = {
  id: 'demo',
  clockOffsetMs: 0,
  latencyMs: 0,
  faultRate: 0,
  faultPhase: 'random',
  faultKinds: ['500', '503', 'timeout'],
  timeoutMs: 20_000,
  seed: 2026,
  size: 400,
};

export class Backend {
  readonly store: Store;
  demo: DemoSettingsRecord = { ...DEFAULT_DEMO };
  private staffCache: StaffMember[] | null = null;
  private staffById: Map<string, StaffMember> | null = null;
  /** Bumped whenever settings change (derived caches key on it). */
  settingsRevision = 0;
  /** Seeding in progress or done (first request waits for it). */
  ready: Promise<void> = Promise.resolve();

  constructor(store: Store) {
    this.store = store;
    store.onChange((m) => {
      if (m.resource === 'staff' || m.resource === 'all') {
        this.staffCache = null;
        this.staffById = null;
      }
      if (m.resource === 'settings' || m.resource === 'all') {
        this.settingsRevision++;
        void this.reloadDemo();
      }
    });
  }

  /** Server time: the real clock (Date.now, so Playwright's page.clock controls it) + offset. */
  now(): Date {
    return new Date(Date.now() + this.demo.clockOffsetMs);
  }

  private demoSeq = 0;

  /** Re-reads the demo settings (another tab may have changed them); a local save wins a race. */
  async reloadDemo(): Promise<void> {
    const seq = this.demoSeq;
    const rec = await this.store.get<DemoSettingsRecord>('settings', 'demo');
    if (seq === this.demoSeq && rec) this.demo = { ...DEFAULT_DEMO, ...rec };
  }

  async saveDemo(patch: Partial<DemoSettingsRecord>): Promise<DemoSettingsRecord> {
    this.demoSeq++;
    this.demo = { ...this.demo, ...patch, id: 'demo' };
    await this.store.put('settings', this.demo);
    return this.demo;
  }

  async staff(): Promise<StaffMember[]> {
    if (!this.staffCache) {
      const list = await this.store.list<StaffMember>('staff');
      this.staffCache = [...list].sort((a, b) => a.id.localeCompare(b.id));
      this.staffById = new Map(this.staffCache.map((s) => [s.id, s]));
    }
    return this.staffCache;
  }

  async staffMember(id: string): Promise<StaffMember | undefined> {
    await this.staff();
    return this.staffById?.get(id);
  }

  /** Staff of one provider (what the engine needs for that provider's applications). */
  async providerStaff(providerId: string): Promise<StaffMember[]> {
    return (await this.staff()).filter((s) => s.providerId === providerId);
  }
}

let current: Backend | null = null;

/** Makes `store` the backend's store (replacing any previous one). */
export function installBackend(store: Store): Backend {
  current = new Backend(store);
  return current;
}

/** The installed backend; throws if none (a programming error of the wiring). */
export function backend(): Backend {
  if (!current) throw new Error('mock backend not installed');
  return current;
}

/** The installed backend or null. */
export function maybeBackend(): Backend | null {
  return current;
}
