/**
 * The mock backend's way in: `fetch` of this page, wrapped so that requests to the API are
 * answered by the MSW handlers running here (MSW's `getResponse`), and everything else goes to
 * the network. It replaces MSW's service worker, which carried every request from the page to the
 * worker, back to the page for the handler and back again: about 12 ms per request of hops between
 * threads (`npm run bench:ui`, the median from a key of the search to its list's answer went from
 * 16–18 ms to under 5 ms), on the path of every key typed in the search.
 *
 * What a real `fetch` does is kept: an aborted request rejects at once with the signal's reason
 * (the handler, like a server, may still finish its work), and a network error
 * (`HttpResponse.error()`) rejects with a TypeError.
 */
import { getResponse, type RequestHandler } from 'msw';

type Fetch = typeof globalThis.fetch;

/** Rejects as `fetch` does when `signal` aborts before `answer` is in. */
function abortable<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Installs the wrapper on `target` (the page's global object) and returns a function that puts the
 * previous `fetch` back. `handles` tells which addresses the mock backend answers.
 */
export function interceptFetch(target: { fetch: Fetch }, handlers: RequestHandler[], handles: (url: URL) => boolean): () => void {
  const network = target.fetch;
  const mocked: Fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!handles(new URL(request.url))) return network.call(target, input, init);
    const response = await abortable(getResponse(handlers, request), request.signal);
    if (response === undefined) return network.call(target, input, init);
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
  target.fetch = mocked;
  return () => {
    if (target.fetch === mocked) target.fetch = network;
  };
}
