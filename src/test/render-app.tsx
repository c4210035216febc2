import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction, type RouteObject } from 'react-router';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../app/providers';
import type { Language } from '../app/i18n';
import { createTestI18n } from './i18n';
import { AppRoutes, createRoutes } from '../app/router';

/** What a test reads of the router (the current address) and does with it (navigate). */
export type TestRouter = { state: { location: Location }; navigate: NavigateFunction };

function RouterProbe(props: { router: TestRouter }) {
  props.router.state.location = useLocation();
  props.router.navigate = useNavigate();
  return null;
}

/** Renders the real route table at `path` with a fresh QueryClient (no retries) and i18n. */
export function renderApp(path: string, options: { lng?: Language; routes?: RouteObject[] } = {}) {
  const i18n = createTestI18n(options.lng ?? 'ru');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = { state: {} } as TestRouter;
  const view = render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]} useTransitions={false}>
        <RouterProbe router={router} />
        <AppRoutes routes={options.routes ?? createRoutes()} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, i18n, queryClient, router };
}
