import { delay, http, HttpResponse } from 'msw';
import { interceptFetch } from './in-page-fetch';

const ORIGIN = 'http://office.test';
const api = (url: URL) => url.origin === ORIGIN && url.pathname.startsWith('/api/');

function setup() {
  const network = vi.fn(async (input: RequestInfo | URL) => new Response(`network: ${String(input)}`));
  const target = { fetch: network as typeof fetch };
  let served = 0;
  const handlers = [
    http.get(`${ORIGIN}/api/hello`, ({ request }) => {
      served += 1;
      return HttpResponse.json({ hello: new URL(request.url).searchParams.get('name') });
    }),
    http.post(`${ORIGIN}/api/echo`, async ({ request }) => HttpResponse.json(await request.json(), { status: 201 })),
    http.get(`${ORIGIN}/api/broken`, () => HttpResponse.error()),
    http.get(`${ORIGIN}/api/slow`, async () => {
      await delay(10_000);
      return HttpResponse.json({ late: true });
    }),
  ];
  const restore = interceptFetch(target, handlers, api);
  return { target, network, restore, served: () => served };
}

describe('interceptFetch', () => {
  it('answers the API with the handlers in the page and leaves other addresses to the network', async () => {
    const { target, network, served } = setup();
    const res = await target.fetch(`${ORIGIN}/api/hello?name=Айгүл`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ hello: 'Айгүл' });
    expect(served()).toBe(1);
    const echo = await target.fetch(`${ORIGIN}/api/echo`, { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'Content-Type': 'application/json' } });
    expect(echo.status).toBe(201);
    expect(await echo.json()).toEqual({ a: 1 });
    expect(network).not.toHaveBeenCalled();
    expect(await (await target.fetch(`${ORIGIN}/favicon.svg`)).text()).toBe(`network: ${ORIGIN}/favicon.svg`);
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('sends an API address no handler answers on to the network', async () => {
    const { target, network } = setup();
    await target.fetch(`${ORIGIN}/api/unknown`);
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('rejects a network error with a TypeError, as fetch does', async () => {
    const { target } = setup();
    await expect(target.fetch(`${ORIGIN}/api/broken`)).rejects.toThrow(TypeError);
  });

  it('rejects at once when the request is aborted, with the signal\'s reason', async () => {
    const { target } = setup();
    const controller = new AbortController();
    const pending = target.fetch(`${ORIGIN}/api/slow`, { signal: controller.signal });
    const started = Date.now();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1000);
    const early = new AbortController();
    early.abort(new Error('gone'));
    await expect(target.fetch(`${ORIGIN}/api/hello`, { signal: early.signal })).rejects.toThrow('gone');
  });

  it('puts the previous fetch back', async () => {
    const { target, network, restore } = setup();
    restore();
    expect(target.fetch).toBe(network);
  });
});
