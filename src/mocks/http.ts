/**
 * The route wrapper every handler goes through, so handlers stay thin (parse, authorise via the
 * domain, transition, store, respond). It adds what a real server does around them:
 * - request parsing with valibot (query and JSON body) → 422 `invalid_payload` with field codes;
 * - the session (`X-Session` token → staff member) → 401;
 * - simulated latency and faults (500/503/timeout, before or after the change is stored);
 * - idempotency keys (`Idempotency-Key` header or `idempotencyKey` in the body): a repeated key
 *   returns the first result (same status and body) instead of acting twice;
 * - `HttpFailure` → `{ code, details? }`; any other thrown error → 500 `internal` (a real bug).
 */
import { delay, http, type HttpHandler } from 'msw';
import * as v from 'valibot';
import { faultResponse, shouldFault } from './backend/faults.ts';
import { errorResponse, fieldIssues, json } from './backend/responses.ts';
import type { StaffMember } from '../domain/workflow/types.ts';
import { HttpFailure, unauthorized } from './backend/errors.ts';
import { backend, type Backend } from './backend/runtime.ts';
import type { ExtraWrite } from './store/types.ts';

export type Method = 'get' | 'post' | 'put' | 'delete';

export type SessionRecord = { id: string; staffId: string; createdAt: string };

export type IdempotencyRecord = {
  id: string;
  fingerprint: string;
  status: number;
  body: unknown;
  at: string;
};

export type RouteContext<B, Q> = {
  request: Request;
  params: Record<string, string>;
  body: B;
  query: Q;
  b: Backend;
  now: Date;
  /** The signed-in staff member (routes with `auth: false` get null). */
  me: StaffMember;
  token: string | null;
  /**
   * For handlers that write through `store.update`: the idempotency record of a result, to be
   * written in the same transaction as the change (then the wrapper does not write it again).
   */
  idempotencyWrite(status: number, body: unknown): ExtraWrite | null;
};

export type RouteResult = { status?: number; body?: unknown; headers?: Record<string, string> } | Response;

type RouteOptions<BS extends v.GenericSchema | undefined, QS extends v.GenericSchema | undefined> = {
  auth?: boolean;
  body?: BS;
  query?: QS;
  /** Demo controls: no latency, no faults. */
  demo?: boolean;
};

type Infer<S> = S extends v.GenericSchema ? v.InferOutput<S> : undefined;

/** Repeated query keys become arrays; a null-prototype object keeps `__proto__` harmless. */
function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return { ...out };
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.length > 1_000_000) return { ok: false };
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Requests with the same idempotency key that are still running (a retry joins the first). */
const inFlight = new Map<string, Promise<Response>>();

async function storedResponse(b: Backend, id: string, fingerprint: string): Promise<Response | null> {
  const rec = await b.store.get<IdempotencyRecord>('idempotency', id);
  if (!rec) return null;
  if (rec.fingerprint !== fingerprint) return errorResponse(422, 'idempotency_mismatch');
  return json(rec.status, rec.body, { 'Idempotent-Replay': 'true' });
}

/**
 * Sessions by token, per backend (every request needs one; the database answers in milliseconds
 * that a list request should not spend). Forgotten at any change of sessions, in this tab or another.
 */
const sessionCaches = new WeakMap<Backend, { generation: number; byToken: Map<string, SessionRecord> }>();

function sessionCache(b: Backend) {
  let c = sessionCaches.get(b);
  if (!c) {
    const cache = { generation: 0, byToken: new Map<string, SessionRecord>() };
    b.store.onChange((m) => {
      if (m.resource !== 'sessions' && m.resource !== 'all') return;
      cache.generation++;
      cache.byToken.clear();
    });
    sessionCaches.set(b, cache);
    c = cache;
  }
  return c;
}

async function resolveSession(b: Backend, request: Request): Promise<{ token: string | null; me: StaffMember | null }> {
  const token = request.headers.get('X-Session');
  if (!token || token.length > 200) return { token: null, me: null };
  const cache = sessionCache(b);
  let session = cache.byToken.get(token);
  if (!session) {
    const generation = cache.generation;
    session = await b.store.get<SessionRecord>('sessions', token);
    // Kept only when no session changed during the read (a sign-out must not be undone).
    if (session && generation === cache.generation) cache.byToken.set(token, session);
  }
  if (!session) return { token, me: null };
  const me = await b.staffMember(session.staffId);
  return { token, me: me && me.active !== false ? me : null };
}

/**
 * Declares one endpoint. The handler returns `{ status, body }` (default 200) or a Response,
 * or throws `HttpFailure`.
 */
export function route<BS extends v.GenericSchema | undefined = undefined, QS extends v.GenericSchema | undefined = undefined>(
  method: Method,
  path: string,
  options: RouteOptions<BS, QS>,
  handler: (ctx: RouteContext<Infer<BS>, Infer<QS>>) => Promise<RouteResult> | RouteResult,
): HttpHandler {
  // '*' matches any origin: the browser resolves '/api' against the page, Node has no page.
  return http[method](`*${path}`, async ({ request, params }) => {
    try {
      return await handle(method, request, params as Record<string, string>, options, handler as never);
    } catch (e) {
      // The last line of defence: a client can never see more than 'internal'.
      console.error('[mock backend] internal error', e);
      return errorResponse(500, 'internal');
    }
  });
}

async function handle(
  method: Method,
  request: Request,
  rawParams: Record<string, string>,
  options: RouteOptions<v.GenericSchema | undefined, v.GenericSchema | undefined>,
  handler: (ctx: RouteContext<unknown, unknown>) => Promise<RouteResult> | RouteResult,
): Promise<Response> {
  const b = backend();
  await b.ready;
  if (!options.demo && b.demo.latencyMs > 0) await delay(b.demo.latencyMs);

  const url = new URL(request.url);
  const params: Record<string, string> = {};
  for (const [k, value] of Object.entries(rawParams)) params[k] = decodeURIComponent(String(value));

  let query: unknown = undefined;
  if (options.query) {
    const parsed = v.safeParse(options.query, queryObject(url));
    if (!parsed.success) return errorResponse(422, 'invalid_payload', { fields: fieldIssues(parsed.issues) });
    query = parsed.output;
  }

  let rawBody: unknown = undefined;
  let body: unknown = undefined;
  if (method !== 'get' && method !== 'delete') {
    const read = await readJson(request);
    if (!read.ok) return errorResponse(422, 'invalid_payload', { fields: [{ path: '', code: 'invalid_json' }] });
    rawBody = read.value;
    if (options.body) {
      const parsed = v.safeParse(options.body, rawBody === undefined ? {} : rawBody);
      if (!parsed.success) return errorResponse(422, 'invalid_payload', { fields: fieldIssues(parsed.issues) });
      body = parsed.output;
    }
  }

  const { token, me } = await resolveSession(b, request);
  if (options.auth !== false && !me) return errorResponse(401, 'unauthorized');

  const mutating = method !== 'get' && !options.demo;
  if (mutating && shouldFault(b, 'before')) return faultResponse(b, request.signal);
  if (!options.demo && method === 'get' && shouldFault(b, 'before')) return faultResponse(b, request.signal);

  const key = mutating ? idempotencyKeyOf(request, rawBody) : null;
  const idemId = key ? `${me?.id ?? 'anon'}:${key}` : null;
  const fingerprint = `${method} ${url.pathname} ${stableBody(rawBody)}`;

  const run = async (): Promise<Response> => {
    if (idemId) {
      const replay = await storedResponse(b, idemId, fingerprint);
      if (replay) return replay;
    }
    let stored = false;
    const ctx: RouteContext<unknown, unknown> = {
      request,
      params,
      body,
      query,
      b,
      now: b.now(),
      me: me as StaffMember,
      token,
      idempotencyWrite(status, resBody) {
        if (!idemId) return null;
        stored = true;
        const rec: IdempotencyRecord = { id: idemId, fingerprint, status, body: resBody ?? null, at: b.now().toISOString() };
        return { collection: 'idempotency', value: rec };
      },
    };
    let status: number;
    let resBody: unknown;
    let headers: Record<string, string> | undefined;
    try {
      const result = await handler(ctx);
      if (result instanceof Response) return result;
      status = result.status ?? 200;
      resBody = result.body;
      headers = result.headers;
    } catch (e) {
      if (!(e instanceof HttpFailure)) throw e;
      status = e.status;
      resBody = e.details === undefined ? { code: e.code } : { code: e.code, details: e.details };
      // A retry after a conflict caused by our own first attempt gets that attempt's answer.
      if (idemId && e.status === 409) {
        const replay = await storedResponse(b, idemId, fingerprint);
        if (replay) return replay;
      }
    }
    if (idemId && !stored && status < 500) {
      const rec: IdempotencyRecord = { id: idemId, fingerprint, status, body: resBody ?? null, at: b.now().toISOString() };
      await b.store.put('idempotency', rec);
    }
    return json(status, resBody, headers);
  };

  let response: Response;
  if (idemId) {
    const running = inFlight.get(idemId);
    if (running) return (await running).clone();
    const p = run();
    inFlight.set(idemId, p);
    try {
      response = await p;
    } finally {
      inFlight.delete(idemId);
    }
    response = response.clone();
  } else {
    response = await run();
  }

  // 'After the change is stored': only a change that was made (a refusal stored nothing).
  if (mutating && response.ok && shouldFault(b, 'after')) return faultResponse(b, request.signal);
  return response;
}

function idempotencyKeyOf(request: Request, rawBody: unknown): string | null {
  const header = request.headers.get('Idempotency-Key');
  if (header && header.length <= 200) return header;
  if (rawBody && typeof rawBody === 'object' && !Array.isArray(rawBody)) {
    const k = (rawBody as Record<string, unknown>).idempotencyKey;
    if (typeof k === 'string' && k.length >= 8 && k.length <= 200) return k;
  }
  return null;
}

function stableBody(rawBody: unknown): string {
  if (rawBody === undefined) return '';
  if (rawBody && typeof rawBody === 'object' && !Array.isArray(rawBody)) {
    const { idempotencyKey: _k, ...rest } = rawBody as Record<string, unknown>;
    void _k;
    return JSON.stringify(rest);
  }
  return JSON.stringify(rawBody);
}

/** Throws 401 when a handler needs a person but got none (routes with `auth: false`). */
export function requireMe(me: StaffMember | null): StaffMember {
  if (!me) throw unauthorized();
  return me;
}
