// @vitest-environment jsdom
import { act, configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setApiBaseUrl, setSessionToken } from '../api/client';
import { resetMockBackend, server, signInAs } from '../mocks/node';
import { renderApp } from '../test/render-app';
import { Layout } from './layout';
import { signInPath } from './router';
import common from '../../locales/ru/common.json';
import inbox from '../../locales/ru/inbox.json';
import session from '../../locales/ru/session.json';

// The route chunks and the mock backend's first answers take a moment on a cold start.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  setApiBaseUrl('http://localhost');
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(async () => {
  localStorage.clear();
  setSessionToken(null);
  await resetMockBackend({ size: 40, seed: 3 });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const address = (router: { state: { location: { pathname: string; search: string } } }) =>
  router.state.location.pathname + router.state.location.search;

describe('routes', () => {
  it('sends a signed-out user to sign-in, remembering the address they asked for', async () => {
    const { router } = renderApp('/inbox?tab=control&q=12');
    expect(await screen.findByRole('heading', { name: session.title })).toBeInTheDocument();
    expect(address(router)).toBe(signInPath({ pathname: '/inbox', search: '?tab=control&q=12' }));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/inbox?tab=control&q=12');
  });

  it('opens the inbox at the root address for a signed-in user', async () => {
    await signInAs('almaty.specialist1');
    const { router } = renderApp('/');
    expect(await screen.findByRole('table', { name: inbox.table.label })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inbox');
  });

  it('shows the error screen when the session cannot be checked, and the retry asks again', async () => {
    await signInAs('almaty.specialist1');
    let failures = 1;
    server.use(
      http.get('*/api/session/me', () => (failures-- > 0 ? HttpResponse.json({ code: 'unavailable' }, { status: 503 }) : undefined)),
    );
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/inbox');
    expect(await screen.findByRole('alert')).toHaveTextContent(common.routeError.title);
    expect(screen.getByRole('heading', { name: common.app.name })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: common.routeError.retry }));
    expect(await screen.findByRole('table', { name: inbox.table.label })).toBeInTheDocument();
    expect(screen.queryByText(common.routeError.title)).not.toBeInTheDocument();
    spy.mockRestore();
  });

  it('leaves a failed screen’s error behind when the user goes to another address', async () => {
    function Boom(): never {
      throw new Error('render failed on purpose');
    }
    const routes = [{ path: '/', element: <Layout />, children: [{ path: 'boom', element: <Boom /> }, { path: 'calm', element: <p>calm</p> }] }];
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { router } = renderApp('/boom', { routes });
    expect(await screen.findByRole('alert')).toHaveTextContent(common.routeError.title);
    await act(() => router.navigate('/calm'));
    expect(await screen.findByText('calm')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    spy.mockRestore();
  });
});

describe('signInPath', () => {
  it('keeps the path and the query, encoded', () => {
    expect(signInPath({ pathname: '/applications/a1', search: '?x=1&y=2' })).toBe('/sign-in?next=%2Fapplications%2Fa1%3Fx%3D1%26y%3D2');
  });
});
