/**
 * The inbox query engine: tabs, filters, search, sort and paging over a provider's applications,
 * fast enough for 50,000 rows. Now-independent facts (deadlines, the instant a clock becomes at
 * risk, the search text) are cached per application version and settings version; per request
 * only comparisons remain, and exact clocks are computed for the rows of the page alone.
 */
import { findVariant } from '../../domain/catalog/index.ts';
import type { Step, Variant } from '../../domain/catalog/types.ts';
import type { SlaContext } from '../../domain/sla/index.ts';
import type { Application, StaffMember } from '../../domain/workflow/types.ts';
import type { ApplicationListQuery, ApplicationRow, Counters, Tab } from '../../api/schemas/applications.ts';
import { appFacts, clockAt, computeAppClocks, stateAt, type AppFacts } from './clocks.ts';
import { currentStepOf, toRow } from './rows.ts';
import type { Backend } from './runtime.ts';

export type Entry = {
  app: Application;
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
  const entry: Entry = { app, variant, step, facts, hay: haystack(app), receivedMs: Date.parse(app.receivedAt), regKey: regKeyOf(app.regNo), performers };
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

/** The entries a tab has to look at (a superset; `inTab` decides). */
function candidates(pe: ProviderEntries, tab: Tab, viewer: Viewer): Entry[] {
  switch (tab) {
    case 'my': {
      const own = pe.byAssignee.get(viewer.me.id) ?? [];
      if (viewer.actingFor.length === 0) return own;
      return [own, ...viewer.actingFor.map((s) => pe.byAssignee.get(s.id) ?? [])].flat();
    }
    case 'queue':
      return pe.unassigned;
    case 'control':
      return pe.open;
    case 'finished':
      return pe.finished;
  }
}

const NONE = { kind: 'no_norm' as const, deadlineMs: Number.POSITIVE_INFINITY, riskAtMs: Number.POSITIVE_INFINITY, normMinutes: null };

/** Who is asking: the person, the colleagues they act for now, and their role's reach. */
export type Viewer = { me: StaffMember; actingFor: StaffMember[] };

const SUPERVISORS = new Set(['director', 'department_head']);
const OPEN = new Set(['in_progress', 'paused']);

export function canControl(viewer: Viewer): boolean {
  return SUPERVISORS.has(viewer.me.role) || viewer.actingFor.some((s) => SUPERVISORS.has(s.role));
}

/** Positions (role+tier) the viewer holds, own and substituted. */
function positions(viewer: Viewer): StaffMember[] {
  return viewer.actingFor.length === 0 ? [viewer.me] : [viewer.me, ...viewer.actingFor];
}

/** Whether an open, unassigned step waits in a queue this position works from. */
function queueFits(pos: StaffMember, step: Step): boolean {
  const tierOk = step.tier === undefined || pos.tier === undefined || step.tier === pos.tier;
  if (!tierOk) return false;
  if (step.role === pos.role) return true;
  // Heads and the director see work waiting to be distributed (unassigned performer steps).
  if (pos.role === 'department_head') return step.role === 'specialist';
  if (pos.role === 'director') return step.role === 'specialist' || step.role === 'department_head';
  return false;
}

export function inTab(e: Entry, tab: Tab, viewer: Viewer, pos: StaffMember[] = positions(viewer), control = canControl(viewer)): boolean {
  const app = e.app;
  const open = OPEN.has(app.status);
  switch (tab) {
    case 'my':
      return open && app.assigneeId !== null && (app.assigneeId === viewer.me.id || viewer.actingFor.some((s) => s.id === app.assigneeId));
    case 'queue':
      return open && app.assigneeId === null && e.step !== undefined && pos.some((p) => queueFits(p, e.step!));
    case 'control':
      return open && control;
    case 'finished':
      if (open) return false;
      if (control || viewer.me.role === 'admin') return true;
      return pos.some((p) => e.performers.has(p.id));
  }
}

function parseBound(v: string | undefined, end: boolean): number | null {
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    // A date is a local day of Kazakhstan (UTC+5 since 2024): [00:00, 24:00) local.
    const ms = Date.parse(`${v}T00:00:00+05:00`);
    return Number.isNaN(ms) ? null : end ? ms + 86_400_000 : ms;
  }
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : ms;
}

export type ListResult = { items: ApplicationRow[]; total: number; offset: number; limit: number };

/** Runs a list query for a viewer. */
export async function listApplications(b: Backend, viewer: Viewer, q: ApplicationListQuery, ctx: SlaContext, ctxVersion: number, now: Date): Promise<ListResult> {
  const tab = q.tab ?? 'my';
  const entries = candidates(await providerEntries(b, viewer.me.providerId, ctx, ctxVersion, now), tab, viewer);
  const nowMs = now.getTime();
  const set = (l?: string[]) => (l && l.length ? new Set(l) : null);
  const services = set(q.service);
  const variants = set(q.variant);
  const kinds = set(q.stepKind);
  const channels = set(q.channel);
  const clocks = set(q.clock);
  const assignees = set(q.assignee);
  const from = parseBound(q.from, false);
  const to = parseBound(q.to, true);
  const needle = q.q?.trim().toLowerCase() ?? '';
  const clockOf = q.clockOf ?? 'service';

  const pos = positions(viewer);
  const control = canControl(viewer);
  const hits: Entry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const app = e.app;
    if (services && !services.has(app.serviceId)) continue;
    if (variants && !variants.has(app.variantId)) continue;
    if (channels && !channels.has(app.channel)) continue;
    if (assignees && !assignees.has(app.assigneeId ?? 'none')) continue;
    if (from !== null && e.receivedMs < from) continue;
    if (to !== null && e.receivedMs >= to) continue;
    if (!inTab(e, tab, viewer, pos, control)) continue;
    if (kinds && !(e.step && kinds.has(e.step.kind))) continue;
    if (clocks && !clocks.has(stateAt(clockOf === 'step' ? e.facts.step : e.facts.service, nowMs))) continue;
    if (needle && !e.hay.includes(needle)) continue;
    hits.push(e);
  }

  const sort = q.sort ?? (tab === 'finished' ? 'received_at' : 'service_left');
  const dir = (q.dir ?? (q.sort === undefined && tab === 'finished' ? 'desc' : 'asc')) === 'asc' ? 1 : -1;
  const key = sortKey(sort);
  // Decorate-sort: keys computed once; Infinity (no deadline) last in either direction; ties by
  // registration number in the same direction.
  const n = hits.length;
  const keys = new Float64Array(n);
  const ties = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = key(hits[i]);
    keys[i] = k === Infinity ? Infinity : k * dir;
    const t = hits[i].regKey;
    ties[i] = (Number.isNaN(t) ? 0 : t) * dir;
    order[i] = i;
  }
  order.sort((i, j) => keys[i] - keys[j] || ties[i] - ties[j] || 0);

  const offset = q.offset ?? 0;
  const limit = q.limit ?? 50;
  const page: Entry[] = [];
  for (let i = offset; i < Math.min(hits.length, offset + limit); i++) page.push(hits[order[i]]);
  const staffById = new Map((await b.staff()).map((s) => [s.id, s]));
  const items = page.map((e) => rowOf(e, ctx, now, staffById));
  return { items, total: hits.length, offset, limit };
}

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

function sortKey(sort: NonNullable<ApplicationListQuery['sort']>): (e: Entry) => number {
  switch (sort) {
    case 'service_left':
      return (e) => e.facts.service.deadlineMs;
    case 'step_left':
      return (e) => e.facts.step.deadlineMs;
    case 'received_at':
      return (e) => e.receivedMs;
    case 'reg_no':
      return (e) => (Number.isNaN(e.regKey) ? 0 : e.regKey);
  }
}

/** Rows per tab for a viewer (no filters). */
export async function countTabs(b: Backend, viewer: Viewer, ctx: SlaContext, ctxVersion: number, now: Date): Promise<Counters> {
  const pe = await providerEntries(b, viewer.me.providerId, ctx, ctxVersion, now);
  const counts = { my: 0, queue: 0, control: 0, finished: 0 };
  const control = canControl(viewer);
  const pos = positions(viewer);
  for (const tab of ['my', 'queue', 'finished'] as const) {
    for (const e of candidates(pe, tab, viewer)) if (inTab(e, tab, viewer, pos, control)) counts[tab]++;
  }
  if (control) counts.control = pe.open.length;
  return { my: counts.my, queue: counts.queue, control: control ? counts.control : null, finished: counts.finished };
}
