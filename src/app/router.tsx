import { createBrowserRouter, redirect, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/** Route table: features load lazily, each route has its own error screen. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    ErrorBoundary: RouteError,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, loader: () => redirect('/inbox') },
          { path: 'inbox', lazy: () => import('./routes/home-route') },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
