/**
 * The mock backend in the browser: opens the IndexedDB store (data survives reloads and is shared
 * by tabs), seeds it on first run, then answers the page's requests to `/api/` with the shared
 * MSW handlers, in the page (`in-page-fetch.ts`). `src/main.tsx` awaits `startMockBackend()`
 * before rendering.
 */
import { announceChange } from '../api/changes.ts';
import { installBackend } from './backend/runtime.ts';
import { handlers } from './handlers.ts';
import { interceptFetch } from './in-page-fetch.ts';
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
    // The change feed of the screens: this tab's writes, and other tabs' once the store has read them.
    store.onChange(announceChange);
    interceptFetch(globalThis, handlers, (url) => url.origin === location.origin && url.pathname.startsWith('/api/'));
    // For tests and tools that drive the page: the backend answers from now on.
    (globalThis as { __KZ_MOCK_BACKEND_READY__?: boolean }).__KZ_MOCK_BACKEND_READY__ = true;
  })();
  return started;
}
