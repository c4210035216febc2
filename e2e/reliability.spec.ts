/**
 * Reliability under injected faults and latency (demo controls `/api/__demo/faults`, `latency`):
 * a clerk's full journey still completes and every change happens once; typed input survives a
 * failed submit and a reload; two users racing on one action get one success and one conflict
 * that names who won; a tab left open follows the other tabs' changes without a reload.
 *
 * About "two browser contexts": the backend is a mock that lives in the browser over IndexedDB, so
 * two Playwright contexts would be two separate backends with separate data. Users racing on the
 * same data are therefore two pages of ONE context (one IndexedDB, one BroadcastChannel), each
 * with its own session: an init script keeps this page's token in sessionStorage instead of the
 * shared localStorage, which is what two staff members on two computers would have.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ApplicationCard } from './application-card';
import { locale } from './locales';
import { api, backendReady, boot, driveTo, go, label, makeBin, registerByApi, resetDemo, signInQuietly, TOKEN_KEY, type Loose } from './support/app';

test.describe.configure({ timeout: 150_000 });

const reg = locale('ru', 'registration');
const app = locale('ru', 'application');
const inbox = locale('ru', 'inbox');
const common = locale('ru', 'common');

/** A GET through the faulty backend, repeated on 5xx (the test's own reads must not flake). */
async function read(page: Page, path: string): Promise<Loose> {
  for (let i = 0; i < 8; i++) {
    const r = await api(page, 'GET', path);
    if (r.status < 500) {
      expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
      return r.body;
    }
  }
  throw new Error(`${path} kept failing`);
}

async function faults(page: Page, rate: number, phase: 'before' | 'after' | 'random' = 'random', kinds = ['500', '503']) {
  expect((await api(page, 'POST', '/api/__demo/faults', { rate, phase, kinds })).status).toBe(200);
}

/** Per-tab sessions (see the header): the session token lives in this page's sessionStorage. */
async function perTabSessions(context: BrowserContext) {
  await context.addInitScript((key) => {
    const proto = Storage.prototype;
    const get = proto.getItem;
    const set = proto.setItem;
    const remove = proto.removeItem;
    const own = (s: Storage, k: string) => s === window.localStorage && k === key;
    proto.getItem = function (k: string) {
      return own(this, k) ? get.call(window.sessionStorage, k) : get.call(this, k);
    };
    proto.setItem = function (k: string, v: string) {
      return own(this, k) ? set.call(window.sessionStorage, k, v) : set.call(this, k, v);
    };
    proto.removeItem = function (k: string) {
      return own(this, k) ? remove.call(window.sessionStorage, k) : remove.call(this, k);
    };
  }, TOKEN_KEY);
}

test('20 % faults and latency: a clerk registers (once), the draft survives a failure and a reload, the step is done once', async ({ page }) => {
  await boot(page, 'ru');
  await resetDemo(page, 0);
  await signInQuietly(page, 'almaty.chancellery1');
  const catalog = await read(page, '/api/catalog');
  const service = catalog.provider.services.find((s: Loose) => s.id === 'design-license');
  const variant = service.variants.find((v: Loose) => v.id === 'issue');
  const name = `ТОО «Надёжность ${Date.now() % 100000}»`;
  const comment = 'Подано на бумаге, опись на 3 листах';

  await expect((await api(page, 'POST', '/api/__demo/latency', { ms: 150 })).status).toBe(200);
  await faults(page, 0.2);

  // Type the form.
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
  await form.getByLabel(label(reg.bin)).fill(makeBin(4242));
  await form.getByLabel(label(reg.organizationName)).fill(name);
  await form.getByLabel(label(reg.comment)).fill(comment);

  // Reload in the middle, right after the last keystroke: the draft comes back, all of it.
  const restoredAfterReload = async () => {
    await page.reload();
    await backendReady(page);
    await expect(page.getByText(reg.draftRestored)).toBeVisible({ timeout: 30_000 });
    await expect(form.getByLabel(label(reg.organizationName))).toHaveValue(name);
    await expect(form.getByLabel(label(reg.comment))).toHaveValue(comment);
    await expect(form.getByLabel(label(reg.service))).toHaveValue(service.name.ru);
    await expect(form.getByLabel(label(reg.bin))).toHaveValue(makeBin(4242));
  };
  await restoredAfterReload();
  const registered = async () => {
    await faults(page, 0);
    return (await read(page, `/api/applications?tab=my&q=${encodeURIComponent(name)}`)).total as number;
  };

  // Every request fails before it is stored: the submit fails, the text stays, nothing is created.
  await faults(page, 1, 'before', ['503']);
  const submit = form.getByRole('button', { name: reg.submit, exact: true });
  // The form's own message (a background refresh failing meanwhile may toast the same words).
  const failure = page.getByRole('main').getByRole('alert').filter({ hasText: common.apiError.unavailable });
  await submit.click();
  await expect(failure).toBeVisible({ timeout: 30_000 });
  await expect(form.getByLabel(label(reg.organizationName))).toHaveValue(name);
  await expect(form.getByLabel(label(reg.comment))).toHaveValue(comment);
  expect(await registered(), 'nothing stored before the store').toBe(0);

  // Every request fails after it is stored: the clerk sees a failure, the server has it; a reload
  // brings the draft back and the next submit must not register it a second time.
  await faults(page, 1, 'after', ['503']);
  await expect(submit).toBeEnabled({ timeout: 30_000 });
  await submit.click();
  await expect(failure).toBeVisible({ timeout: 30_000 });
  await expect(submit).toBeEnabled({ timeout: 30_000 });
  expect(await registered(), 'stored although the answer failed').toBe(1);
  await restoredAfterReload();

  // 20 % faults (before or after storing): submit until it goes through; the key makes it once.
  await faults(page, 0.2);
  const done = page.getByRole('status').filter({ hasText: reg.registered.split('{{')[0].trim() });
  for (let attempt = 0; attempt < 10 && !(await done.isVisible()); attempt++) {
    await expect(submit).toBeEnabled({ timeout: 30_000 });
    await submit.click();
    // Settled: the button is busy while the request is on its way (a second click would resend
    // the same key anyway).
    await expect(submit).toBeEnabled({ timeout: 30_000 });
  }
  await expect(done).toBeVisible();
  const regNo = /[A-Z]{3}-\d{4}-\d{6}/.exec(await done.innerText())![0];
  const mine = await read(page, `/api/applications?tab=my&q=${encodeURIComponent(name)}`);
  expect(mine.total, 'registered exactly once').toBe(1);
  expect(mine.items[0].regNo).toBe(regNo);
  const id: string = mine.items[0].id;

  // It appears in the inbox (the list itself loads through the faults).
  await go(page, '/inbox');
  const link = page.getByRole('link', { name: regNo, exact: true });
  await expect(link).toBeVisible({ timeout: 45_000 });

  // Perform the registration step on the card; retry on failures until the card moves on.
  const before = (await read(page, `/api/applications/${id}`)).application.version as number;
  await go(page, `/applications/${encodeURIComponent(id)}`);
  const area = page.getByTestId('action-area');
  await expect(area).toHaveAttribute('data-version', String(before), { timeout: 45_000 });
  // The same intent (and idempotency key) is resent by the form's button or the error's "retry".
  const registerButton = area.getByRole('button', { name: app.submit.register, exact: true });
  const failed = area.getByTestId('action-error');
  const moved = async () => (await area.getAttribute('data-version')) === String(before + 1);
  for (let attempt = 0; attempt < 10 && !(await moved()); attempt++) {
    await registerButton.click();
    await expect.poll(async () => (await moved()) || (await failed.isVisible()), { timeout: 30_000 }).toBe(true);
  }
  await expect(area).toHaveAttribute('data-version', String(before + 1));

  await faults(page, 0);
  const detail = await read(page, `/api/applications/${id}`);
  expect(detail.application.version).toBe(before + 1);
  expect(detail.application.audit.filter((a: Loose) => a.action === 'register'), 'the step was performed once').toHaveLength(1);
  expect(detail.application.audit.filter((a: Loose) => a.action === 'create'), 'created once').toHaveLength(1);
});

test('20 % faults and latency: an Almaty duplicate licence from registration to the issued result, every role in the card, each step and each typed comment once', async ({ page }) => {
  test.setTimeout(180_000);
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('almaty.chancellery1', { serviceId: 'design-license', variantId: 'duplicate', channel: 'gov_corporation' });
  const steps = ['register', 'resolve', 'distribute', 'prepare_result', 'sign_result', 'issue'];
  const stamp = Date.now() % 100000;
  const typed = Object.fromEntries(steps.map((kind, i) => [kind, `Шаг ${i + 1} (${kind}): проверено, №${stamp}`]));

  // Faults of every kind the demo allows, before or after the change is stored, and latency.
  await expect((await api(page, 'POST', '/api/__demo/latency', { ms: 150 })).status).toBe(200);
  expect((await api(page, 'POST', '/api/__demo/faults', { rate: 0.2, phase: 'random', kinds: ['500', '503', 'timeout'], timeoutMs: 1500 })).status).toBe(200);

  // Each holder signs in through the sign-in page, takes the step from the queue when needed,
  // types a comment into the step's form and performs it; failures are handled as a user would.
  const result = await card.run(id, { choices: Object.fromEntries(steps.map((kind) => [kind, { comment: typed[kind] }])) });
  expect(result.done).toEqual(steps);
  expect(result.status).toBe('issued');
  await expect(page.getByTestId('card-status')).toHaveText(card.t.status.issued, { timeout: 30_000 });

  // A comment on the issued application through the comments tab, still under faults.
  const note = `Результат выдан под роспись, №${stamp}`;
  await page.getByRole('tab', { name: new RegExp(app.tabs.comments) }).click();
  const commentForm = page.getByTestId('comment-form');
  await commentForm.getByLabel(app.comments.new).fill(note);
  await commentForm.getByRole('button', { name: app.comments.send, exact: true }).click();
  const shown = page.getByTestId('comments').getByText(note, { exact: true });
  const failed = commentForm.getByTestId('action-error');
  for (let attempt = 0; !(await shown.isVisible()); attempt++) {
    await expect.poll(async () => (await shown.isVisible()) || (await failed.isVisible()), { timeout: 45_000 }).toBe(true);
    if (await shown.isVisible()) break;
    expect(attempt, await failed.innerText()).toBeLessThan(8);
    // The typed text is still there; send it again (the same text is the same intent and key).
    await expect(commentForm.getByLabel(app.comments.new)).toHaveValue(note);
    const retry = failed.getByRole('button', { name: app.error.retry, exact: true });
    await ((await retry.isVisible()) ? retry : commentForm.getByRole('button', { name: app.comments.send, exact: true })).click();
    await expect.poll(async () => (await shown.isVisible()) || !(await failed.isVisible()), { timeout: 10_000 }).toBe(true);
  }
  await expect(commentForm.getByLabel(app.comments.new)).toHaveValue('');

  // The server, with the faults off: issued; each step's action once; every comment once.
  await faults(page, 0);
  await expect((await api(page, 'POST', '/api/__demo/latency', { ms: 0 })).status).toBe(200);
  const detail = await read(page, `/api/applications/${id}`);
  const application = detail.application;
  expect(application.status).toBe('issued');
  const audit: Loose[] = application.audit;
  for (const kind of steps) expect(audit.filter((e) => e.action === kind), `${kind} performed once`).toHaveLength(1);
  const takes = audit.filter((e) => e.action === 'take').map((e) => e.fromStep);
  expect(new Set(takes).size, `one take per step at most: ${takes.join(', ')}`).toBe(takes.length);
  expect(audit.filter((e) => e.action === 'comment'), 'one comment action').toHaveLength(1);
  for (const kind of steps) expect(audit.filter((e) => e.comment === typed[kind]).map((e) => e.action), `the comment of ${kind} arrived once, with it`).toEqual([kind]);
  expect(application.comments.filter((c: Loose) => c.text === note), 'the comment arrived once').toHaveLength(1);
  expect(audit.filter((e) => e.comment === note).map((e) => e.action)).toEqual(['comment']);
});

test('two users race on one action: one wins, the other is told who; an open tab follows without reload', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', timezoneId: 'Asia/Almaty' });
  await perTabSessions(context);
  try {
    const a = await context.newPage();
    await boot(a, 'ru');
    await resetDemo(a, 0);
    // An application waiting unassigned in the chancellery's queue: its result is to be issued.
    const created = await registerByApi(a, 'almaty.chancellery1', { n: 909 });
    const atIssue = await driveTo(a, created.id, 'issue');
    expect(atIssue.row.assignee, 'the issue step waits in the queue').toBeNull();
    const target = { id: created.id, regNo: created.regNo, version: atIssue.application.version as number };
    await signInQuietly(a, 'almaty.chancellery1');
    const users = await read(a, '/api/session/demo-users');
    const nameOf = (login: string) => users.providers.flatMap((p: Loose) => p.staff).find((s: Loose) => s.login === login).name.ru as string;

    // Two more tabs of the same browser: the second clerk, and an observer left on the queue.
    const b = await context.newPage();
    const observer = await context.newPage();
    for (const p of [b, observer]) {
      await p.goto('/sign-in');
      await backendReady(p);
    }
    await signInQuietly(b, 'almaty.chancellery2');
    await signInQuietly(observer, 'almaty.chancellery2');
    await go(observer, '/inbox?tab=queue');
    await expect(observer.getByRole('link', { name: target.regNo, exact: true })).toBeVisible({ timeout: 30_000 });

    // Both clerks open the card and press "take" at the same moment (latency keeps both in flight).
    for (const p of [a, b]) {
      await go(p, `/applications/${encodeURIComponent(target.id)}`);
      await expect(p.getByTestId('action-area')).toHaveAttribute('data-version', String(target.version), { timeout: 30_000 });
    }
    // A long latency keeps both requests in flight together, and keeps the winner's change from
    // reaching the other card (live updates) before its click: a real race on one version.
    await expect((await api(a, 'POST', '/api/__demo/latency', { ms: 1000 })).status).toBe(200);
    const take = (p: Page) => p.getByTestId('action-area').getByRole('button', { name: app.submit.take, exact: true }).first();
    await Promise.all([take(a).click(), take(b).click()]);

    const conflictA = a.getByTestId('conflict');
    const conflictB = b.getByTestId('conflict');
    await expect.poll(async () => (await conflictA.isVisible()) || (await conflictB.isVisible()), { timeout: 30_000 }).toBe(true);
    const [lost, winner] = (await conflictA.isVisible()) ? [a, 'almaty.chancellery2'] : [b, 'almaty.chancellery1'];
    const won = lost === a ? b : a;
    await expect(won.getByTestId('conflict')).toHaveCount(0);
    const conflict = lost.getByTestId('conflict');
    await expect(conflict).toContainText(app.conflict.title);
    await expect(conflict).toContainText(nameOf(winner));
    // The loser's card refreshes to the new state (the take button is gone) and still says who.
    await expect(lost.getByTestId('action-area')).toHaveAttribute('data-version', String(target.version + 1), { timeout: 20_000 });
    await expect(conflict).toContainText(nameOf(winner));

    // The server: one take, by the winner.
    await api(a, 'POST', '/api/__demo/latency', { ms: 0 });
    const detail = await read(a, `/api/applications/${target.id}`);
    expect(detail.application.version).toBe(target.version + 1);
    // Only changes after the version both clerks saw (the registration's own take is older).
    const since = detail.application.audit.filter((e: Loose) => e.version > target.version);
    expect(since.map((e: Loose) => `${e.action} by ${e.actorId}`), 'one take, by the winner').toEqual([`take by ${winner.replace(/\./g, '-')}`]);
    expect(detail.application.assigneeId).toBe(winner.replace(/\./g, '-'));

    // The observer's queue follows without a reload.
    await expect(observer.getByRole('link', { name: target.regNo, exact: true })).toHaveCount(0, { timeout: 20_000 });
    expect(new URL(observer.url()).pathname).toBe('/inbox');
    await expect(observer.getByRole('tablist', { name: inbox.tabs.label })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('persistence: what was done survives a reload and is seen by a second tab of the same browser', async ({ page, context }) => {
  await boot(page, 'ru');
  await resetDemo(page, 0);
  const created = await registerByApi(page, 'almaty.chancellery1', { n: 717, name: 'ТОО «Сохранность»' });
  const text = `Опись сверена ${Date.now() % 100000}`;
  const card = `/applications/${encodeURIComponent(created.id)}`;
  const area = (p: Page) => p.getByTestId('action-area');
  const showsComment = async (p: Page) => {
    await p.getByRole('tab', { name: new RegExp(app.tabs.comments) }).click();
    await expect(p.getByTestId('comments').getByText(text, { exact: true })).toBeVisible({ timeout: 20_000 });
  };

  // A comment written through the card is stored.
  await go(page, card);
  await expect(area(page)).toHaveAttribute('data-version', String(created.version), { timeout: 30_000 });
  await page.getByRole('tab', { name: new RegExp(app.tabs.comments) }).click();
  await page.getByLabel(app.comments.new).fill(text);
  await page.getByRole('button', { name: app.comments.send, exact: true }).click();
  await expect(page.getByTestId('comments').getByText(text, { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel(app.comments.new)).toHaveValue('');
  const version = (await read(page, `/api/applications/${created.id}`)).application.version as number;

  // A reload starts the page and its backend again from IndexedDB: the comment is still there.
  await page.reload();
  await backendReady(page);
  await expect(area(page)).toHaveAttribute('data-version', String(version), { timeout: 30_000 });
  await showsComment(page);

  // A second tab of the same browser sees the same data (one IndexedDB)...
  const second = await context.newPage();
  await second.goto(card);
  await backendReady(second);
  await expect(area(second)).toHaveAttribute('data-version', String(version), { timeout: 30_000 });
  await showsComment(second);
  await expect(second.getByRole('link', { name: created.regNo }).or(second.getByText(created.regNo)).first()).toBeVisible();

  // ...and what it does reaches the first tab without a reload.
  await area(second).getByRole('button', { name: app.submit.register, exact: true }).click();
  await expect(area(second)).toHaveAttribute('data-version', String(version + 1), { timeout: 30_000 });
  await expect(area(page)).toHaveAttribute('data-version', String(version + 1), { timeout: 20_000 });
  const detail = await read(page, `/api/applications/${created.id}`);
  expect(detail.application.audit.filter((e: Loose) => e.action === 'register'), 'registered once').toHaveLength(1);
});
