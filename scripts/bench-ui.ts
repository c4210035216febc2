/**
 * `npm run bench:ui`: how the inbox feels with 10,000 applications, in Chromium (Playwright
 * library, /usr/bin/chromium or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), against the production-like
 * mock build (`vite build --mode mock`, served by `vite preview` on 127.0.0.1:4191).
 *
 * Setup: the demo control `POST /api/__demo/seed { size: 10000 }` fills the browser's IndexedDB;
 * the director of Almaty opens "Under control" (every open application of the provider: the
 * widest list).
 *
 * 1. First rows after data — in the running inbox, BENCH_LOADS new lists are opened (the same
 *    tab in another sort order each time, so nothing comes from the cache and the list is the only
 *    request in flight). A PerformanceObserver in the page records when the list response arrived
 *    (resource timing `responseEnd`); a MutationObserver sees the table stop waiting for it (the
 *    "refreshing" loader gone, rows in place); the rows count as painted at the first task after
 *    the next animation frame (rAF → setTimeout 0). Figure (median) = painted − response arrival: JSON,
 *    validation, React render of the rows, layout, paint. Cold full page loads are printed too
 *    (BENCH_COLD_LOADS): there the mock backend — it runs in the page — computes the counters and
 *    the rest on the same thread while the list is rendered, so that figure includes backend time.
 * 2. Filter keystroke → updated rows — 24 keystrokes in the search (digits of a registration number
 *    typed and erased, then part of an applicant's name typed and erased). The search applies after
 *    a deliberate 350 ms pause or at once on Enter; so every key is followed by Enter. Each is
 *    measured from the key's `keydown` (page clock) to the first frame in which the table shows the
 *    expected rows of the new query (ids fetched beforehand through the API) and nothing is loading.
 *    This includes the mock backend's list computation, which runs in the same page (a real
 *    server's time would instead be network + server). The part after the response arrived is
 *    printed too.
 * 3. Scroll frame times — the virtualized table is scrolled programmatically, 2 rows per frame for
 *    BENCH_FRAMES frames (pages of rows are fetched on the way); frame time = delta between
 *    successive requestAnimationFrame callbacks.
 *
 * Flags/env: --skip-build (reuse .e2e-build/bench), BENCH_SIZE (10000), BENCH_LOADS (7), BENCH_COLD_LOADS (3),
 * BENCH_FRAMES (300). Targets: first rows ≤ 100 ms, filter p95 ≤ 50 ms, scroll p95 ≤ 16.7 ms/frame.
 * The last line is `ui: first rows X ms, filter p95 Y ms, scroll p95 Z ms/frame`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';

const PORT = 4191;
const OUT_DIR = '.e2e-build/bench';
const SIZE = Number(process.env.BENCH_SIZE ?? 10_000);
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS ?? 3);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 300);
const LOGIN = 'almaty.director';
const SEARCH_LABEL = (JSON.parse(readFileSync('locales/ru/inbox.json', 'utf8')) as { search: { label: string } }).search.label;
const INBOX = '/inbox?tab=control';
const args = process.argv.slice(2);
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const r1 = (n: number) => Math.round(n * 10) / 10;
const t0 = Date.now();
const log = (...a: unknown[]) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s]`, ...a);

/** In every document: list responses and the first data row (see the header). */
function instrument() {
  type Bench = { responses: { url: string; end: number }[]; rowsAt: number | null; paintAt: number | null; keys: number[] };
  const w = window as unknown as { __bench: Bench };
  w.__bench = { responses: [], rowsAt: null, paintAt: null, keys: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceResourceTiming[]) {
      if (/\/api\/(?!__demo)/.test(e.name)) w.__bench.responses.push({ url: e.name, end: e.responseEnd });
    }
  }).observe({ type: 'resource', buffered: true });
  const mo = new MutationObserver(() => {
    if (w.__bench.rowsAt === null && document.querySelector('tr[data-row-id]')) {
      w.__bench.rowsAt = performance.now();
      mo.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__bench.paintAt = performance.now()), 0));
    }
  });
  mo.observe(document, { childList: true, subtree: true });
  window.addEventListener('keydown', () => w.__bench.keys.push(performance.now()), { capture: true });
}

async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const token = localStorage.getItem('kz-licensing.session');
      const res = await fetch(path, { method, headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Session': token } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

const ready = (page: Page) => page.waitForFunction(() => (globalThis as { __KZ_MOCK_BACKEND_READY__?: boolean }).__KZ_MOCK_BACKEND_READY__ === true, null, { timeout: 300_000, polling: 50 });

async function main() {
  if (!executablePath) throw new Error('no Chromium: set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH or apt-get install chromium');
  if (!args.includes('--skip-build') || !existsSync(`${OUT_DIR}/index.html`)) {
    log('building the mock build…');
    await build({ mode: 'mock', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  }
  const server = await preview({ mode: 'mock', logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Asia/Almaty', baseURL: `http://127.0.0.1:${PORT}` });
    // tsx keeps function names with a helper the page does not have: give it one.
    await context.addInitScript('globalThis.__name = (f) => f;');
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await ready(page);
    log(`seeding ${SIZE} applications…`);
    const seeded = await api(page, 'POST', '/api/__demo/seed', { size: SIZE, seed: 2026 });
    if (seeded.status !== 200) throw new Error(`seed: ${seeded.status}`);
    const session = await api<{ token: string }>(page, 'POST', '/api/session', { login: LOGIN });
    await page.evaluate((token) => localStorage.setItem('kz-licensing.session', token), session.body.token);
    const total = (await api<{ total: number }>(page, 'GET', '/api/applications?tab=control&limit=1')).body.total;
    log(`${LOGIN}: ${total} applications under control`);

    // 1. First rows after data.
    // a) Cold: full page loads (the mock backend also answers counters, session, catalog… on the
    //    same thread, so this is printed for information).
    const cold: number[] = [];
    for (let i = 0; i <= COLD_LOADS; i++) {
      await page.goto(INBOX);
      await ready(page);
      await page.waitForFunction(() => (window as unknown as { __bench: { paintAt: number | null } }).__bench.paintAt !== null, null, { timeout: 120_000 });
      const m = await page.evaluate(() => (window as unknown as { __bench: { responses: { url: string; end: number }[]; rowsAt: number; paintAt: number } }).__bench);
      const list = m.responses.filter((r) => /\/api\/applications\?/.test(r.url) && /[?&]offset=0(&|$)/.test(r.url) && r.end <= m.rowsAt).at(-1);
      if (!list) throw new Error('no list response before the first rows');
      if (i > 0) cold.push(m.paintAt - list.end); // the first load warms caches up
    }
    log(`cold page loads, rows painted after the list response: ${cold.map(r1).join(', ')} ms`);
    // b) In the running app: new lists (another sort order each time, never cached) — the only
    //    request in flight is the list itself.
    const sorts = ['sort=received_at&dir=desc', 'sort=reg_no&dir=asc', 'sort=step_left&dir=asc', 'sort=received_at&dir=asc', 'sort=reg_no&dir=desc', 'sort=service_left&dir=desc', 'sort=step_left&dir=desc'].slice(0, LOADS);
    const firstRows: number[] = [];
    for (const sort of sorts) {
      await page.evaluate(() => ((window as unknown as { __bench: { responses: unknown[] } }).__bench.responses = []));
      // Shown = the response of this order has arrived and the table no longer waits for it.
      const shown = page.evaluate(
        (sort) =>
          new Promise<{ at: number; responseEnd: number | null }>((resolve) => {
            const b = (window as unknown as { __bench: { responses: { url: string; end: number }[] } }).__bench;
            const [field, dir] = sort.split('&').map((p) => p.split('=')[1]);
            const response = () =>
              b.responses.filter((r) => {
                const u = new URL(r.url).searchParams;
                return u.get('sort') === field && (u.get('dir') ?? 'asc') === dir && (u.get('offset') ?? '0') === '0';
              }).at(-1);
            const mo = new MutationObserver(() => {
              if (!response() || document.querySelector('[aria-label="Обновление списка"]') || !document.querySelector('tr[data-row-id]')) return;
              mo.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve({ at: performance.now(), responseEnd: response()?.end ?? null }), 0));
            });
            mo.observe(document.body, { childList: true, subtree: true, attributes: true });
          }),
        sort,
      );
      shown.catch(() => undefined);
      await page.evaluate((url) => {
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
      }, `/inbox?tab=control&${sort}`);
      const m = await Promise.race([shown, page.waitForTimeout(30_000).then(() => null)]);
      if (m === null) {
        const seen = await page.evaluate(() => ({ url: location.href, responses: (window as unknown as { __bench: { responses: { url: string }[] } }).__bench.responses.map((r) => r.url), loading: !!document.querySelector('[aria-label="Обновление списка"]'), rows: document.querySelectorAll('tr[data-row-id]').length }));
        throw new Error(`the list for ${sort} did not show: ${JSON.stringify(seen)}`);
      }
      if (m.responseEnd === null) throw new Error(`no list response for ${sort}`);
      firstRows.push(m.at - m.responseEnd);
      await page.waitForTimeout(300);
    }
    // 2. Filter keystrokes.
    const sample = (await api<{ items: { regNo: string; applicant: { name: string } }[] }>(page, 'GET', '/api/applications?tab=control&limit=200&offset=100')).body.items;
    const tail = sample[7].regNo.slice(-5);
    const word = sample.find((r) => /^[А-ЯЁӘІҢҒҮҰҚӨҺа-яёәіңғүұқөһ]{6,}/.test(r.applicant.name.split(/\s+/)[0]))?.applicant.name.split(/\s+/)[0].slice(0, 6) ?? 'Сапаро';
    const steps: { key: string; q: string }[] = [];
    let q = '';
    for (const ch of tail) steps.push({ key: ch, q: (q += ch) });
    for (let i = 0; i < tail.length; i++) steps.push({ key: 'Backspace', q: (q = q.slice(0, -1)) });
    for (const ch of word) steps.push({ key: ch, q: (q += ch) });
    for (let i = 0; i < word.length; i++) steps.push({ key: 'Backspace', q: (q = q.slice(0, -1)) });
    const expected = new Map<string, string[]>();
    for (const s of steps) {
      if (expected.has(s.q)) continue;
      const r = await api<{ items: { id: string }[] }>(page, 'GET', `/api/applications?tab=control&limit=3${s.q ? `&q=${encodeURIComponent(s.q)}` : ''}`);
      expected.set(s.q, r.body.items.map((i) => i.id));
    }
    const search = page.getByRole('searchbox', { name: SEARCH_LABEL });
    await search.click();
    const filter: number[] = [];
    const clientPart: number[] = [];
    for (const s of steps) {
      const ids = expected.get(s.q)!;
      await page.evaluate(() => {
        const b = (window as unknown as { __bench: { responses: unknown[]; keys: number[] } }).__bench;
        b.responses = [];
        b.keys = [];
      });
      // Checked at every frame: the address has the new query, nothing is loading, and the first
      // rows are the expected ones (or the "nothing found" state when none are expected).
      const done = page.evaluate(
        ({ ids, q }) =>
          new Promise<{ at: number; keyAt: number; responseEnd: number | null }>((resolve) => {
            const b = (window as unknown as { __bench: { responses: { url: string; end: number }[]; keys: number[] } }).__bench;
            const shown = () => {
              if ((new URLSearchParams(location.search).get('q') ?? '') !== q) return false;
              if (document.querySelector('[aria-label="Обновление списка"], [aria-label="Тізім жаңартылуда"]')) return false;
              const rows = [...document.querySelectorAll('tr[data-row-id]')].slice(0, 3).map((r) => r.getAttribute('data-row-id'));
              return rows.length === ids.length && rows.every((id, i) => id === ids[i]);
            };
            const frame = () => {
              if (!shown()) return requestAnimationFrame(frame);
              setTimeout(() => {
                const resp = b.responses.filter((r) => (new URL(r.url).searchParams.get('q') ?? '') === q).at(-1);
                resolve({ at: performance.now(), keyAt: b.keys[0], responseEnd: resp?.end ?? null });
              }, 0);
            };
            requestAnimationFrame(frame);
          }),
        { ids, q: s.q },
      );
      done.catch(() => undefined);
      await page.keyboard.press(s.key);
      await page.keyboard.press('Enter');
      const end = await done;
      filter.push(end.at - end.keyAt);
      if (end.responseEnd !== null) clientPart.push(end.at - end.responseEnd);
      await page.waitForTimeout(400); // no debounce left over
    }
    log(`filter: ${filter.map(r1).join(', ')} ms`);

    // 3. Scroll frame times.
    await search.fill('');
    await search.press('Enter');
    await page.waitForSelector('tr[data-row-id]');
    await page.waitForTimeout(500);
    const frames = await page.evaluate(
      (n) =>
        new Promise<number[]>((resolve) => {
          const box = document.querySelector('[data-testid="inbox-scroller"]') as HTMLElement;
          const deltas: number[] = [];
          let last = 0;
          const step = (t: number) => {
            if (last) deltas.push(t - last);
            last = t;
            box.scrollTop += 88;
            if (deltas.length < n) requestAnimationFrame(step);
            else resolve(deltas);
          };
          requestAnimationFrame(step);
        }),
      FRAMES,
    );
    log(`scroll: ${frames.length} frames, p50 ${r1(pct(frames, 50))} ms, p95 ${r1(pct(frames, 95))} ms, max ${r1(Math.max(...frames))} ms`);

    const firstMedian = pct(firstRows, 50);
    log(`cold loads for comparison: ${cold.map(r1).join(', ')} ms`);
    console.log(`first rows: median of ${firstRows.length} loads (${firstRows.map(r1).join(', ')} ms); filter: ${filter.length} keystrokes, p50 ${r1(pct(filter, 50))} ms, after the response p95 ${r1(pct(clientPart, 95))} ms; scroll: ${frames.length} frames, p50 ${r1(pct(frames, 50))} ms`);
    console.log(`ui: first rows ${r1(firstMedian)} ms, filter p95 ${r1(pct(filter, 95))} ms, scroll p95 ${r1(pct(frames, 95))} ms/frame`);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
