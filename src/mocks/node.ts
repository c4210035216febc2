/**
 * The mock backend in Node (Vitest, scripts): the shared handlers on an MSW node server over a
 * MemoryStore, plus helpers for tests.
 *
 *   import { server, resetMockBackend, signInAs } from '../mocks/node';
 *   beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 *   beforeEach(() => resetMockBackend({ size: 60, seed: 1 }));
 *   afterAll(() => server.close());
 *   const token = await signInAs('almaty.specialist1');   // also stored for apiFetch
 */
import { setupServer } from 'msw/node';
import { setSessionToken } from '../api/client.ts';
import { installBackend, type Backend } from './backend/runtime.ts';
import type { SessionRecord } from './http.ts';
import { handlers } from './handlers.ts';
import { seedBackend, type SeedSummary } from './seed/index.ts';
import { MemoryStore } from './store/memory-store.ts';

export const server = setupServer(...handlers);

let current: Backend = installBackend(new MemoryStore());
current.ready = seedBackend(current, { size: 60 }).then(() => undefined);

/** The backend behind the node server (for tests that look into the store). */
export function mockBackend(): Backend {
  return current;
}

/** Fresh store with deterministic demo data (default: 400 applications, seed 2026). */
export async function resetMockBackend(opts: { size?: number; seed?: number } = {}): Promise<SeedSummary> {
  current = installBackend(new MemoryStore());
  const seeding = seedBackend(current, opts);
  current.ready = seeding.then(() => undefined);
  return seeding;
}

/** Signs in by login without HTTP; returns the session token and makes it apiFetch's token. */
export async function signInAs(login: string): Promise<string> {
  await current.ready;
  const staff = await current.staff();
  const member = staff.find((s) => s.login === login);
  if (!member) throw new Error(`no demo user ${login}`);
  const token = `t-${member.id}-${Math.random().toString(36).slice(2, 10)}`;
  const session: SessionRecord = { id: token, staffId: member.id, createdAt: current.now().toISOString() };
  await current.store.put('sessions', session);
  setSessionToken(token);
  return token;
}
