/** Saved views per user (docs/api.md §Views): a named inbox tab + filter set. */
import * as v from 'valibot';
import { isoDateTimeSchema } from './common.ts';
import { tabSchema } from './applications.ts';

/** Filters of a view: the list query's keys with string or string-array values. */
const filterValue = v.pipe(v.string(), v.maxLength(200));
export const viewFiltersSchema = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(40)), v.union([filterValue, v.pipe(v.array(filterValue), v.maxLength(50))])),
  v.check((r) => Object.keys(r).length <= 30, 'too_many'),
);

export const savedViewSchema = v.object({
  id: v.string(),
  name: v.string(),
  tab: tabSchema,
  filters: viewFiltersSchema,
  createdAt: isoDateTimeSchema,
});
export type SavedView = v.InferOutput<typeof savedViewSchema>;

export const savedViewListSchema = v.object({ items: v.array(savedViewSchema) });

export const createViewRequestSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  tab: tabSchema,
  filters: viewFiltersSchema,
});
export type CreateViewRequest = v.InferOutput<typeof createViewRequestSchema>;
