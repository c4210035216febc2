/**
 * The cache behind the inbox: per application version and settings version, the now-independent
 * facts of both clocks (deadline, the instant it becomes at risk), the search text and who
 * performed steps; per provider, the entries split the way the tabs read them.
 */
import { findVariant } from '../../domain/catalog/index.ts';
import type { Step, Variant } from '../../domain/catalog/types.ts';
import type { SlaContext } from '../../domain/sla/index.ts';
import type { Application, StaffMember } from '../../domain/workflow/types.ts';
import type { ApplicationRow } from '../../api/schemas/applications.ts';
import { appFacts, clockAt, computeAppClocks, type AppFacts } from './clocks.ts';
import { currentStepOf, toRow } from './rows.ts';
import type { Backend } from './runtime.ts';

/** Statuses of applications still being worked on. */
export const OPEN = new Set(['in_progress', 'paused']);

/**
 * One application as the list reads it. The fields the hot loops test are copied here: entries
 * all have one shape, while stored applications differ (optional fields), and reading those
 * megamorphic objects 10,000 times per request is what costs.
 */
export type Entry = {
  app: Application;
  serviceId: string;
  variantId: string;
  channel: string;
  assigneeId: string | null;
  open: boolean;
  stepKind: string | null;
  variant: Variant | undefined;
  step: Step | undefined;
  facts: AppFacts;
  hay: string;
  receivedMs: number;
  /** Registration number as a sortable number (year, sequence); NaN when it has another form. */
  regKey: number;
  /** Everyone who performed a step (the finished tab of a performer shows these). */
  performers: Set<string>;
};

type Index = {
  revision: number;
  byProvider: Map<string, Application[]>;
  entries: Map<string, Entry>;
  /** Entries of a provider's applications, valid for one store revision and settings version. */
  arrays: Map<string, ProviderEntries>;
};

/** A provider's entries, and the same split the way the tabs read them. */
export type ProviderEntries = {
  revision: number;
  ctxVersion: number;
  entries: Entry[];
  open: Entry[];
  finished: Entry[];
  unassigned: Entry[];
  byAssignee: Map<string, Entry[]>;
};

const indexes = new WeakMap<Backend, Index>();

function indexOf(b: Backend): Index {
  let idx = indexes.get(b);
  if (!idx) {
    idx = { revision: -1, byProvider: new Map(), entries: new Map(), arrays: new Map() };
    indexes.set(b, idx);
  }
  return idx;
}

const variantCache = new Map<string, Variant | undefined>();
export function variantOf(app: Pick<Application, 'providerId' | 'serviceId' | 'variantId'>): Variant | undefined {
  const key = `${app.providerId}|${app.serviceId}|${app.variantId}`;
  if (!variantCache.has(key)) {
    const r = findVariant(app.providerId, app.serviceId, app.variantId);
    variantCache.set(key, r.ok ? r.value : undefined);
  }
  return variantCache.get(key);
}

/** Applications of one provider (rebuilt when any application changed). */
export async function providerApplications(b: Backend, providerId: string): Promise<Application[]> {
  const idx = indexOf(b);
  if (idx.revision !== b.store.applicationsRevision) {
    const rev = b.store.applicationsRevision;
    const all = await b.store.list<Application>('applications');
    const byProvider = new Map<string, Application[]>();
    for (const a of all) {
      let list = byProvider.get(a.providerId);
      if (!list) byProvider.set(a.providerId, (list = []));
      list.push(a);
    }
    idx.byProvider = byProvider;
    idx.revision = rev;
    if (idx.entries.size > all.length * 2) idx.entries.clear();
  }
  return idx.byProvider.get(providerId) ?? [];
}

function regKeyOf(regNo: string): number {
  const m = /^[A-Z]+-(\d{4})-(\d{1,9})$/.exec(regNo);
  return m ? Number(m[1]) * 1e9 + Number(m[2]) : Number.NaN;
}

function haystack(app: Application): string {
  const id = app.applicant.type === 'person' ? app.applicant.iin : app.applicant.bin;
  return `${app.regNo}\u0001${app.applicant.name}\u0001${id}`.toLowerCase();
}

/** The cached facts of an application, recomputed when it or the settings changed. */
export function entryOf(b: Backend, app: Application, ctx: SlaContext, ctxVersion: number, now: Date): Entry {
  return entryIn(indexOf(b), app, ctx, ctxVersion, now);
}

function entryIn(idx: Index, app: Application, ctx: SlaContext, ctxVersion: number, now: Date): Entry {
  const hit = idx.entries.get(app.id);
  if (hit !== undefined && hit.app === app && hit.facts.ctxVersion === ctxVersion) return hit;
  const variant = variantOf(app);
  const step = currentStepOf(app, variant);
  const facts: AppFacts = variant
    ? appFacts(app, variant, ctx, ctxVersion, now)
    : { version: app.version, ctxVersion, step: NONE, service: NONE, stepClock: null, serviceClock: null };
  const performers = new Set<string>();
  for (const h of app.history) {
    performers.add(h.actorId);
    if (h.onBehalfOf) performers.add(h.onBehalfOf);
  }
  const entry: Entry = {
    app,
    serviceId: app.serviceId,
    variantId: app.variantId,
    channel: app.channel,
    assigneeId: app.assigneeId,
    open: OPEN.has(app.status),
    stepKind: step?.kind ?? null,
    variant,
    step,
    facts,
    hay: haystack(app),
    receivedMs: Date.parse(app.receivedAt),
    regKey: regKeyOf(app.regNo),
    performers,
  };
  idx.entries.set(app.id, entry);
  return entry;
}

/** Entries of every application of a provider, split by what the tabs scan. */
export async function providerEntries(b: Backend, providerId: string, ctx: SlaContext, ctxVersion: number, now: Date): Promise<ProviderEntries> {
  const apps = await providerApplications(b, providerId);
  const idx = indexOf(b);
  const cached = idx.arrays.get(providerId);
  if (cached && cached.revision === idx.revision && cached.ctxVersion === ctxVersion) return cached;
  const pe: ProviderEntries = { revision: idx.revision, ctxVersion, entries: [], open: [], finished: [], unassigned: [], byAssignee: new Map() };
  for (const app of apps) {
    const e = entryIn(idx, app, ctx, ctxVersion, now);
    pe.entries.push(e);
    if (!OPEN.has(app.status)) {
      pe.finished.push(e);
      continue;
    }
    pe.open.push(e);
    if (app.assigneeId === null) pe.unassigned.push(e);
    else {
      let l = pe.byAssignee.get(app.assigneeId);
      if (!l) pe.byAssignee.set(app.assigneeId, (l = []));
      l.push(e);
    }
  }
  idx.arrays.set(providerId, pe);
  return pe;
}

const NONE = { kind: 'no_norm' as const, deadlineMs: Number.POSITIVE_INFINITY, riskAtMs: Number.POSITIVE_INFINITY, normMinutes: null };

/** The row of an entry at `now` (paused clocks are recomputed by the domain: their deadline moves). */
export function rowOf(e: Entry, ctx: SlaContext, now: Date, staffById: Map<string, StaffMember>): ApplicationRow {
  const f = e.facts;
  const clocks =
    !e.variant
      ? { step: null, service: null }
      : f.step.kind === 'paused' || f.service.kind === 'paused'
        ? computeAppClocks(e.app, e.variant, ctx, now)
        : { step: clockAt(f.step, f.stepClock, ctx, now), service: clockAt(f.service, f.serviceClock, ctx, now) };
  return toRow(e.app, e.variant, clocks, staffById);
}

