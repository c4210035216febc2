/**
 * The mock backend in the browser: opens the IndexedDB store (data survives reloads and is shared
 * by tabs), seeds it on first run, then starts the MSW worker with the shared handlers.
 * `src/main.tsx` awaits `startMockBackend()` before rendering.
 */
import { setupWorker } from 'msw/browser';
import { installBackend } from './backend/runtime.ts';
import { handlers } from './handlers.ts';
import { seedBackend } from './seed/index.ts';
import { IdbStore } from './store/idb-store.ts';

let started: Promise<void> | null = null;

export function startMockBackend(): Promise<void> {
  started ??= (async () => {
    const store = await IdbStore.open();
    const b = installBackend(store);
    await b.reloadDemo();
    const staff = await store.list('staff');
    if (staff.length === 0) b.ready = seedBackend(b).then(() => undefined);
    await b.ready;
    await setupWorker(...handlers).start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
    });
    // For tests and tools that drive the page: the backend answers from now on.
    (globalThis as { __KZ_MOCK_BACKEND_READY__?: boolean }).__KZ_MOCK_BACKEND_READY__ = true;
  })();
  return started;
}
