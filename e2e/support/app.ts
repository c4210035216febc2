/**
 * Shared helpers of the quality specs (a11y, reliability, security): boot the app in a language,
 * talk to the mock backend from inside the page, sign in quietly, make valid BIN/IIN numbers.
 * Expected texts come from locales/ (see ../locales.ts).
 */
import { expect, type Page } from '@playwright/test';

export type Lng = 'ru' | 'kk';
 
export type Loose = any;

export const TOKEN_KEY = 'kz-licensing.session';
export const LANG_KEY = 'kz-licensing.lang';
/** First visit of a fresh browser context seeds IndexedDB: generous on a loaded machine. */
export const BOOT_TIMEOUT = 45_000;

/** Waits until the mock backend in the page answers (it sets this flag once started). */
export async function backendReady(page: Page, timeout = BOOT_TIMEOUT) {
  await page.waitForFunction(() => (globalThis as { __KZ_MOCK_BACKEND_READY__?: boolean }).__KZ_MOCK_BACKEND_READY__ === true, null, {
    timeout,
    polling: 100,
  });
}

/**
 * Opens `path` with the language preset (only on the first load of this page, so a later switch
 * in the UI survives reloads) and waits for the mock backend.
 */
export async function boot(page: Page, lng: Lng = 'ru', path = '/sign-in') {
  await page.addInitScript(
    ({ lng, key }) => {
      if (!sessionStorage.getItem('e2e-lang-set')) {
        localStorage.setItem(key, lng);
        sessionStorage.setItem('e2e-lang-set', '1');
      }
    },
    { lng, key: LANG_KEY },
  );
  await page.goto(path);
  await backendReady(page);
}

/** A request from inside the page (it reaches the mock backend), with the page's stored session. */
export async function api<T = Loose>(page: Page, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return page.evaluate(
    async ({ method, path, body, key, headers }) => {
      const token = localStorage.getItem(key);
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Session': token } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = text;
      }
      return { status: res.status, body: parsed as never };
    },
    { method, path, body, key: TOKEN_KEY, headers },
  ) as Promise<{ status: number; body: T }>;
}

/** Resets the demo data (size 0: staff only) and switches off latency and faults. */
export async function resetDemo(page: Page, size = 0, seed = 11) {
  const res = await api(page, 'POST', '/api/__demo/reset', { size, seed });
  expect(res.status, 'demo reset').toBe(200);
}

/** Signs in through the API and stores the token (no navigation). Returns the token. */
export async function signInQuietly(page: Page, login: string): Promise<string> {
  const res = await api<{ token: string }>(page, 'POST', '/api/session', { login });
  expect(res.status, `sign in ${login}`).toBe(201);
  await page.evaluate(({ key, token }) => localStorage.setItem(key, token), { key: TOKEN_KEY, token: res.body.token });
  return res.body.token;
}

/** Client-side navigation inside the running app (no reload, so no second boot). */
export async function go(page: Page, path: string) {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

/** A valid BIN (11 digits and the national check digit), different for each `n`. */
export function makeBin(n: number, prefix = '3005400'): string {
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  for (let k = n; ; k++) {
    const d = `${prefix}${String(k % 10000).padStart(4, '0')}`.split('').map(Number);
    let c = d.reduce((s, x, i) => s + x * w1[i], 0) % 11;
    if (c === 10) c = d.reduce((s, x, i) => s + x * w2[i], 0) % 11;
    if (c !== 10) return d.join('') + c;
  }
}

/** Registers a paper application through the API as `clerk` (signed in quietly). */
export async function registerByApi(page: Page, clerk: string, opts: { name?: string; n?: number; serviceId?: string; variantId?: string } = {}) {
  await signInQuietly(page, clerk);
  const res = await api(page, 'POST', '/api/applications', {
    serviceId: opts.serviceId ?? 'design-license',
    variantId: opts.variantId ?? 'issue',
    applicant: { type: 'organization', bin: makeBin(opts.n ?? Math.floor(Math.random() * 10000)), name: opts.name ?? 'ТОО «Сапа»' },
    documents: [{ name: 'Заявление.pdf', kind: 'application' }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.application.id as string, regNo: res.body.application.regNo as string, version: res.body.application.version as number };
}

/** Performs an action through the API with the current version; expects success. */
export async function actByApi(page: Page, id: string, action: Record<string, unknown>) {
  const d = await api(page, 'GET', `/api/applications/${id}`);
  expect(d.status).toBe(200);
  const res = await api(page, 'POST', `/api/applications/${id}/actions`, { action, expectedVersion: d.body.application.version });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Collects console errors, CSP violations and page errors of a page. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  const csp: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) csp.push(text);
    else if (m.type() === 'error') errors.push(text);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { errors, csp };
}

/** The forward action of a step of the design licence ("issue" variant) of Almaty. */
function forwardAction(kind: string): Record<string, unknown> {
  const signature = { certificateSerial: 'e2e0c0de', signedAt: new Date().toISOString() };
  switch (kind) {
    case 'register':
      return { type: 'register' };
    case 'resolve':
      return { type: 'resolve', headId: 'almaty-head1' };
    case 'distribute':
      return { type: 'distribute', executorId: 'almaty-specialist1' };
    case 'check_completeness':
      return { type: 'check_completeness', outcome: 'complete' };
    case 'licensing_control':
      return { type: 'licensing_control', outcome: 'documents_sufficient' };
    case 'conclusion':
      return { type: 'conclusion', outcome: 'meets' };
    case 'approve':
      return { type: 'approve', outcome: 'approved' };
    case 'prepare_order':
      return { type: 'prepare_order', orderNo: '101-П', registryNo: 'Р-1001' };
    case 'sign_order':
    case 'sign_result':
      return { type: kind, outcome: 'signed', signature };
    case 'prepare_result':
      return { type: 'prepare_result', documentNo: '2026-10101' };
    case 'issue':
      return { type: 'issue', via: 'hand_out' };
    default:
      throw new Error(`no forward action for ${kind}`);
  }
}

/**
 * Moves an Almaty design licence (registered with `registerByApi`) along its chain through the
 * API, as whoever holds each step, until its current step is `stopAt`. Leaves the page signed in
 * as the last actor.
 */
export async function driveTo(page: Page, id: string, stopAt: string) {
  for (let i = 0; i < 20; i++) {
    const d = await api(page, 'GET', `/api/applications/${id}`);
    expect(d.status).toBe(200);
    const step = d.body.row.step as { kind: string; role: string } | null;
    if (!step) throw new Error(`finished before ${stopAt}`);
    if (step.kind === stopAt) return d.body;
    const holder = (d.body.row.assignee?.id as string | undefined)?.replace(/-/g, '.') ?? `almaty.${step.role === 'chancellery' ? 'chancellery1' : step.role === 'director' ? 'director' : step.role === 'department_head' ? 'head1' : 'specialist1'}`;
    await signInQuietly(page, holder);
    await actByApi(page, id, forwardAction(step.kind));
  }
  throw new Error(`${stopAt} never reached`);
}

/** A form field by its visible label; a required field's label ends with " *". */
export function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
}
