import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The DOM build of the provider: navigations may ask for flushSync (the inbox search does).
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { loadI18n } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { createRouter } from './app/router';

async function start() {
  // The texts of the chosen language load while the mock backend (a chunk of its own, dev and
  // mock builds only) starts; both before the first render.
  const texts = loadI18n();
  if (__MOCK_BACKEND__) {
    const mocks = await import('./mocks/browser');
    await mocks.startMockBackend();
  }
  const i18n = await texts;
  const queryClient = createQueryClient(i18n);
  const router = createRouter(queryClient, i18n);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
