/**
 * `npm run bench:ui`: how the inbox feels with many applications, in Chromium (Playwright library,
 * /usr/bin/chromium or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), against the production-like mock build
 * (`vite build --mode mock`, served by `vite preview` on 127.0.0.1:4191). A script, not a test:
 * it is not part of `npm test`.
 *
 * Setup: `POST /api/__demo/seed { size: BENCH_SIZE }` fills the browser's IndexedDB (the seed is
 * spread over the five providers); the director of Almaty opens "Under control" (every open
 * application of the provider: the widest list a person has; its length is printed).
 *
 * Every figure is taken in the page with its own clock (`performance.now()`): an init script wraps
 * `fetch` to note when each list answer arrived, and a `requestAnimationFrame` loop checks each
 * frame whether the table shows what is expected — the first rows are the ids the API gives for
 * that list (fetched beforehand), and the "refreshing" loader is gone. The frame in which that
 * first holds counts as painted at the first task after it (rAF → setTimeout 0).
 *
 * 1. First rows after data — BENCH_LOADS new lists in the running inbox (another sort order each
 *    time, so nothing comes from the cache; the list is the only request in flight): from the list
 *    answer's arrival to its rows painted (parsing, validation, React render of the rows and their
 *    clocks, layout, paint). Median. Cold full page loads of the inbox are printed for information:
 *    there the mock backend, which runs in the page, answers session, catalog and counters on the
 *    same thread while the list is drawn, so they include the backend's time.
 * 2. Filter keystroke → updated rows — 22 keystrokes in the search (the tail of a registration
 *    number typed and erased, then the start of an applicant's name typed and erased; BENCH_SEARCHES
 *    rounds of them, each with another number and name). The box
 *    applies the text as it is typed; measured from the key's `keydown` (or, for a letter
 *    Playwright inserts as text, its `beforeinput`) to the painted rows of the new query. This includes
 *    the mock backend's list computation (it runs in the page; a real server would add the network
 *    and its own time instead). p95.
 * 3. Scroll frame times — the table is scrolled by two rows (88 px) in every frame for BENCH_FRAMES
 *    frames (pages of rows are fetched on the way); frame time = the delta between successive
 *    requestAnimationFrame callbacks. p95.
 *
 * Flags/env: --skip-build (reuse .e2e-build/bench), BENCH_SIZE (10000), BENCH_LOADS (7),
 * BENCH_COLD_LOADS (3), BENCH_FRAMES (300), BENCH_SEARCHES (1; up to 4 rounds of 22 keys, for a
 * steadier p95 and the medians of where a key's time goes). Targets: first rows ≤ 100 ms, filter p95 ≤ 50 ms,
 * scroll p95 ≤ 16.7 ms/frame. The last line is `ui: first rows X ms, filter p95 Y ms, scroll p95 Z ms/frame`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';

const PORT = 4191;
const OUT_DIR = '.e2e-build/bench';
const SIZE = Number(process.env.BENCH_SIZE ?? 10_000);
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS ?? 3);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 300);
/** Rounds of the search (22 keys each: a number's tail and a name's start, typed and erased). */
const SEARCHES = Math.max(1, Math.min(4, Number(process.env.BENCH_SEARCHES ?? 1)));
const LOGIN = 'almaty.director';
const ru = JSON.parse(readFileSync('locales/ru/inbox.json', 'utf8')) as { search: { label: string }; state: { refreshing: string } };
const args = process.argv.slice(2);
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const pct = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const r1 = (n: number) => Math.round(n * 10) / 10;
const t0 = Date.now();
const log = (...a: unknown[]) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s]`, ...a);

type Bench = { lists: { url: string; start: number; at: number }[]; keys: number[] };

/** Runs in every document before the app: notes list answers and keys (page clock). */
function instrument() {
  const w = window as unknown as { __bench: Bench };
  w.__bench = { lists: [], keys: [] };
  // The mock backend installs its own `fetch` (src/mocks/in-page-fetch.ts): whatever `fetch` the
  // page is given is wrapped, so that the answer is noted as the app receives it.
  const wrap = (inner: typeof fetch): typeof fetch => async (input, init) => {
    const start = performance.now();
    const res = await inner.call(window, input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/api\/applications\?/.test(url)) w.__bench.lists.push({ url: new URL(url, location.href).href, start, at: performance.now() });
    return res;
  };
  let current = wrap(window.fetch);
  Object.defineProperty(window, 'fetch', {
    configurable: true,
    get: () => current,
    set: (next: typeof fetch) => {
      current = wrap(next);
    },
  });
  // A letter outside the US layout comes as text input without a keydown (Playwright inserts it).
  const key = () => w.__bench.keys.push(performance.now());
  window.addEventListener('keydown', key, { capture: true });
  window.addEventListener('beforeinput', key, { capture: true });
}

type Shown = { at: number; answerAt: number | null; requestAt: number | null; domAt: number | null; keyAt: number | null };

/**
 * Resolves at the first task after the first frame in which the address has `params`, nothing is
 * loading and the first data rows are `ids`; with the start and the arrival of the matching list
 * request (offset 0), the moment the document first showed it (a mutation observer: the end of
 * React's commit) and the first key pressed since the last reset.
 */
function whenShown(page: Page, params: Record<string, string>, ids: string[], loaderLabel: string, requireAnswer = false) {
  const shown = page.evaluate(
    ({ params, ids, loaderLabel, requireAnswer }) =>
      new Promise<Shown>((resolve) => {
        const b = (window as unknown as { __bench: Bench }).__bench;
        const matches = (search: URLSearchParams) => Object.entries(params).every(([k, v]) => (search.get(k) ?? '') === v);
        const answer = () =>
          b.lists.filter((l) => {
            const s = new URL(l.url).searchParams;
            return matches(s) && (s.get('offset') ?? '0') === '0';
          }).at(-1);
        const shown = () => {
          if (!matches(new URLSearchParams(location.search))) return false;
          // Two orders can start with the same rows (most time left = newest): with `requireAnswer`
          // the rows count as this list's only once its answer is in.
          if (requireAnswer && !answer()) return false;
          if (document.querySelector(`[aria-label="${loaderLabel}"]`)) return false;
          const rows = [...document.querySelectorAll('tr[data-row-id]')].slice(0, ids.length).map((r) => r.getAttribute('data-row-id'));
          return rows.length === ids.length && rows.every((id, i) => id === ids[i]);
        };
        let domAt: number | null = null;
        const seen = new MutationObserver(() => {
          if (domAt === null && shown()) domAt = performance.now();
        });
        seen.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const frame = () => {
          if (!shown()) return void requestAnimationFrame(frame);
          seen.disconnect();
          const a = answer();
          setTimeout(() => resolve({ at: performance.now(), answerAt: a?.at ?? null, requestAt: a?.start ?? null, domAt, keyAt: b.keys[0] ?? null }), 0);
        };
        requestAnimationFrame(frame);
      }),
    { params, ids, loaderLabel, requireAnswer },
  );
  shown.catch(() => undefined); // a failure elsewhere closes the page under it: reported there
  return shown;
}

const resetMarks = (page: Page) =>
  page.evaluate(() => {
    const b = (window as unknown as { __bench: Bench }).__bench;
    b.lists = [];
    b.keys = [];
  });

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

/** Ids of the first three rows of a list (the API's answer, as the table must show them). */
const firstIds = async (page: Page, params: Record<string, string>) =>
  (await api<{ items: { id: string }[] }>(page, 'GET', `/api/applications?${new URLSearchParams({ ...params, limit: '3' })}`)).body.items.map((i) => i.id);

const ready = (page: Page) => page.waitForFunction(() => (globalThis as { __KZ_MOCK_BACKEND_READY__?: boolean }).__KZ_MOCK_BACKEND_READY__ === true, null, { timeout: 300_000, polling: 50 });

const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not shown within ${ms / 1000} s`)), ms))]);

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
    const loader = ru.state.refreshing;

    // Cold full page loads (information only, see the header).
    const cold: number[] = [];
    const coldParams = { tab: 'control' };
    const coldIds = await firstIds(page, coldParams);
    for (let i = 0; i <= COLD_LOADS; i++) {
      await page.goto('/inbox?tab=control', { waitUntil: 'commit' });
      const m = await within(whenShown(page, coldParams, coldIds, loader), 120_000, 'cold load');
      if (m.answerAt === null) throw new Error('cold load: no list answer seen');
      if (i > 0) cold.push(m.at - m.answerAt); // the first load warms caches up
    }
    log(`cold page loads, rows painted after the list answer: ${cold.map(r1).join(', ')} ms`);

    // 1. First rows after data: new lists in the running inbox.
    const sorts = [
      ['received_at', 'desc'],
      ['reg_no', 'asc'],
      ['step_left', 'asc'],
      ['received_at', 'asc'],
      ['reg_no', 'desc'],
      ['service_left', 'desc'],
      ['step_left', 'desc'],
    ].slice(0, LOADS);
    const firstRows: number[] = [];
    for (const [sort, dir] of sorts) {
      const params = { tab: 'control', sort, dir };
      const ids = await firstIds(page, params);
      await page.waitForTimeout(300);
      await resetMarks(page);
      const shown = whenShown(page, params, ids, loader, true);
      await page.evaluate((url) => {
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
      }, `/inbox?${new URLSearchParams(params)}`);
      const m = await within(shown, 30_000, `list sorted by ${sort} ${dir}`);
      if (m.answerAt === null) throw new Error(`no list answer for ${sort} ${dir}`);
      firstRows.push(m.at - m.answerAt);
    }
    log(`first rows after the list answer: ${firstRows.map(r1).join(', ')} ms`);

    // 2. Filter keystrokes (back to the default order of the tab first).
    await page.goto('/inbox?tab=control');
    await within(whenShown(page, coldParams, coldIds, loader), 120_000, 'inbox');
    const sample = (await api<{ items: { regNo: string; applicant: { name: string } }[] }>(page, 'GET', '/api/applications?tab=control&limit=200&offset=100')).body.items;
    const steps: { key: string; q: string }[] = [];
    for (let round = 0; round < SEARCHES; round++) {
      const tail = sample[7 + 13 * round].regNo.slice(-5);
      const word =
        sample
          .slice(20 * round)
          .find((r) => /^[А-ЯЁӘІҢҒҮҰҚӨҺа-яёәіңғүұқөһ]{6,}/.test(r.applicant.name.split(/\s+/)[0]))
          ?.applicant.name.split(/\s+/)[0]
          .slice(0, 6) ?? 'Сапаро';
      let q = '';
      for (const ch of tail) steps.push({ key: ch, q: (q += ch) });
      for (let i = 0; i < tail.length; i++) steps.push({ key: 'Backspace', q: (q = q.slice(0, -1)) });
      for (const ch of word) steps.push({ key: ch, q: (q += ch) });
      for (let i = 0; i < word.length; i++) steps.push({ key: 'Backspace', q: (q = q.slice(0, -1)) });
    }
    const expected = new Map<string, string[]>();
    for (const s of steps) if (!expected.has(s.q)) expected.set(s.q, await firstIds(page, { tab: 'control', ...(s.q ? { q: s.q } : {}) }));
    const search = page.getByRole('searchbox', { name: ru.search.label });
    await search.click();
    const filter: number[] = [];
    const afterAnswer: number[] = [];
    // Where the time of a key goes: a new list (request → answer → document → painted frame) and
    // a list already in the cache (key → document).
    const phases = { answer: [] as number[], render: [] as number[], paint: [] as number[], cached: [] as number[] };
    for (const s of steps) {
      await resetMarks(page);
      const shown = whenShown(page, { tab: 'control', q: s.q }, expected.get(s.q)!, loader);
      if (s.key.length === 1) await page.keyboard.type(s.key);
      else await page.keyboard.press(s.key);
      const m = await within(shown, 30_000, `search "${s.q}"`);
      if (m.keyAt === null) throw new Error('no keydown seen');
      filter.push(m.at - m.keyAt);
      if (m.answerAt !== null) afterAnswer.push(m.at - m.answerAt);
      if (m.answerAt !== null && m.domAt !== null) {
        phases.answer.push(m.answerAt - m.keyAt);
        phases.render.push(m.domAt - m.answerAt);
        phases.paint.push(m.at - m.domAt);
      } else if (m.answerAt === null && m.domAt !== null) phases.cached.push(m.domAt - m.keyAt);
      await page.waitForTimeout(400); // a typist's pause: nothing of the last key left running
    }
    log(`filter, key to rows: ${filter.map(r1).join(', ')} ms`);

    // 3. Scroll frame times.
    await search.fill('');
    await search.press('Enter');
    await within(whenShown(page, coldParams, coldIds, loader), 30_000, 'inbox after the search');
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

    // Timings on a shared machine depend on what else runs: say how busy it was.
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`);
    console.log(`cold page loads (information, includes the in-page backend): ${cold.map(r1).join(', ')} ms after the list answer`);
    console.log(`first rows: median of ${firstRows.length} new lists (${firstRows.map(r1).join(', ')} ms)`);
    console.log(`filter: ${filter.length} keystrokes, p50 ${r1(pct(filter, 50))} ms, max ${r1(Math.max(...filter))} ms; after the answer p95 ${r1(pct(afterAnswer, 95))} ms`);
    const med = (v: number[]) => (v.length ? `${r1(pct(v, 50))} ms` : '–');
    console.log(
      `filter, medians per key: ${phases.answer.length} new lists: key → answer ${med(phases.answer)}, answer → rows in the document ${med(phases.render)}, → painted ${med(phases.paint)}; ${phases.cached.length} lists from the cache: key → rows in the document ${med(phases.cached)}`,
    );
    console.log(`scroll: ${frames.length} frames, p50 ${r1(pct(frames, 50))} ms, max ${r1(Math.max(...frames))} ms`);
    console.log(`ui: first rows ${r1(pct(firstRows, 50))} ms, filter p95 ${r1(pct(filter, 95))} ms, scroll p95 ${r1(pct(frames, 95))} ms/frame`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
