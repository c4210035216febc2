/**
 * Administration of my provider (role admin only): calendar overrides with a recompute preview,
 * the work schedule, norms flagged in the catalog, substitutions (docs/api.md §Admin).
 */
import { findProvider } from '../../domain/catalog/index.ts';
import { nationalCalendar, validateOverride } from '../../domain/calendar/index.ts';
import { compileSchedule } from '../../domain/sla/schedule.ts';
import type { SlaContext } from '../../domain/sla/index.ts';
import type { StaffMember } from '../../domain/workflow/types.ts';
import { applicationClocks } from '../../domain/workflow/clocks.ts';
import {
  calendarPreviewRequestSchema,
  createSubstitutionRequestSchema,
  putCalendarRequestSchema,
  putScheduleRequestSchema,
} from '../../api/schemas/admin.ts';
import { forbidden, HttpFailure, invalid, notFound } from '../backend/errors.ts';
import { providerApplications, variantOf } from '../backend/entries.ts';
import {
  buildContext,
  calendarSettings,
  providerContext,
  scheduleSettings,
  type CalendarSettingsRecord,
  type OverrideLists,
  type ScheduleSettingsRecord,
} from '../backend/provider-settings.ts';
import { personRef } from '../backend/rows.ts';
import type { Backend } from '../backend/runtime.ts';
import { substitutionsOf, type SubstitutionRecord } from '../backend/substitutions.ts';
import { route } from '../http.ts';
import { planFlags } from './catalog.ts';

function requireAdmin(me: StaffMember): void {
  if (me.role !== 'admin') throw forbidden('forbidden_role');
}

async function calendarBody(b: Backend, rec: CalendarSettingsRecord) {
  const { ctx } = await providerContext(b, rec.providerId);
  const by = rec.updatedBy ? await b.staffMember(rec.updatedBy) : undefined;
  return {
    providerId: rec.providerId,
    version: rec.version,
    national: nationalCalendar(),
    overrides: rec.overrides,
    effective: ctx.calendar,
    updatedAt: rec.updatedAt,
    updatedBy: personRef(by),
  };
}

function checkOverrides(o: OverrideLists): void {
  const v = validateOverride({ version: 0, ...o });
  if (v.ok) return;
  if (v.code === 'conflicting_dates') throw invalid([{ path: 'overrides.addWorkingDays', code: 'conflicting_dates' }]);
  if (v.code === 'invalid_date') throw invalid([{ path: `overrides.${v.field}`, code: 'invalid_date' }]);
  throw invalid([{ path: `overrides.${v.field}`, code: 'invalid' }]);
}

/** Deadlines of open applications under two contexts: which move, and by how much. */
async function preview(b: Backend, providerId: string, before: SlaContext, after: SlaContext, now: Date) {
  const items = [];
  for (const app of await providerApplications(b, providerId)) {
    if (app.status !== 'in_progress' && app.status !== 'paused') continue;
    const variant = variantOf(app);
    if (!variant) continue;
    const x = applicationClocks(app, variant, before, now);
    const y = applicationClocks(app, variant, after, now);
    for (const clock of ['service', 'step'] as const) {
      const d0 = x[clock]?.deadline ?? null;
      const d1 = y[clock]?.deadline ?? null;
      if (d0 === d1) continue;
      const shiftMs = d0 && d1 ? Date.parse(d1) - Date.parse(d0) : 0;
      items.push({ id: app.id, regNo: app.regNo, clock, before: d0, after: d1, shiftMs });
    }
  }
  items.sort((p, q) => Math.abs(q.shiftMs) - Math.abs(p.shiftMs) || p.regNo.localeCompare(q.regNo));
  return { total: items.length, items: items.slice(0, 500) };
}

export const adminHandlers = [
  route('get', '/api/admin/calendar', {}, async ({ b, me }) => {
    requireAdmin(me);
    return { body: await calendarBody(b, await calendarSettings(b, me.providerId)) };
  }),

  route('put', '/api/admin/calendar', { body: putCalendarRequestSchema }, async ({ b, me, now, body }) => {
    requireAdmin(me);
    checkOverrides(body.overrides);
    const id = `calendar:${me.providerId}`;
    const current = await calendarSettings(b, me.providerId);
    const saved = await b.store.update<CalendarSettingsRecord, CalendarSettingsRecord | HttpFailure>('settings', id, (cur) => {
      const rec = cur ?? current;
      if (rec.version !== body.expectedVersion) {
        return { result: new HttpFailure(409, 'version_conflict', { by: null, at: rec.updatedAt, action: 'calendar', outcome: null, version: rec.version }) };
      }
      const next: CalendarSettingsRecord = { ...rec, id, providerId: me.providerId, version: rec.version + 1, overrides: body.overrides, updatedAt: now.toISOString(), updatedBy: me.id };
      return { next, result: next };
    });
    if (saved instanceof HttpFailure) {
      const by = current.updatedBy ? await b.staffMember(current.updatedBy) : undefined;
      throw new HttpFailure(409, saved.code, { ...(saved.details as object), by: personRef(by) });
    }
    return { body: await calendarBody(b, saved) };
  }),

  route('post', '/api/admin/calendar/preview', { body: calendarPreviewRequestSchema }, async ({ b, me, now, body }) => {
    requireAdmin(me);
    checkOverrides(body.overrides);
    const { ctx } = await providerContext(b, me.providerId);
    const sched = await scheduleSettings(b, me.providerId);
    const after = buildContext(me.providerId, sched.week, body.overrides);
    return { body: await preview(b, me.providerId, ctx, after, now) };
  }),

  route('get', '/api/admin/schedule', {}, async ({ b, me }) => {
    requireAdmin(me);
    const rec = await scheduleSettings(b, me.providerId);
    const { ctx } = await providerContext(b, me.providerId);
    return { body: { providerId: me.providerId, version: rec.version, schedule: ctx.schedule, updatedAt: rec.updatedAt } };
  }),

  route('put', '/api/admin/schedule', { body: putScheduleRequestSchema }, async ({ b, me, now, body }) => {
    requireAdmin(me);
    const p = findProvider(me.providerId);
    const timeZone = p.ok ? p.value.timeZone : 'Asia/Almaty';
    const compiled = compileSchedule({ timeZone, week: body.week });
    if (!compiled.ok || compiled.value.every((d) => d.length === 0)) throw invalid([{ path: 'week', code: 'invalid_schedule' }]);
    for (let i = 0; i < 7; i++) {
      const d = body.week[i];
      if (d && d.start >= d.end) throw invalid([{ path: `week.${i}.end`, code: 'before_start' }]);
      for (let k = 0; d && k < d.breaks.length; k++) {
        const br = d.breaks[k];
        if (br.start >= br.end || br.start < d.start || br.end > d.end) throw invalid([{ path: `week.${i}.breaks.${k}`, code: 'outside_hours' }]);
      }
    }
    const id = `schedule:${me.providerId}`;
    const current = await scheduleSettings(b, me.providerId);
    const saved = await b.store.update<ScheduleSettingsRecord, ScheduleSettingsRecord | HttpFailure>('settings', id, (cur) => {
      const rec = cur ?? current;
      if (rec.version !== body.expectedVersion) {
        return { result: new HttpFailure(409, 'version_conflict', { by: null, at: rec.updatedAt, action: 'schedule', outcome: null, version: rec.version }) };
      }
      const next: ScheduleSettingsRecord = { ...rec, id, providerId: me.providerId, version: rec.version + 1, week: body.week, updatedAt: now.toISOString() };
      return { next, result: next };
    });
    if (saved instanceof HttpFailure) throw saved;
    const { ctx } = await providerContext(b, me.providerId);
    return { body: { providerId: me.providerId, version: saved.version, schedule: ctx.schedule, updatedAt: saved.updatedAt } };
  }),

  route('get', '/api/admin/norms', {}, ({ me }) => {
    requireAdmin(me);
    const p = findProvider(me.providerId);
    if (!p.ok) throw notFound();
    const items = p.value.services.flatMap((s) =>
      s.variants.map((v) => ({ serviceId: s.id, serviceName: s.name, variantId: v.id, variantName: v.name, term: v.term, plan: planFlags(v) })),
    );
    return { body: { items } };
  }),

  route('get', '/api/admin/substitutions', {}, async ({ b, me }) => {
    requireAdmin(me);
    const items = [];
    for (const s of await substitutionsOf(b, me.providerId)) items.push(await substitutionBody(b, s));
    return { body: { items } };
  }),

  route('post', '/api/admin/substitutions', { body: createSubstitutionRequestSchema }, async ({ b, me, now, body }) => {
    requireAdmin(me);
    const absent = await b.staffMember(body.absentId);
    const substitute = await b.staffMember(body.substituteId);
    const fields = [];
    if (!absent || absent.providerId !== me.providerId) fields.push({ path: 'absentId', code: 'unknown_staff' });
    if (!substitute || substitute.providerId !== me.providerId) fields.push({ path: 'substituteId', code: 'unknown_staff' });
    if (body.absentId === body.substituteId) fields.push({ path: 'substituteId', code: 'same_person' });
    const from = Date.parse(body.from);
    const to = Date.parse(body.to);
    if (Number.isNaN(from)) fields.push({ path: 'from', code: 'invalid_date' });
    if (Number.isNaN(to)) fields.push({ path: 'to', code: 'invalid_date' });
    else if (!Number.isNaN(from) && to <= from) fields.push({ path: 'to', code: 'before_start' });
    if (fields.length) throw invalid(fields);
    const rec: SubstitutionRecord = {
      id: `sub:${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      providerId: me.providerId,
      absentId: body.absentId,
      substituteId: body.substituteId,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      createdAt: now.toISOString(),
      createdBy: me.id,
    };
    await b.store.put('settings', rec);
    return { status: 201, body: await substitutionBody(b, rec) };
  }),

  route('delete', '/api/admin/substitutions/:id', {}, async ({ b, me, params }) => {
    requireAdmin(me);
    const rec = await b.store.get<SubstitutionRecord>('settings', params.id);
    if (!rec || !rec.id.startsWith('sub:') || rec.providerId !== me.providerId) throw notFound();
    await b.store.delete('settings', params.id);
    return { status: 204 };
  }),
];

async function substitutionBody(b: Backend, s: SubstitutionRecord) {
  const unknown = (id: string) => ({ id, name: { ru: id, kk: id } });
  const absent = personRef(await b.staffMember(s.absentId)) ?? unknown(s.absentId);
  const substitute = personRef(await b.staffMember(s.substituteId)) ?? unknown(s.substituteId);
  const createdBy = s.createdBy ? personRef(await b.staffMember(s.createdBy)) : null;
  return { id: s.id, absent, substitute, from: s.from, to: s.to, createdAt: s.createdAt, createdBy };
}
