/**
 * Demo controls (`/api/__demo/*`, not part of the product API) — docs/api.md §Demo.
 *
 * - `demoKeys.all` = ['demo']; `demoSettingsQuery()` → DemoSettings
 * - `resetDemo({ size?, seed? })`, `reseedDemo({ size?, seed? })` → SeedResponse
 * - `setDemoClock({ offsetMs } | { advanceMs })`, `setDemoLatency(ms)`,
 *   `setDemoFaults({ rate, phase?, kinds?, timeoutMs? })` → DemoSettings
 * - `demoMutation(queryClient, fn)`: wraps any of these; afterwards every query is refetched
 */
import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import type * as v from 'valibot';
import { apiFetch } from './client.ts';
import { demoSettingsSchema, faultsRequestSchema, seedResponseSchema } from './schemas/demo.ts';

export const demoKeys = { all: ['demo'] as const, settings: () => ['demo', 'settings'] as const };

export const demoSettingsQuery = () =>
  queryOptions({ queryKey: demoKeys.settings(), queryFn: ({ signal }) => apiFetch('/api/__demo/settings', { schema: demoSettingsSchema, signal }) });

export const resetDemo = (body: { size?: number; seed?: number } = {}) =>
  apiFetch('/api/__demo/reset', { method: 'POST', body, schema: seedResponseSchema, timeoutMs: 120_000 });
export const reseedDemo = (body: { size?: number; seed?: number } = {}) =>
  apiFetch('/api/__demo/seed', { method: 'POST', body, schema: seedResponseSchema, timeoutMs: 120_000 });
export const setDemoClock = (body: { offsetMs: number } | { advanceMs: number }) =>
  apiFetch('/api/__demo/clock', { method: 'POST', body, schema: demoSettingsSchema });
export const setDemoLatency = (ms: number) => apiFetch('/api/__demo/latency', { method: 'POST', body: { ms }, schema: demoSettingsSchema });
export const setDemoFaults = (body: v.InferOutput<typeof faultsRequestSchema>) =>
  apiFetch('/api/__demo/faults', { method: 'POST', body, schema: demoSettingsSchema });

export const demoMutation = <V, R>(queryClient: QueryClient, fn: (vars: V) => Promise<R>) =>
  mutationOptions({ mutationFn: fn, onSettled: () => queryClient.invalidateQueries() });
