/**
 * The one set of MSW handlers of the mock backend, shared by the page's `fetch` in the browser
 * (`in-page-fetch.ts`), the Vitest node server and Playwright. Order matters where paths overlap
 * (fixed paths before `:id`); the last handler answers 404 for any other `/api/*` path so nothing
 * falls through to the network. MSW tries the handlers in order, each reading the URL and the
 * cookies before it knows whether the request is its own: the inbox's list, asked for with every
 * key of the search, comes first.
 */
import { http, HttpResponse } from 'msw';
import { adminHandlers } from './handlers/admin.ts';
import { actionHandlers } from './handlers/actions.ts';
import { applicationHandlers, applicationListHandler } from './handlers/applications.ts';
import { catalogHandlers } from './handlers/catalog.ts';
import { dashboardHandlers } from './handlers/dashboard.ts';
import { demoHandlers } from './handlers/demo.ts';
import { documentHandlers } from './handlers/documents.ts';
import { notificationHandlers } from './handlers/notifications.ts';
import { sessionHandlers } from './handlers/session.ts';
import { staffHandlers } from './handlers/staff.ts';
import { viewHandlers } from './handlers/views.ts';

export const handlers = [
  applicationListHandler,
  http.get('*/api/health', () => HttpResponse.json({ ok: true })),
  ...demoHandlers,
  ...sessionHandlers,
  ...staffHandlers,
  ...catalogHandlers,
  ...actionHandlers,
  ...applicationHandlers,
  ...documentHandlers,
  ...viewHandlers,
  ...notificationHandlers,
  ...adminHandlers,
  ...dashboardHandlers,
  http.all('*/api/*', () => HttpResponse.json({ code: 'not_found' }, { status: 404 })),
];
