/**
 * Applications: list, counters, card, actions and other changes (docs/api.md §Applications).
 *
 * Keys (generic → specific):
 * - `applicationKeys.all` = ['applications']
 * - `.lists()` = ['applications','list'];  `.list(query)` = ['applications','list', query]
 * - `.counters()` = ['applications','counters']
 * - `.details()` = ['applications','detail'];  `.detail(id)` = ['applications','detail', id]
 *
 * Queries:
 * - `applicationListQuery(query: ApplicationListQuery)` → ApplicationList `{ items, total, offset, limit, now }`
 * - `countersQuery()` → Counters `{ my, queue, control|null, finished }`
 * - `applicationDetailQuery(id)` → ApplicationDetail
 *
 * Requests (each change takes an idempotency key: create it once per user intent, reuse it on
 * retry; the server answers a repeated key with the first result):
 * - `postAction(id, { action, expectedVersion, idempotencyKey })` → ApplicationDetail
 * - `createApplication(body)` → ApplicationDetail (201)
 * - `postComment(id, { text, expectedVersion?, idempotencyKey })` → ApplicationDetail (201)
 * - `addDocument(id, { name, kind, mimeType?, size?, idempotencyKey })` → ApplicationDetail (201)
 * - `assignApplication(id, { assigneeId, expectedVersion, idempotencyKey })` → ApplicationDetail
 * - `bulkAssign({ ids, assigneeId, idempotencyKey })` → `{ results: [{ id, ok, code?, version? }] }`
 * - `fetchDocumentFile(appId, docId, signal?)` → Blob (text/plain sample)
 *
 * Mutation options (put the new card into the cache, invalidate lists/counters/dashboard; on 409
 * refetch the card so the user sees the other person's change):
 * - `actionMutation(queryClient, id)`, `commentMutation(queryClient, id)`,
 *   `documentMutation(queryClient, id)`, `assignMutation(queryClient, id)`,
 *   `createApplicationMutation(queryClient)`, `bulkAssignMutation(queryClient)`
 * - `invalidateApplications(queryClient, id?)`
 */
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiFetch, buildUrl, getSessionToken } from './client.ts';
import { dashboardKeys } from './dashboard.ts';
import { notificationKeys } from './notifications.ts';
import type { ActionRequest } from './schemas/action.ts';
import { staffKeys } from './staff.ts';
import {
  applicationDetailSchema,
  applicationListSchema,
  bulkAssignResponseSchema,
  countersSchema,
  type ApplicationDetail,
  type ApplicationListQuery,
  type CreateApplicationRequest,
} from './schemas/applications.ts';

export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (query: ApplicationListQuery) => [...applicationKeys.lists(), query] as const,
  counters: () => [...applicationKeys.all, 'counters'] as const,
  details: () => [...applicationKeys.all, 'detail'] as const,
  detail: (id: string) => [...applicationKeys.details(), id] as const,
};

const path = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

export const applicationListQuery = (query: ApplicationListQuery) =>
  queryOptions({
    queryKey: applicationKeys.list(query),
    queryFn: ({ signal }) => apiFetch('/api/applications', { schema: applicationListSchema, signal, query }),
    staleTime: 10_000,
  });

export const countersQuery = () =>
  queryOptions({
    queryKey: applicationKeys.counters(),
    queryFn: ({ signal }) => apiFetch('/api/applications/counters', { schema: countersSchema, signal }),
    staleTime: 10_000,
  });

export const applicationDetailQuery = (id: string) =>
  queryOptions({
    queryKey: applicationKeys.detail(id),
    queryFn: ({ signal }) => apiFetch(path(id), { schema: applicationDetailSchema, signal }),
    staleTime: 5_000,
  });

export function postAction(id: string, body: ActionRequest): Promise<ApplicationDetail> {
  return apiFetch(`${path(id)}/actions`, { method: 'POST', body, schema: applicationDetailSchema, idempotencyKey: body.idempotencyKey });
}

export function createApplication(body: CreateApplicationRequest): Promise<ApplicationDetail> {
  return apiFetch('/api/applications', { method: 'POST', body, schema: applicationDetailSchema, idempotencyKey: body.idempotencyKey });
}

export function postComment(id: string, body: { text: string; expectedVersion?: number; idempotencyKey?: string }): Promise<ApplicationDetail> {
  return apiFetch(`${path(id)}/comments`, { method: 'POST', body, schema: applicationDetailSchema, idempotencyKey: body.idempotencyKey });
}

export function addDocument(
  id: string,
  body: { name: string; kind: string; mimeType?: string; size?: number; idempotencyKey?: string },
): Promise<ApplicationDetail> {
  return apiFetch(`${path(id)}/documents`, { method: 'POST', body, schema: applicationDetailSchema, idempotencyKey: body.idempotencyKey });
}

export function assignApplication(id: string, body: { assigneeId: string; expectedVersion: number; idempotencyKey?: string }): Promise<ApplicationDetail> {
  return apiFetch(`${path(id)}/assign`, { method: 'POST', body, schema: applicationDetailSchema, idempotencyKey: body.idempotencyKey });
}

export function bulkAssign(body: { ids: string[]; assigneeId: string; idempotencyKey?: string }) {
  return apiFetch('/api/applications/bulk-assign', { method: 'POST', body, schema: bulkAssignResponseSchema, idempotencyKey: body.idempotencyKey });
}

/** The generated sample file of a document (text/plain), as a Blob. */
export async function fetchDocumentFile(appId: string, docId: string, signal?: AbortSignal): Promise<Blob> {
  const token = getSessionToken();
  let response: Response;
  try {
    response = await fetch(buildUrl(`${path(appId)}/documents/${encodeURIComponent(docId)}/file`), {
      headers: token ? { 'X-Session': token } : {},
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, 'network', e instanceof Error ? e.message : undefined);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string } | null;
    throw new ApiError(response.status, body?.code ?? (response.status === 404 ? 'not_found' : 'internal'));
  }
  return response.blob();
}

/** Marks lists, counters and (optionally) one card stale; dashboards and notifications too. */
export function invalidateApplications(queryClient: QueryClient, id?: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: applicationKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: applicationKeys.counters() }),
    id ? queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) }) : Promise.resolve(),
    queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
    queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  ]).then(() => undefined);
}

function cardMutation<V>(queryClient: QueryClient, id: string, fn: (vars: V) => Promise<ApplicationDetail>) {
  return mutationOptions({
    mutationFn: fn,
    onSuccess: (detail: ApplicationDetail) => {
      queryClient.setQueryData(applicationKeys.detail(id), detail);
      void invalidateApplications(queryClient);
    },
    onError: (error: Error) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 403)) {
        void invalidateApplications(queryClient, id);
      }
    },
  });
}

export const actionMutation = (queryClient: QueryClient, id: string) =>
  cardMutation(queryClient, id, (body: ActionRequest) => postAction(id, body));

export const commentMutation = (queryClient: QueryClient, id: string) =>
  cardMutation(queryClient, id, (body: { text: string; expectedVersion?: number; idempotencyKey?: string }) => postComment(id, body));

export const documentMutation = (queryClient: QueryClient, id: string) =>
  cardMutation(queryClient, id, (body: { name: string; kind: string; mimeType?: string; size?: number; idempotencyKey?: string }) => addDocument(id, body));

export const assignMutation = (queryClient: QueryClient, id: string) =>
  cardMutation(queryClient, id, (body: { assigneeId: string; expectedVersion: number; idempotencyKey?: string }) => assignApplication(id, body));

export const createApplicationMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: createApplication,
    onSuccess: (detail: ApplicationDetail) => {
      queryClient.setQueryData(applicationKeys.detail(detail.application.id), detail);
      void invalidateApplications(queryClient);
    },
  });

export const bulkAssignMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: bulkAssign,
    onSettled: () => invalidateApplications(queryClient),
  });
