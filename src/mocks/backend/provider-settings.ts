/**
 * Per-provider settings the administrator maintains (calendar overrides, schedule) and the SLA
 * context they produce. Contexts are cached and reused as the same objects, because the domain's
 * clock engine is cached by the identity of the schedule and calendar.
 */
import { findProvider } from '../../domain/catalog/index.ts';
import type { CatalogSchedule } from '../../domain/catalog/types.ts';
import { applyOverrides, nationalCalendar, nationalLabels, type CalendarOverride } from '../../domain/calendar/index.ts';
import type { Period, SlaContext, WorkSchedule } from '../../domain/sla/types.ts';
import type { Backend } from './runtime.ts';

export type OverrideLists = Omit<CalendarOverride, 'version'>;

export type CalendarSettingsRecord = {
  id: string; // `calendar:${providerId}`
  providerId: string;
  version: number;
  overrides: OverrideLists;
  updatedAt: string | null;
  updatedBy: string | null;
};

export type ScheduleSettingsRecord = {
  id: string; // `schedule:${providerId}`
  providerId: string;
  version: number;
  week: WorkSchedule['week'];
  updatedAt: string | null;
};

export const EMPTY_OVERRIDES: OverrideLists = { addDaysOff: [], removeDaysOff: [], addWorkingDays: [], removeWorkingDays: [] };

/** The catalog's schedule in the SLA shape (index 0 = Monday). */
export function scheduleFromCatalog(timeZone: string, s: CatalogSchedule): WorkSchedule {
  const breaks: Period[] = s.breaks.map(([start, end]) => ({ start, end }));
  const week: WorkSchedule['week'] = [];
  for (let d = 1; d <= 7; d++) {
    week.push(s.weekdays.includes(d) ? { start: s.start, end: s.end, breaks: breaks.map((b) => ({ ...b })) } : null);
  }
  return { timeZone, week };
}

export async function calendarSettings(b: Backend, providerId: string): Promise<CalendarSettingsRecord> {
  const rec = await b.store.get<CalendarSettingsRecord>('settings', `calendar:${providerId}`);
  return rec ?? { id: `calendar:${providerId}`, providerId, version: 0, overrides: EMPTY_OVERRIDES, updatedAt: null, updatedBy: null };
}

export async function scheduleSettings(b: Backend, providerId: string): Promise<ScheduleSettingsRecord> {
  const rec = await b.store.get<ScheduleSettingsRecord>('settings', `schedule:${providerId}`);
  if (rec) return rec;
  const p = findProvider(providerId);
  const week = p.ok ? scheduleFromCatalog(p.value.timeZone, p.value.schedule).week : scheduleFromCatalog('Asia/Almaty', DEFAULT_SCHEDULE).week;
  return { id: `schedule:${providerId}`, providerId, version: 0, week, updatedAt: null };
}

const DEFAULT_SCHEDULE: CatalogSchedule = { weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', breaks: [['13:00', '14:00']], assumed: true };

export type ProviderContext = { ctx: SlaContext; version: number };

type CacheEntry = { revision: number; key: string; value: ProviderContext };
const cache = new WeakMap<Backend, Map<string, CacheEntry>>();

/** Builds a context from settings (also used for the calendar preview with unsaved overrides). */
export function buildContext(providerId: string, week: WorkSchedule['week'], overrides: OverrideLists): SlaContext {
  const p = findProvider(providerId);
  const timeZone = p.ok ? p.value.timeZone : 'Asia/Almaty';
  const national = nationalCalendar();
  const isEmpty = Object.values(overrides).every((l) => l.length === 0);
  const calendar = isEmpty ? national : applyOverrides(national, { version: 0, ...overrides });
  return { schedule: { timeZone, week }, calendar, labels: nationalLabels() };
}

/** The SLA context of a provider and a version number that changes with its settings. */
export async function providerContext(b: Backend, providerId: string): Promise<ProviderContext> {
  let perBackend = cache.get(b);
  if (!perBackend) {
    perBackend = new Map();
    cache.set(b, perBackend);
  }
  const hit = perBackend.get(providerId);
  if (hit && hit.revision === b.settingsRevision) return hit.value;
  const [cal, sched] = await Promise.all([calendarSettings(b, providerId), scheduleSettings(b, providerId)]);
  const key = `${cal.version}:${sched.version}`;
  if (hit && hit.key === key) {
    hit.revision = b.settingsRevision;
    return hit.value;
  }
  const value: ProviderContext = {
    ctx: buildContext(providerId, sched.week, cal.overrides),
    version: cal.version * 1000 + sched.version,
  };
  perBackend.set(providerId, { revision: b.settingsRevision, key, value });
  return value;
}
