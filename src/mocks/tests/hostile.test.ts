/**
 * 1,000 malformed and hostile payloads (wrong types, huge strings, unknown fields, `<script>`,
 * `__proto__`/`constructor` keys, broken JSON) against the changing endpoints: always 4xx, never
 * 5xx, and the store stays as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../domain/workflow/types.ts';
import { mockBackend, resetMockBackend, server } from '../node.ts';
import { allApps, as, raw } from './helpers.ts';

let token = '';
let app: Application;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await resetMockBackend({ size: 80, seed: 5 });
  token = await as('almaty.head1');
  app = (await allApps()).find((a) => a.providerId === 'almaty-gasc-2016' && a.status === 'in_progress')!;
});
afterAll(() => server.close());

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', '<script>alert(1)</script>', 'toString', '$where', ''];
const HOSTILE_VALUES: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant('<script>alert(1)</script>'),
  fc.constant('"; DROP TABLE applications; --'),
  fc.constant({ __proto__: { admin: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.string({ minLength: 4100, maxLength: 20_000 }),
  fc.constant(Number.NaN),
  fc.constant(-1),
  fc.constant(1e308),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string(), { minLength: 60, maxLength: 80 }),
  fc.anything(),
);

type Target = { method: string; path: () => string; base: () => Record<string, unknown>; fields: string[] };

const targets: Target[] = [
  {
    method: 'POST',
    path: () => `/api/applications/${app.id}/actions`,
    base: () => ({ action: { type: 'approve', outcome: 'returned', reason: 'x' }, expectedVersion: app.version }),
    fields: ['action', 'expectedVersion', 'idempotencyKey'],
  },
  { method: 'POST', path: () => `/api/applications/${app.id}/comments`, base: () => ({ text: 'ok' }), fields: ['text', 'expectedVersion'] },
  { method: 'POST', path: () => `/api/applications/${app.id}/assign`, base: () => ({ assigneeId: 'almaty-specialist1', expectedVersion: app.version }), fields: ['assigneeId', 'expectedVersion'] },
  { method: 'POST', path: () => '/api/applications/bulk-assign', base: () => ({ ids: [app.id], assigneeId: 'almaty-specialist1' }), fields: ['ids', 'assigneeId'] },
  { method: 'POST', path: () => `/api/applications/${app.id}/documents`, base: () => ({ name: 'a.pdf', kind: 'other' }), fields: ['name', 'kind', 'size'] },
  {
    method: 'POST',
    path: () => '/api/applications',
    base: () => ({ serviceId: 'design-license', variantId: 'issue', applicant: { type: 'person', iin: '000000000000', name: 'x' } }),
    fields: ['serviceId', 'variantId', 'applicant', 'channel', 'arrivedAt'],
  },
  { method: 'POST', path: () => '/api/views', base: () => ({ name: 'v', tab: 'my', filters: {} }), fields: ['name', 'tab', 'filters'] },
  { method: 'POST', path: () => '/api/notifications/read', base: () => ({ all: true }), fields: ['all', 'ids'] },
  { method: 'POST', path: () => '/api/session', base: () => ({ login: 'almaty.head1' }), fields: ['login', 'staffId'] },
];

/** A body that is certainly invalid: a valid base with one field broken, a foreign key, or garbage. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('unknown_key' as const), key: fc.constantFrom(...HOSTILE_KEYS, 'extra', 'isAdmin'), value: HOSTILE_VALUES }),
  fc.record({ kind: fc.constant('bad_value' as const), field: fc.nat(10), value: HOSTILE_VALUES }),
  fc.record({ kind: fc.constant('garbage' as const), value: fc.oneof(fc.anything(), fc.string(), fc.array(fc.anything())) }),
  fc.record({ kind: fc.constant('broken_json' as const), text: fc.constantFrom('{', '{"a":', '[1,2', 'undefined', "{'a':1}", '{"text": "\u0000', 'NaN') }),
);

describe('hostile payloads', () => {
  it('answers 1,000 of them with 4xx and leaves the store unchanged', async () => {
    const before = mockBackend().store.applicationsRevision;
    const snapshot = JSON.stringify(await mockBackend().store.get('applications', app.id));
    const views = (await mockBackend().store.list('views')).length;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat(targets.length - 1), mutation, async (ti, m) => {
        const t = targets[ti];
        let r;
        if (m.kind === 'broken_json') {
          r = await raw(t.method, t.path(), { token, rawBody: m.text, headers: { 'Content-Type': 'application/json' } });
        } else {
          let body: unknown;
          if (m.kind === 'garbage') body = m.value;
          else {
            const base = t.base();
            if (m.kind === 'unknown_key') Object.defineProperty(base, m.key === '' ? ' ' : m.key, { value: m.value ?? null, enumerable: true, configurable: true, writable: true });
            else {
              const field = t.fields[m.field % t.fields.length];
              const v = m.value;
              // keep it certainly wrong: a value that is valid for this field is replaced
              base[field] = typeof v === 'string' && v.length >= 4100 ? v : [{ nested: v ?? null }];
            }
            body = base;
          }
          r = await raw(t.method, t.path(), { token, rawBody: JSON.stringify(body) ?? 'undefined', headers: { 'Content-Type': 'application/json' } });
        }
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        expect(r.status, `${t.path()} ${JSON.stringify(r.body)?.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
        expect(r.status).toBeLessThan(500);
        expect(typeof r.body?.code).toBe('string');
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect(mockBackend().store.applicationsRevision).toBe(before);
    expect(JSON.stringify(await mockBackend().store.get('applications', app.id))).toBe(snapshot);
    expect((await mockBackend().store.list('views')).length).toBe(views);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
  });

  it('refuses hostile query strings on the list with 4xx', async () => {
    for (const qs of ['tab=nope', 'limit=-1', 'limit=abc', 'offset=1e99', '__proto__=x', 'sort=<script>', `q=${'x'.repeat(500)}`, 'clock=late', 'constructor=1']) {
      const r = await raw('GET', `/api/applications?${qs}`, { token });
      expect(r.status, qs).toBe(422);
    }
    expect((await raw('GET', '/api/applications?q=%3Cscript%3E', { token })).status).toBe(200);
  });
});
