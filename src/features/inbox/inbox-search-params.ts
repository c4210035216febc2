/**
 * The inbox view lives in the URL (search params) so it can be shared and reloaded. Parsing is
 * forgiving: every value is checked on its own with valibot; what does not fit is dropped and
 * reported (the page then shows a notice and rewrites the address with what was kept).
 */
import * as v from 'valibot';
import { CHANNEL_IDS, stepKindSchema } from '../../api/schemas/common.ts';
import { SORT_FIELDS, TABS, type Tab } from '../../api/schemas/applications.ts';

export const CLOCK_FILTERS = ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed'] as const;
export type ClockFilter = (typeof CLOCK_FILTERS)[number];
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDir = 'asc' | 'desc';

export type InboxFilters = {
  tab: Tab;
  q: string;
  service: string[];
  variant: string[];
  step: string[];
  channel: string[];
  clock: ClockFilter[];
  clockOf: 'service' | 'step';
  assignee: string[];
  from: string | null;
  to: string | null;
  sort: SortField;
  dir: SortDir;
};

export const DEFAULT_FILTERS: InboxFilters = {
  tab: 'my',
  q: '',
  service: [],
  variant: [],
  step: [],
  channel: [],
  clock: [],
  clockOf: 'service',
  assignee: [],
  from: null,
  to: null,
  sort: 'service_left',
  dir: 'asc',
};

/** Least service time left first; finished work newest first. */
export function defaultSort(tab: Tab): { sort: SortField; dir: SortDir } {
  return tab === 'finished' ? { sort: 'received_at', dir: 'desc' } : { sort: 'service_left', dir: 'asc' };
}

/** Keys that narrow the list (the tab and the sort order do not). */
export const NARROWING_KEYS = ['q', 'service', 'variant', 'step', 'channel', 'clock', 'assignee', 'from', 'to'] as const;

export const MAX_SEARCH_LENGTH = 100;
const MAX_VALUES = 30;

const idValue = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,119}$/i));
/** A day of the calendar as 'YYYY-MM-DD' (not 2026-02-30). */
function isCalendarDay(value: string): boolean {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

const LIST_SCHEMAS = {
  service: idValue,
  variant: idValue,
  step: stepKindSchema,
  channel: v.picklist(CHANNEL_IDS),
  clock: v.picklist(CLOCK_FILTERS),
  assignee: idValue,
} as const;
type ListKey = keyof typeof LIST_SCHEMAS;
const LIST_KEYS = Object.keys(LIST_SCHEMAS) as ListKey[];

const SINGLE_SCHEMAS = {
  tab: v.picklist(TABS),
  sort: v.picklist(SORT_FIELDS),
  dir: v.picklist(['asc', 'desc']),
  clockOf: v.picklist(['service', 'step']),
} as const;
type SingleKey = keyof typeof SINGLE_SCHEMAS;
const SINGLE_KEYS = Object.keys(SINGLE_SCHEMAS) as SingleKey[];

const KNOWN_KEYS = new Set<string>([...LIST_KEYS, ...SINGLE_KEYS, 'q', 'from', 'to']);

/** Values the page knows from the API (catalog, staff) to check ids against; absent = not loaded yet. */
export type KnownIds = Partial<Record<'service' | 'variant' | 'assignee', ReadonlySet<string>>>;

export type ParsedSearch = {
  filters: InboxFilters;
  /** Keys whose value (or part of it) was not understood and was dropped. */
  dropped: string[];
};

/** Reads the inbox view from search params, dropping what does not fit (never throws). */
export function parseInboxSearch(params: URLSearchParams, known: KnownIds = {}): ParsedSearch {
  const dropped = new Set<string>();
  const filters: InboxFilters = { ...DEFAULT_FILTERS };

  for (const key of new Set(params.keys())) if (!KNOWN_KEYS.has(key)) dropped.add(key);

  for (const key of SINGLE_KEYS) {
    const raw = params.getAll(key);
    if (raw.length === 0) continue;
    const parsed = v.safeParse(SINGLE_SCHEMAS[key], raw[raw.length - 1]);
    if (parsed.success && raw.length === 1) (filters as Record<SingleKey, unknown>)[key] = parsed.output;
    else {
      dropped.add(key);
      if (parsed.success) (filters as Record<SingleKey, unknown>)[key] = parsed.output;
    }
  }

  for (const key of LIST_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
    const kept: string[] = [];
    for (const value of values) {
      const ok = v.is(LIST_SCHEMAS[key], value);
      const knownSet = key === 'service' || key === 'variant' || key === 'assignee' ? known[key] : undefined;
      const allowed = ok && (!knownSet || knownSet.has(value) || (key === 'assignee' && value === 'none'));
      if (allowed && !kept.includes(value) && kept.length < MAX_VALUES) kept.push(value);
      else if (!kept.includes(value)) dropped.add(key);
    }
    (filters as Record<ListKey, string[]>)[key] = kept;
  }

  const q = params.get('q');
  if (q !== null) {
    const clean = q.replace(/\s+/g, ' ').trim();
    if (clean.length > MAX_SEARCH_LENGTH) dropped.add('q');
    filters.q = clean.slice(0, MAX_SEARCH_LENGTH);
  }

  for (const key of ['from', 'to'] as const) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    if (isCalendarDay(raw)) filters[key] = raw;
    else dropped.add(key);
  }
  if (!params.has('sort') || dropped.has('sort')) {
    const d = defaultSort(filters.tab);
    filters.sort = d.sort;
    if (!params.has('dir') || dropped.has('dir')) filters.dir = d.dir;
  } else if (!params.has('dir')) filters.dir = 'asc';
  if (filters.from && filters.to && filters.from > filters.to) {
    dropped.add('from').add('to');
    filters.from = null;
    filters.to = null;
  }

  return { filters, dropped: [...dropped] };
}

/** Writes the view back as search params, leaving defaults out (a short shareable address). */
export function toSearchParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.tab !== DEFAULT_FILTERS.tab) params.set('tab', filters.tab);
  if (filters.q) params.set('q', filters.q);
  for (const key of LIST_KEYS) for (const v of filters[key]) params.append(key, v);
  if (filters.clock.length > 0 && filters.clockOf !== DEFAULT_FILTERS.clockOf) params.set('clockOf', filters.clockOf);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const d = defaultSort(filters.tab);
  if (filters.sort !== d.sort || filters.dir !== d.dir) {
    params.set('sort', filters.sort);
    if (filters.dir !== 'asc') params.set('dir', filters.dir);
  }
  return params;
}

/** True when anything narrows the list (used to tell "no tasks" from "filters too narrow"). */
export function hasNarrowing(filters: InboxFilters): boolean {
  return NARROWING_KEYS.some((k) => {
    const v = filters[k];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  });
}

export function withoutNarrowing(filters: InboxFilters): InboxFilters {
  // Same tab and sort order, nothing narrowing.
  return { ...DEFAULT_FILTERS, tab: filters.tab, sort: filters.sort, dir: filters.dir };
}

/** The list API's query for a view (sent as GET /api/applications parameters). */
export function toListQuery(filters: InboxFilters) {
  return {
    tab: filters.tab,
    q: filters.q || undefined,
    service: filters.service,
    variant: filters.variant,
    stepKind: filters.step,
    channel: filters.channel,
    clock: filters.clock,
    clockOf: filters.clock.length > 0 ? filters.clockOf : undefined,
    assignee: filters.assignee,
    from: filters.from ?? undefined,
    to: filters.to ?? undefined,
    sort: filters.sort,
    dir: filters.dir,
  };
}

/** Saved views store the URL's keys (strings or string lists) next to the tab. */
export function toViewFilters(filters: InboxFilters): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of toSearchParams({ ...filters, tab: DEFAULT_FILTERS.tab })) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** The search params of a saved view (its tab plus its stored keys). */
export function fromViewFilters(tab: Tab, stored: Record<string, string | string[]>): URLSearchParams {
  const params = new URLSearchParams();
  if (tab !== DEFAULT_FILTERS.tab) params.set('tab', tab);
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'tab') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}
