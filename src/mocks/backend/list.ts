/**
 * The inbox query engine: tabs, filters, search, sort and paging over a provider's applications,
 * fast enough for 50,000 rows. The cache (`entries.ts`) holds now-independent facts; per request
 * only comparisons remain, and exact clocks are computed for the rows of the page alone.
 */
import type { Step } from '../../domain/catalog/types.ts';
import type { SlaContext } from '../../domain/sla/index.ts';
import type { StaffMember } from '../../domain/workflow/types.ts';
import type { ApplicationListQuery, ApplicationRow, Counters, Tab } from '../../api/schemas/applications.ts';
import { stateAt } from './clocks.ts';
import { providerEntries, rowOf, type Entry, type ProviderEntries } from './entries.ts';
import type { Backend } from './runtime.ts';

/** Who is asking: the person, the colleagues they act for now, and their role's reach. */
export type Viewer = { me: StaffMember; actingFor: StaffMember[] };

const SUPERVISORS = new Set(['director', 'department_head']);

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
  const open = e.open;
  const assigneeId = e.assigneeId;
  switch (tab) {
    case 'my':
      return open && assigneeId !== null && (assigneeId === viewer.me.id || viewer.actingFor.some((s) => s.id === assigneeId));
    case 'queue':
      return open && assigneeId === null && e.step !== undefined && pos.some((p) => queueFits(p, e.step!));
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

export type ListResult = { items: ApplicationRow[]; total: number; offset: number; limit: number };

/**
 * The filtered, sorted order of a query (without its page), remembered while the provider's
 * entries stay the same object (any change to an application or the settings makes new ones):
 * the pages of one list, fetched as the user scrolls, then cost only their own rows. A query with
 * a clock-state filter depends on the moment and is not remembered.
 */
const orders = new WeakMap<ProviderEntries, Map<string, { hits: Entry[]; order: number[] }>>();
const MAX_ORDERS = 16;

function sortedHits(pe: ProviderEntries, viewer: Viewer, q: ApplicationListQuery, nowMs: number): { hits: Entry[]; order: number[] } {
  const cacheable = !(q.clock && q.clock.length);
  const { offset: _offset, limit: _limit, ...rest } = q;
  const key = cacheable ? JSON.stringify([positions(viewer).map((p) => [p.id, p.role, p.tier ?? null]), rest]) : '';
  let memo = orders.get(pe);
  const hit = cacheable ? memo?.get(key) : undefined;
  if (hit) return hit;
  const result = computeSortedHits(pe, viewer, q, nowMs);
  if (cacheable) {
    if (!memo) orders.set(pe, (memo = new Map()));
    if (memo.size >= MAX_ORDERS) memo.delete(memo.keys().next().value!);
    memo.set(key, result);
  }
  return result;
}

function computeSortedHits(pe: ProviderEntries, viewer: Viewer, q: ApplicationListQuery, nowMs: number): { hits: Entry[]; order: number[] } {
  const tab = q.tab ?? 'my';
  const entries = candidates(pe, tab, viewer);
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
    if (services && !services.has(e.serviceId)) continue;
    if (variants && !variants.has(e.variantId)) continue;
    if (channels && !channels.has(e.channel)) continue;
    if (assignees && !assignees.has(e.assigneeId ?? 'none')) continue;
    if (from !== null && e.receivedMs < from) continue;
    if (to !== null && e.receivedMs >= to) continue;
    if (!inTab(e, tab, viewer, pos, control)) continue;
    if (kinds && !(e.stepKind !== null && kinds.has(e.stepKind))) continue;
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

  return { hits, order };
}

/** Runs a list query for a viewer. */
export async function listApplications(b: Backend, viewer: Viewer, q: ApplicationListQuery, ctx: SlaContext, ctxVersion: number, now: Date): Promise<ListResult> {
  const pe = await providerEntries(b, viewer.me.providerId, ctx, ctxVersion, now);
  const { hits, order } = sortedHits(pe, viewer, q, now.getTime());
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 50;
  const page: Entry[] = [];
  for (let i = offset; i < Math.min(hits.length, offset + limit); i++) page.push(hits[order[i]]);
  const staffById = new Map((await b.staff()).map((s) => [s.id, s]));
  const items = page.map((e) => rowOf(e, ctx, now, staffById));
  return { items, total: hits.length, offset, limit };
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
