import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The DOM build of the provider: navigations may ask for flushSync (the inbox search does).
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { createI18n } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { createRouter } from './app/router';

async function start() {
  if (__MOCK_BACKEND__) {
    // The mock backend is a chunk of its own, started before the first render.
    const mocks = await import('./mocks/browser');
    await mocks.startMockBackend();
  }
  const i18n = createI18n();
  const queryClient = createQueryClient(i18n);
  const router = createRouter(queryClient);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
