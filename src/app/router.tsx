import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { memo, useEffect, useReducer, useState, type ComponentType } from 'react';
import { Navigate, useLocation, useParams, useRoutes, type Params, type RouteObject } from 'react-router';
import { isApiError } from '../api/client';
import { meQuery } from '../api/session';
import { lazyModule, type LazyModule } from '../shared/on-demand';
import { BootFallback } from './boot-fallback';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteErrorBoundary } from './route-error';

/**
 * Route table in react-router's declarative mode (`<BrowserRouter>` + `useRoutes`): the data
 * router (loaders, `lazy`, its own error and scroll handling) is about 17 kB more in the first
 * chunk. What the loaders did is done here instead: features load lazily (each a chunk of its
 * own, with its texts), screens behind sign-in check the session first, and a feature's
 * `prefetch` starts the requests its screen needs while its code still loads.
 */
/** What a route's place in the address gives its prefetch. */
export type RouteArgs = { params: Params; search: URLSearchParams };

/** What a feature's route module exports. */
export type FeatureRoute = {
  Component: ComponentType;
  prefetch?: (queryClient: QueryClient, args: RouteArgs) => Promise<unknown>;
};

type Feature = LazyModule<FeatureRoute>;

/** A feature's module with its texts (`ns`, see ROUTE_NAMESPACES in i18n.ts), loaded once. */
function feature(load: () => Promise<FeatureRoute>, ns: string[] = [], i18n?: I18n): Feature {
  return lazyModule(async () => {
    const [mod] = await Promise.all([load(), ns.length && i18n ? i18n.loadNamespaces(ns) : null]);
    return mod;
  });
}

/** Where the sign-in page sends the user back to. */
export function signInPath(location: { pathname: string; search: string }): string {
  return `/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`;
}

/**
 * A feature's screen. `guarded`: only for a signed-in person; a 401 sends the user to sign-in
 * (remembering where they were going), any other failure to ask goes to the route's error screen.
 * The feature's prefetch runs once per screen (a new search on the same screen is the screen's
 * own business: its queries follow the address).
 */
function FeatureScreen(props: { feature: Feature; guarded?: boolean }) {
  const { feature, guarded = false } = props;
  const queryClient = useQueryClient();
  const location = useLocation();
  const params = useParams();
  const me = useQuery({ ...meQuery(), enabled: guarded });
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const [loadError, setLoadError] = useState<{ error: unknown } | null>(null);
  const mod = feature.loaded();
  const allowed = !guarded || me.data !== undefined;

  useEffect(() => {
    if (!mod) feature.load().then(loaded, (error: unknown) => setLoadError({ error }));
  }, [feature, mod]);

  const { pathname } = location;
  useEffect(() => {
    if (!mod?.prefetch || !allowed) return;
    void mod.prefetch(queryClient, { params, search: new URLSearchParams(location.search) });
    // Once per screen: not again for each change of the address's query (a search, a filter).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mod, allowed, pathname, queryClient]);

  if (loadError) throw loadError.error;
  if (guarded && isApiError(me.error) && me.error.status === 401) {
    return <Navigate to={signInPath(location)} replace />;
  }
  if (guarded && me.error && me.data === undefined) throw me.error;
  if (!mod || !allowed) return <BootFallback />;
  return <Loaded Component={mod.Component} />;
}

/** The screen itself renders again only for what it reads (not for every change of the address). */
const Loaded = memo(function Loaded(props: { Component: ComponentType }) {
  return <props.Component />;
});

export function createRoutes(i18n?: I18n): RouteObject[] {
  const signIn = feature(() => import('../features/session/sign-in-route'));
  const inbox = feature(() => import('../features/inbox/inbox-route'));
  const card = feature(() => import('../features/application/application-route'), ['application'], i18n);
  const register = feature(() => import('../features/registration/registration-route'), ['registration'], i18n);
  return [
    {
      path: '/',
      element: <Layout />,
      children: [
        { index: true, element: <Navigate to="/inbox" replace /> },
        { path: 'sign-in', element: <FeatureScreen key="sign-in" feature={signIn} /> },
        { path: 'inbox', element: <FeatureScreen key="inbox" feature={inbox} guarded /> },
        { path: 'applications/:id', element: <FeatureScreen key="card" feature={card} guarded /> },
        { path: 'register', element: <FeatureScreen key="register" feature={register} guarded /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

/** The app's screens for the address; the page frame itself failing still gets the error screen. */
export function AppRoutes(props: { routes: RouteObject[] }) {
  const { pathname } = useLocation();
  return <RouteErrorBoundary resetKey={pathname}>{useRoutes(props.routes)}</RouteErrorBoundary>;
}
