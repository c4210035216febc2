import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app/providers';
import { loadI18n } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { AppRoutes, createRoutes } from './app/router';

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
  const routes = createRoutes(i18n);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders i18n={i18n} queryClient={queryClient}>
        {/* Navigations render at once, not as transitions: each key of the inbox's search shows its rows. */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes routes={routes} />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}

void start();
