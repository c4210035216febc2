import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type LoaderFunctionArgs, type RouteObject, type ShouldRevalidateFunctionArgs } from 'react-router';
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

/**
 * A change of the address's query on the same screen (the inbox's filters and search) is the
 * screen's own business: its queries follow the address, and the session was checked on the way
 * in. Running the loaders again would only delay the new list by the time they take.
 */
export function sameScreen({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs): boolean {
  if (currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search) return false;
  return defaultShouldRevalidate;
}

export function createRoutes(queryClient: QueryClient, i18n?: I18n): RouteObject[] {
  /**
   * Wraps a feature's route module: its texts load with its chunk (`ns`, see ROUTE_NAMESPACES in
   * i18n.ts), then sign-in first, then the feature's own prefetch.
   */
  const guarded = (load: () => Promise<FeatureRoute>, ns: string[] = []) => async () => {
    const [mod] = await Promise.all([load(), ns.length && i18n ? i18n.loadNamespaces(ns) : null]);
    return {
      Component: mod.Component,
      loader: async (args: LoaderFunctionArgs) => {
        await requireSession(queryClient, args.request);
        await mod.prefetch?.(queryClient, args);
        return null;
      },
      shouldRevalidate: sameScreen,
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
              lazy: guarded(() => import('../features/application/application-route'), ['application']),
            },
            {
              path: 'register',
              lazy: guarded(() => import('../features/registration/registration-route'), ['registration']),
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient, i18n: I18n) {
  return createBrowserRouter(createRoutes(queryClient, i18n));
}
