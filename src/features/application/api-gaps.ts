/**
 * TEMPORARY gaps of `src/api/` the card works around (remove when fixed there):
 * - `catalogResponseSchema` requires `provider.address` and `provider.phones` to be strings, but
 *   four of the five providers have null there in the catalog data, so GET /api/catalog fails
 *   with `bad_response` for everyone outside Almaty GASC. This query accepts null for both.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from '../../api/zod';
import { catalogKeys } from '../../api/catalog';
import { apiFetch } from '../../api/client';
import { catalogResponseSchema, type CatalogResponse } from '../../api/schemas/catalog';

const lenientCatalogSchema = catalogResponseSchema.extend({
  provider: catalogResponseSchema.shape.provider.extend({ address: z.string().nullable(), phones: z.string().nullable() }),
});

/** GET /api/catalog, tolerant of the providers without address/phones. */
export function cardCatalogQuery() {
  return queryOptions({
    queryKey: [...catalogKeys.all, 'card'] as const,
    queryFn: async ({ signal }) => (await apiFetch('/api/catalog', { schema: lenientCatalogSchema, signal })) as CatalogResponse,
    staleTime: 10 * 60_000,
  });
}
