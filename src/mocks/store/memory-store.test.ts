/**
 * The Store contract, on MemoryStore (IdbStore shares it; fake-indexeddb is not installed, so the
 * browser store is covered by the e2e tests).
 */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store.ts';
import type { ChangeMessage } from './types.ts';

type Rec = { id: string; n: number; tags?: string[] };

describe('MemoryStore', () => {
  it('gets, lists, puts, deletes and clears; copies single records', async () => {
    const s = new MemoryStore();
    await s.put<Rec>('views', { id: 'a', n: 1, tags: ['x'] });
    await s.putMany<Rec>('views', [{ id: 'b', n: 2 }, { id: 'c', n: 3 }]);
    const a = (await s.get<Rec>('views', 'a'))!;
    a.tags!.push('mutated');
    expect((await s.get<Rec>('views', 'a'))!.tags).toEqual(['x']);
    expect((await s.list<Rec>('views')).map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    await s.delete('views', 'b');
    expect(await s.get('views', 'b')).toBeUndefined();
    expect(await s.list('sessions')).toEqual([]);
    await s.clear(['views']);
    expect(await s.list('views')).toEqual([]);
  });

  it('updates atomically and returns the callback result; extra writes land too', async () => {
    const s = new MemoryStore();
    await s.put<Rec>('applications', { id: 'x', n: 0 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        s.update<Rec, number>('applications', 'x', (cur) => ({ next: { id: 'x', n: cur!.n + 1 }, result: cur!.n + 1 })),
      ),
    );
    expect(new Set(results).size).toBe(50);
    expect((await s.get<Rec>('applications', 'x'))!.n).toBe(50);
    const r = await s.update<Rec, string>('applications', 'x', () => ({ result: 'no change', extra: [{ collection: 'idempotency', value: { id: 'k' } }] }));
    expect(r).toBe('no change');
    expect(await s.get('idempotency', 'k')).toEqual({ id: 'k' });
    expect((await s.get<Rec>('applications', 'x'))!.n).toBe(50);
  });

  it('announces changes and bumps the applications revision only for applications', async () => {
    const s = new MemoryStore();
    const seen: ChangeMessage[] = [];
    const off = s.onChange((m) => seen.push(m));
    const r0 = s.applicationsRevision;
    await s.put('views', { id: 'v' });
    expect(s.applicationsRevision).toBe(r0);
    await s.put('applications', { id: 'a1' });
    expect(s.applicationsRevision).toBe(r0 + 1);
    await s.update('applications', 'a1', () => ({ next: { id: 'a1' }, result: null }));
    expect(seen.map((m) => `${m.resource}:${m.ids.join(',')}`)).toEqual(['views:v', 'applications:a1', 'applications:a1']);
    off();
    await s.put('views', { id: 'w' });
    expect(seen).toHaveLength(3);
  });
});
