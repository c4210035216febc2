/**
 * The typed HTTP client of the app. Everything the UI knows about the server goes through
 * `apiFetch`, which
 * - sends the session token (kept in localStorage) as the `X-Session` header,
 * - validates the response with a valibot schema,
 * - throws `ApiError { status, code, details }`: codes of the API (docs/api.md) or, on the client
 *   side, 'network' (no response), 'timeout' (no answer within `timeoutMs`), 'bad_response'
 *   (the body does not match the schema or is not JSON).
 *
 * Exports: `ApiError`, `apiFetch(path, options)`, `getSessionToken()`, `setSessionToken(token)`,
 * `subscribeSessionToken(cb)`, `newIdempotencyKey()`, `isApiError(e, code?)`,
 * `onSessionChangedElsewhere(cb)`, `DEFAULT_TIMEOUT_MS`.
 */
import * as v from 'valibot';
import { errorBodySchema } from './schemas/common.ts';

export const DEFAULT_TIMEOUT_MS = 15_000;
const TOKEN_KEY = 'kz-licensing.session';

/** A failed request: HTTP status (0 for client-side failures), stable code, optional details. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;

  constructor(status: number, code: string, message?: string, details?: unknown) {
    super(message ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** True when `e` is an ApiError (with the given code, if any). */
export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

let memoryToken: string | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The session token of this browser (localStorage; an in-memory fallback in Node). */
export function getSessionToken(): string | null {
  return storage()?.getItem(TOKEN_KEY) ?? memoryToken;
}

/**
 * Calls `cb(token)` when another tab of this browser signs in as someone else or signs out (the
 * token is shared through localStorage). Returns the unsubscribe function.
 */
export function onSessionChangedElsewhere(cb: (token: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: StorageEvent) => {
    if (e.key === TOKEN_KEY || e.key === null) {
      memoryToken = e.key === null ? null : e.newValue;
      cb(e.key === null ? null : e.newValue);
    }
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

const tokenListeners = new Set<() => void>();

/**
 * Calls `cb` whenever the session token may have changed: set or forgotten in this tab, or changed
 * by another tab (for `useSyncExternalStore` with `getSessionToken`). Returns the unsubscribe function.
 */
export function subscribeSessionToken(cb: () => void): () => void {
  tokenListeners.add(cb);
  const elsewhere = onSessionChangedElsewhere(cb);
  return () => {
    tokenListeners.delete(cb);
    elsewhere();
  };
}

/** Stores (or, with null, forgets) the session token. */
export function setSessionToken(token: string | null): void {
  memoryToken = token;
  const s = storage();
  if (token === null) s?.removeItem(TOKEN_KEY);
  else s?.setItem(TOKEN_KEY, token);
  for (const cb of tokenListeners) cb();
}

/** A fresh random key for a mutating request (keep it across retries of the same intent). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export type ApiFetchOptions<S extends v.GenericSchema> = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  schema: S;
  signal?: AbortSignal;
  idempotencyKey?: string;
  /** Query parameters; undefined, null and '' are left out, arrays repeat the key. */
  query?: Record<string, string | number | boolean | null | undefined | Array<string | number>>;
  timeoutMs?: number;
  /** Base URL (tests in Node need an absolute one; the browser uses the page origin). */
  baseUrl?: string;
};

let defaultBaseUrl = typeof location === 'undefined' ? 'http://localhost' : '';

/** Sets the origin requests go to (tests: 'http://localhost'). */
export function setApiBaseUrl(url: string): void {
  defaultBaseUrl = url;
}

/** Builds `/api/...?...` from a path and query parameters. */
export function buildUrl(path: string, query?: ApiFetchOptions<v.GenericSchema>['query'], base = defaultBaseUrl): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const item of v) params.append(k, String(item));
    else params.set(k, String(v));
  }
  const qs = params.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

/** Performs a request and returns the parsed, schema-checked data or throws ApiError. */
export async function apiFetch<S extends v.GenericSchema>(path: string, options: ApiFetchOptions<S>): Promise<v.InferOutput<S>> {
  const { method = 'GET', body, schema, signal, idempotencyKey, query, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = getSessionToken();
  if (token) headers['X-Session'] = token;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query, options.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (e) {
    if (timedOut) throw new ApiError(0, 'timeout');
    if (signal?.aborted) throw e; // the caller cancelled: let Query see its own abort
    throw new ApiError(0, 'network', e instanceof Error ? e.message : undefined);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  let json: unknown = undefined;
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError(response.status, response.ok ? 'bad_response' : httpFallbackCode(response.status));
    }
  }

  if (!response.ok) {
    const parsed = v.safeParse(errorBodySchema, json);
    if (parsed.success) {
      throw new ApiError(response.status, parsed.output.code, parsed.output.message, parsed.output.details);
    }
    throw new ApiError(response.status, httpFallbackCode(response.status));
  }

  const parsed = v.safeParse(schema, json);
  if (!parsed.success) throw new ApiError(response.status, 'bad_response', v.summarize(parsed.issues));
  return parsed.output;
}

function httpFallbackCode(status: number): string {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 503) return 'unavailable';
  if (status === 504) return 'timeout';
  if (status >= 500) return 'internal';
  return 'bad_request';
}
