/** Shared test helpers: raw requests against the MSW node server with a chosen session. */
import * as v from 'valibot';
import { apiFetch, setSessionToken } from '../../api/client.ts';
import { mockBackend, signInAs } from '../node.ts';
import type { Application } from '../../domain/workflow/types.ts';

export const BASE = 'http://localhost';

// Tests read answers of many shapes (and of malformed requests): the body is deliberately loose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Raw = { status: number; body: any; headers: Headers };

/** A request without the client's validation: status and parsed body as they came. */
export async function raw(method: string, path: string, opts: { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<Raw> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers['X-Session'] = opts.token;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(`${BASE}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export async function as(login: string): Promise<string> {
  const token = await signInAs(login);
  setSessionToken(token);
  return token;
}

export async function storedApp(id: string): Promise<Application> {
  const app = await mockBackend().store.get<Application>('applications', id);
  if (!app) throw new Error(`no app ${id}`);
  return app;
}

export async function allApps(): Promise<Application[]> {
  return mockBackend().store.list<Application>('applications');
}

export const anySchema = v.unknown();
export { apiFetch };
