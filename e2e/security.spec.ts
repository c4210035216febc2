/**
 * Security of the built app (the same `vite build --mode mock` the other specs run against):
 * - the Content-Security-Policy of the built index.html allows no inline or foreign scripts, and
 *   the app runs under it without a single violation;
 * - script and HTML typed into text fields (applicant name, comment, search) render as text:
 *   no dialog fires, no element is created from them;
 * - the bundle carries no secrets (keys, tokens, private keys) and no source maps.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { locale } from './locales';
import { api, boot, go, label, makeBin, resetDemo, signInQuietly, watchConsole, type Loose } from './support/app';

test.describe.configure({ timeout: 120_000 });

const BUILD = join(process.cwd(), '.e2e-build', String(process.env.PW_PORT ?? 4173));
const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const COMMENT = `Проверьте: ${PAYLOAD} <svg onload=alert(3)>`;
const SEARCH = '<b>нет</b><img src=y onerror=alert(6)>';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function cspOf(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
  const policy = content.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

test('the built page has a strict CSP (no inline scripts) and the app runs under it without violations', async ({ page }) => {
  const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
  const csp = cspOf(html);
  expect(csp.get('script-src'), 'script-src').toEqual(["'self'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect([...csp.values()].flat().filter((v) => /unsafe-eval/.test(v))).toEqual([]);
  // Every script of the page is an external file of the same origin (an inline one would be blocked).
  expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/gi) ?? [], 'inline scripts').toEqual([]);

  // The served page is the built one, and the browser enforces it: every violation of every
  // load of the page (reloads included) is reported to the test.
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __reportCsp: (v: string) => Promise<void> }).__reportCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile ?? ''}:${e.lineNumber}`.trim());
    });
  });
  const log = watchConsole(page);
  await boot(page, 'ru');
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
  await resetDemo(page, 40, 3);

  // Walk the screens: sign-in through the form, inbox, a card, Kazakh, registration, an unknown address.
  const session = locale('ru', 'session');
  await page.getByLabel(session.byLogin).fill('almaty.director');
  await page.getByRole('button', { name: session.submit, exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/inbox');
  // The director's own tasks may be none at this hour of the seeded data; everything open is under control.
  await page.getByRole('tab', { name: new RegExp(locale('ru', 'inbox').tabs.control) }).click();
  const first = page.locator('tr[data-row-id]').first();
  await expect(first).toBeVisible({ timeout: 30_000 });
  await first.press('Enter');
  await expect(page.getByTestId('action-area')).toBeVisible({ timeout: 30_000 });
  await page.getByText(locale('ru', 'common').language.kk, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  // A clerk's screen, on a fresh load with a stored session.
  await signInQuietly(page, 'almaty.chancellery1');
  await page.goto('/register');
  await expect(page.getByRole('form', { name: locale('kk', 'registration').title })).toBeVisible({ timeout: 30_000 });
  await go(page, '/no-such-page');
  await expect(page.getByRole('heading', { name: locale('kk', 'common').notFound.title })).toBeVisible();
  expect(violations, 'CSP violations').toEqual([]);

  // An inline script injected at run time is refused by the policy (the policy is really on).
  const inlineRan = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.appendChild(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(inlineRan, 'an inline script must be blocked').toBe(false);
  // ...and reported: the recorder above would have seen any other violation too.
  await expect.poll(() => violations).toEqual([expect.stringMatching(/^script-src(-elem)? inline\b/)]);
  expect(log.csp.filter((m) => !/inline script/i.test(m)), 'CSP messages in the console').toEqual([]);
  expect(log.errors, 'console errors').toEqual([]);
});

test('script and HTML in an applicant name, a comment and the search render as text; no dialog fires', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const reg = locale('ru', 'registration');
  const app = locale('ru', 'application');
  const inbox = locale('ru', 'inbox');
  await boot(page, 'ru');
  await resetDemo(page, 0);
  await signInQuietly(page, 'almaty.chancellery1');
  const catalog = (await api<Loose>(page, 'GET', '/api/catalog')).body;
  const service = catalog.provider.services.find((s: Loose) => s.id === 'design-license');
  const variant = service.variants.find((v: Loose) => v.id === 'issue');

  // Register through the form with the payload as the organisation's name.
  await go(page, '/register');
  const form = page.getByRole('form', { name: reg.title });
  await expect(form).toBeVisible({ timeout: 30_000 });
  await form.getByLabel(label(reg.service)).click();
  await page.getByRole('option', { name: service.name.ru }).click();
  const variantInput = form.getByLabel(label(reg.variant));
  if ((await variantInput.inputValue()) !== variant.name.ru) {
    await variantInput.click();
    await page.getByRole('option', { name: variant.name.ru }).click();
  }
  await form.getByText(reg.organization, { exact: true }).click();
  await form.getByLabel(label(reg.bin)).fill(makeBin(5151));
  await form.getByLabel(label(reg.organizationName)).fill(PAYLOAD);
  await form.getByRole('button', { name: reg.submit, exact: true }).click();
  const done = page.getByRole('status').filter({ hasText: reg.registered.split('{{')[0].trim() });
  await expect(done).toBeVisible({ timeout: 30_000 });
  const regNo = /[A-Z]{3}-\d{4}-\d{6}/.exec(await done.innerText())![0];

  // The inbox row shows the name literally.
  await go(page, '/inbox');
  const row = page.locator('tr[data-row-id]').filter({ has: page.getByRole('link', { name: regNo, exact: true }) });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row.getByText(PAYLOAD, { exact: true })).toBeVisible();

  // The card shows it literally too; a comment with more markup stays text.
  await row.getByRole('link', { name: regNo, exact: true }).click();
  await expect(page.getByTestId('action-area')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(PAYLOAD, { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: new RegExp(app.tabs.comments) }).click();
  await page.getByLabel(app.comments.new).fill(COMMENT);
  await page.getByRole('button', { name: app.comments.send, exact: true }).click();
  await expect(page.getByText(COMMENT, { exact: true })).toBeVisible({ timeout: 20_000 });

  // The search echoes the text in its "nothing found" message, as text.
  await go(page, '/inbox');
  const search = page.getByRole('searchbox', { name: inbox.search.label });
  await search.fill(SEARCH);
  await search.press('Enter');
  await expect(page.getByText(inbox.empty.search.title.replace('{{q}}', SEARCH), { exact: true })).toBeVisible({ timeout: 20_000 });

  expect(await page.locator('img[src="x"], img[src="y"], svg[onload], body script:not([src])').count()).toBe(0);
  expect(await page.locator('b', { hasText: 'нет' }).count()).toBe(0);
  expect(dialogs, 'no alert() ran').toEqual([]);
});

test('no secrets and no source maps in the bundle', () => {
  const all = files(BUILD);
  expect(all.filter((f) => f.endsWith('.map')), 'source maps').toEqual([]);
  const patterns: [string, RegExp][] = [
    ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
    ['AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
    ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
    ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
    ['OpenAI-style key', /\bsk-[A-Za-z0-9]{32,}\b/],
    ['Slack token', /\bxox[baprs]-[A-Za-z0-9-]{10,}/],
    ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
    ['JWT', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
    ['credential assignment', /\b(api[_-]?key|client[_-]?secret|secret[_-]?key|passw(or)?d)\b["']?\s*[:=]\s*["'][^"'\s]{8,}["']/i],
    ['URL with credentials', /\bhttps?:\/\/[^/\s:@"']+:[^/\s:@"']+@/],
  ];
  const found: string[] = [];
  for (const file of all.filter((f) => /\.(js|html|css|json|svg|txt)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const [name, re] of patterns) {
      const m = re.exec(text);
      if (m) found.push(`${name} in ${file.slice(BUILD.length)}: ${m[0].slice(0, 60)}`);
    }
  }
  expect(found).toEqual([]);
  // Only the public VITE_ variables could reach the bundle; the project defines none.
  const env = all.filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8')).join('\n');
  expect(env.match(/VITE_[A-Z0-9_]+/g) ?? []).toEqual([]);
});
