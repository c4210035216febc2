import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../app/providers';
import type { Language } from '../app/i18n';
import { createTestI18n } from './i18n';
import { createRoutes } from '../app/router';

/** Renders the real route table at `path` with a fresh QueryClient (no retries) and i18n. */
export function renderApp(path: string, options: { lng?: Language; routes?: RouteObject[] } = {}) {
  const i18n = createTestI18n(options.lng ?? 'ru');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(options.routes ?? createRoutes(queryClient), { initialEntries: [path] });
  const view = render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, i18n, queryClient, router };
}
