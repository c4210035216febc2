/**
 * Demo controls outside the product API: reset, re-seed, simulated clock, latency, faults
 * (docs/api.md §Demo). Never delayed, never failing, no session needed.
 */
import {
  clockRequestSchema,
  faultsRequestSchema,
  latencyRequestSchema,
  seedRequestSchema,
} from '../../api/schemas/demo.ts';
import type { Backend } from '../backend/runtime.ts';
import { seedBackend } from '../seed/index.ts';
import { route } from '../http.ts';

export function demoSettingsOf(b: Backend) {
  const { id: _id, ...rest } = b.demo;
  return { ...rest, now: b.now().toISOString() };
}

export const demoHandlers = [
  route('get', '/api/__demo/settings', { auth: false, demo: true }, ({ b }) => ({ body: demoSettingsOf(b) })),

  route('post', '/api/__demo/reset', { auth: false, demo: true, body: seedRequestSchema }, async ({ b, body }) => {
    const summary = await seedBackend(b, { size: body.size, seed: body.seed });
    return { body: { settings: demoSettingsOf(b), summary } };
  }),

  route('post', '/api/__demo/seed', { auth: false, demo: true, body: seedRequestSchema }, async ({ b, body }) => {
    const summary = await seedBackend(b, { size: body.size ?? b.demo.size, seed: body.seed ?? b.demo.seed, keepSettings: true });
    return { body: { settings: demoSettingsOf(b), summary } };
  }),

  route('post', '/api/__demo/clock', { auth: false, demo: true, body: clockRequestSchema }, async ({ b, body }) => {
    const offset = 'offsetMs' in body ? body.offsetMs : b.demo.clockOffsetMs + body.advanceMs;
    await b.saveDemo({ clockOffsetMs: offset });
    return { body: demoSettingsOf(b) };
  }),

  route('post', '/api/__demo/latency', { auth: false, demo: true, body: latencyRequestSchema }, async ({ b, body }) => {
    await b.saveDemo({ latencyMs: body.ms });
    return { body: demoSettingsOf(b) };
  }),

  route('post', '/api/__demo/faults', { auth: false, demo: true, body: faultsRequestSchema }, async ({ b, body }) => {
    await b.saveDemo({
      faultRate: body.rate,
      ...(body.phase ? { faultPhase: body.phase } : {}),
      ...(body.kinds ? { faultKinds: body.kinds } : {}),
      ...(body.timeoutMs !== undefined ? { timeoutMs: body.timeoutMs } : {}),
    });
    return { body: demoSettingsOf(b) };
  }),
];
