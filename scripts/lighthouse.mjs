// `npm run lighthouse`: Lighthouse (performance, accessibility, best practices; desktop preset) of
// the production-like mock build in Debian's Chromium, for the sign-in page and the inbox (signed
// in as a specialist). Prints one line per page and exits non-zero when a score is below 95.
//
// Method: builds `vite build --mode mock` into .e2e-build/lighthouse and serves it with
// `vite preview` on 127.0.0.1:4190; starts /usr/bin/chromium (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH)
// headless with its own profile. The mock backend seeds IndexedDB on the very first visit of a
// browser profile (seconds of CPU that a real server would spend, not the page), so the profile is
// warmed up once and Lighthouse runs with `disableStorageReset`: the audits measure a returning
// visit — the normal day of a staff member — with Lighthouse's simulated desktop throttling.
// Reports (HTML + JSON) go to .reports/lighthouse/.
//
// Flags: --skip-build (reuse the last build), --runs=N (median of N runs per page, default 1).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

const PORT = 4190;
const OUT_DIR = '.e2e-build/lighthouse';
const REPORTS = '.reports/lighthouse';
const TARGET = 95;
const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1);
const chromePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
if (!chromePath) {
  console.error('lighthouse: no Chromium found (set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH or apt-get install chromium)');
  process.exit(2);
}

if (!args.includes('--skip-build') || !existsSync(join(OUT_DIR, 'index.html'))) {
  console.log('building the mock build…');
  await build({ mode: 'mock', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
}
const server = await preview({ mode: 'mock', logLevel: 'warn', build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
const base = `http://127.0.0.1:${PORT}`;

const profile = mkdtempSync(join(tmpdir(), 'kz-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath,
  userDataDir: profile,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--lang=ru-RU'],
});
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
mkdirSync(REPORTS, { recursive: true });

const scores = [];
try {
  // Warm-up: the first visit seeds the mock backend's IndexedDB; then sign in for the inbox run.
  const page = await browser.newPage();
  await page.goto(`${base}/sign-in`, { waitUntil: 'load' });
  await page.waitForFunction(() => globalThis.__KZ_MOCK_BACKEND_READY__ === true, { timeout: 120_000 });

  const audit = async (name, path) => {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(
        `${base}${path}`,
        { port: chrome.port, output: ['html', 'json'], logLevel: 'error', disableStorageReset: true, onlyCategories: ['performance', 'accessibility', 'best-practices'] },
        desktopConfig,
      );
      results.push(result);
    }
    const score = (r, c) => Math.round((r.lhr.categories[c]?.score ?? 0) * 100);
    const median = (c) => results.map((r) => score(r, c)).sort((a, b) => a - b)[Math.floor(results.length / 2)];
    const last = results[results.length - 1];
    writeFileSync(join(REPORTS, `${name}.html`), last.report[0]);
    writeFileSync(join(REPORTS, `${name}.json`), last.report[1]);
    const s = { name, performance: median('performance'), accessibility: median('accessibility'), bestPractices: median('best-practices') };
    const lcp = last.lhr.audits['largest-contentful-paint']?.displayValue;
    const tbt = last.lhr.audits['total-blocking-time']?.displayValue;
    const failed = Object.values(last.lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    console.log(`${name}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices} (LCP ${lcp}, TBT ${tbt}${failed.length ? `; failing audits: ${failed.join(', ')}` : ''})`);
    scores.push(s);
  };

  await audit('sign-in', '/sign-in');
  await page.evaluate(async () => {
    const res = await fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'almaty.specialist1' }) });
    const { token } = await res.json();
    localStorage.setItem('kz-licensing.session', token);
  });
  await audit('inbox', '/inbox');
  await page.close();
} finally {
  await browser.disconnect();
  await chrome.kill();
  await new Promise((resolve) => server.httpServer.close(resolve));
  rmSync(profile, { recursive: true, force: true });
}

const below = scores.flatMap((s) => ['performance', 'accessibility', 'bestPractices'].filter((k) => s[k] < TARGET).map((k) => `${s.name} ${k} ${s[k]}`));
console.log(`lighthouse: ${scores.map((s) => `${s.name} ${s.performance}/${s.accessibility}/${s.bestPractices}`).join(', ')} (performance/accessibility/best practices; target ≥ ${TARGET})`);
process.exit(below.length ? 1 : 0);
