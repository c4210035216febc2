/**
 * My provider's catalog + schedule + calendar (docs/api.md §Catalog).
 *
 * - `catalogKeys.all` = ['catalog']
 * - `catalogQuery()` → CatalogResponse (long stale time; invalidated when an admin changes the
 *   schedule or calendar)
 * - `slaContextOf(catalog)` → the domain's SlaContext (for `tickClock` in the UI)
 */
import { queryOptions } from '@tanstack/react-query';
import type { SlaContext } from '../domain/sla/types.ts';
import { apiFetch } from './client.ts';
import { catalogResponseSchema, type CatalogResponse } from './schemas/catalog.ts';

export const catalogKeys = {
  all: ['catalog'] as const,
};

export const catalogQuery = () =>
  queryOptions({
    queryKey: catalogKeys.all,
    queryFn: ({ signal }) => apiFetch('/api/catalog', { schema: catalogResponseSchema, signal }),
    staleTime: 10 * 60_000,
  });

const contexts = new WeakMap<CatalogResponse, SlaContext>();

/** The SLA context of a catalog answer; the same object for the same answer (engines are cached by identity). */
export function slaContextOf(catalog: CatalogResponse): SlaContext {
  let ctx = contexts.get(catalog);
  if (!ctx) {
    ctx = { schedule: catalog.schedule, calendar: catalog.calendar };
    contexts.set(catalog, ctx);
  }
  return ctx;
}
