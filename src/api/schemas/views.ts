/** Saved views per user (docs/api.md §Views): a named inbox tab + filter set. */
import { z } from '../zod.ts';
import { isoDateTimeSchema } from './common.ts';
import { tabSchema } from './applications.ts';

/** Filters of a view: the list query's keys with string or string-array values. */
export const viewFiltersSchema = z
  .record(z.string().check(z.maxLength(40)), z.union([z.string().check(z.maxLength(200)), z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50))])).check(z.refine((r) => Object.keys(r).length <= 30, { message: 'too_many' }));

export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  tab: tabSchema,
  filters: viewFiltersSchema,
  createdAt: isoDateTimeSchema,
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const savedViewListSchema = z.object({ items: z.array(savedViewSchema) });

export const createViewRequestSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  tab: tabSchema,
  filters: viewFiltersSchema,
});
export type CreateViewRequest = z.infer<typeof createViewRequestSchema>;
