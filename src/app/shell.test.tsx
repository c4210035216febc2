// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../mocks/node';
import { renderApp } from '../test/render-app';
import { Layout } from './layout';
import ru from '../../locales/ru/common.json';
import kk from '../../locales/kk/common.json';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function Boom(): never {
  throw new Error('render failed on purpose');
}

describe('app shell', () => {
  it('shows the header in Russian, switches to Kazakh and reflects it in <html lang>', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: ru.app.name })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    await userEvent.click(screen.getByText(ru.language.kk));
    expect(await screen.findByRole('heading', { name: kk.app.name })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('kk');
    expect(localStorage.getItem('kz-licensing.lang')).toBe('kk');
  });

  it('gives the translated 404 for an unknown address', async () => {
    renderApp('/no/such/page', { lng: 'kk' });
    expect(await screen.findByRole('heading', { name: kk.notFound.title })).toBeInTheDocument();
    expect(screen.getByText(kk.notFound.text.replace('{{path}}', '/no/such/page'))).toBeInTheDocument();
  });

  it('shows the route error screen with a retry when a screen throws', async () => {
    const routes = [{ path: '/', element: <Layout />, children: [{ path: 'boom', element: <Boom /> }] }];
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/boom', { routes });
    expect(await screen.findByRole('alert')).toHaveTextContent(ru.routeError.title);
    expect(screen.getByRole('button', { name: ru.routeError.retry })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: ru.app.name })).toBeInTheDocument();
    spy.mockRestore();
  });

  it('talks to the mock backend through the shared handlers', async () => {
    const res = await fetch('http://localhost/api/health');
    expect(await res.json()).toEqual({ ok: true });
    server.use(http.get('*/api/health', () => HttpResponse.json({ code: 'unavailable' }, { status: 503 })));
    const failed = await fetch('http://localhost/api/health');
    expect(failed.status).toBe(503);
  });
});
