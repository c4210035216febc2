/**
 * Administration (role admin; 403 `forbidden_role` otherwise) — docs/api.md §Admin.
 *
 * Keys: `adminKeys.all` = ['admin']; `.calendar()`, `.schedule()`, `.norms()`, `.substitutions()`
 * = ['admin', '<name>']
 * Queries: `calendarSettingsQuery()` → CalendarSettings; `scheduleSettingsQuery()` →
 *   ScheduleSettings; `normsQuery()` → NormsList; `substitutionsQuery()` → `{ items: Substitution[] }`
 * Requests: `putCalendar({ overrides, expectedVersion })`, `previewCalendar({ overrides })` →
 *   CalendarPreview, `putSchedule({ week, expectedVersion })`, `createSubstitution(body)`,
 *   `deleteSubstitution(id)`
 * Mutation options: `putCalendarMutation(qc)`, `putScheduleMutation(qc)` (also invalidate the
 *   catalog and application lists: deadlines move), `createSubstitutionMutation(qc)`,
 *   `deleteSubstitutionMutation(qc)`, `previewCalendarMutation()`
 */
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { invalidateApplications } from './applications.ts';
import { catalogKeys } from './catalog.ts';
import { apiFetch } from './client.ts';
import {
  calendarPreviewSchema,
  calendarSettingsSchema,
  normsListSchema,
  scheduleSettingsSchema,
  substitutionListSchema,
  substitutionSchema,
  type CalendarOverrides,
  type CreateSubstitutionRequest,
} from './schemas/admin.ts';
import type { WorkSchedule } from '../domain/sla/types.ts';
import { sessionKeys } from './session.ts';

export const adminKeys = {
  all: ['admin'] as const,
  calendar: () => [...adminKeys.all, 'calendar'] as const,
  schedule: () => [...adminKeys.all, 'schedule'] as const,
  norms: () => [...adminKeys.all, 'norms'] as const,
  substitutions: () => [...adminKeys.all, 'substitutions'] as const,
};

export const calendarSettingsQuery = () =>
  queryOptions({ queryKey: adminKeys.calendar(), queryFn: ({ signal }) => apiFetch('/api/admin/calendar', { schema: calendarSettingsSchema, signal }) });
export const scheduleSettingsQuery = () =>
  queryOptions({ queryKey: adminKeys.schedule(), queryFn: ({ signal }) => apiFetch('/api/admin/schedule', { schema: scheduleSettingsSchema, signal }) });
export const normsQuery = () =>
  queryOptions({ queryKey: adminKeys.norms(), queryFn: ({ signal }) => apiFetch('/api/admin/norms', { schema: normsListSchema, signal }), staleTime: 10 * 60_000 });
export const substitutionsQuery = () =>
  queryOptions({ queryKey: adminKeys.substitutions(), queryFn: ({ signal }) => apiFetch('/api/admin/substitutions', { schema: substitutionListSchema, signal }) });

export const putCalendar = (body: { overrides: CalendarOverrides; expectedVersion: number }) =>
  apiFetch('/api/admin/calendar', { method: 'PUT', body, schema: calendarSettingsSchema });
export const previewCalendar = (body: { overrides: CalendarOverrides }) =>
  apiFetch('/api/admin/calendar/preview', { method: 'POST', body, schema: calendarPreviewSchema });
export const putSchedule = (body: { week: WorkSchedule['week']; expectedVersion: number }) =>
  apiFetch('/api/admin/schedule', { method: 'PUT', body, schema: scheduleSettingsSchema });
export const createSubstitution = (body: CreateSubstitutionRequest) =>
  apiFetch('/api/admin/substitutions', { method: 'POST', body, schema: substitutionSchema });
export const deleteSubstitution = async (id: string): Promise<void> => {
  await apiFetch(`/api/admin/substitutions/${encodeURIComponent(id)}`, { method: 'DELETE', schema: v.unknown() });
};

/** After a calendar or schedule change every deadline may move. */
async function afterTimeSettings(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: adminKeys.all }),
    queryClient.invalidateQueries({ queryKey: catalogKeys.all }),
    invalidateApplications(queryClient),
  ]);
}

export const putCalendarMutation = (queryClient: QueryClient) =>
  mutationOptions({ mutationFn: putCalendar, onSettled: () => afterTimeSettings(queryClient) });
export const putScheduleMutation = (queryClient: QueryClient) =>
  mutationOptions({ mutationFn: putSchedule, onSettled: () => afterTimeSettings(queryClient) });
export const previewCalendarMutation = () => mutationOptions({ mutationFn: previewCalendar });
export const createSubstitutionMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: createSubstitution,
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: adminKeys.substitutions() }), queryClient.invalidateQueries({ queryKey: sessionKeys.all })]),
  });
export const deleteSubstitutionMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: deleteSubstitution,
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: adminKeys.substitutions() }), queryClient.invalidateQueries({ queryKey: sessionKeys.all })]),
  });
