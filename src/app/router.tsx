import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { BootFallback } from './boot-fallback';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';
import { requireSession } from './require-session';

/**
 * Route table: features load lazily (each a chunk of its own), each route has its own error
 * screen inside the layout, and screens behind sign-in check the session first.
 */
/** What a feature's route module exports. */
export type FeatureRoute = {
  Component: ComponentType;
  prefetch?: (queryClient: QueryClient, args: LoaderFunctionArgs) => Promise<unknown>;
};

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  /** Wraps a feature's route module: sign-in first, then the feature's own prefetch. */
  const guarded = (load: () => Promise<FeatureRoute>) => async () => {
    const mod = await load();
    return {
      Component: mod.Component,
      loader: async (args: LoaderFunctionArgs) => {
        await requireSession(queryClient, args.request);
        await mod.prefetch?.(queryClient, args);
        return null;
      },
    };
  };
  return [
    {
      path: '/',
      element: <Layout />,
      ErrorBoundary: RouteError,
      HydrateFallback: BootFallback,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, loader: () => redirect('/inbox') },
            { path: 'sign-in', lazy: () => import('../features/session/sign-in-route') },
            { path: 'inbox', lazy: guarded(() => import('../features/inbox/inbox-route')) },
            {
              path: 'applications/:id',
              lazy: guarded(() => import('../features/application/application-route')),
            },
            {
              path: 'register',
              lazy: guarded(() => import('../features/registration/registration-route')),
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
