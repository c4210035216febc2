/**
 * Accessibility: axe-core (WCAG 2.x A/AA + best practices) on every page and dialog, in Russian
 * and Kazakh, signed in as each role; serious/critical violations fail, the rest are attached to
 * the report. Plus a keyboard-only journey from sign-in to a signed result with a visible focus at
 * every stop, clock states told by words and icons (not colour alone) and `<html lang>`.
 *
 * One boot per test (the first visit of a context seeds IndexedDB); the demo data is replaced by a
 * small deterministic set so every role has rows in every tab.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { locale } from './locales';
import { api, backendReady, boot, driveTo, go, registerByApi, resetDemo, signInQuietly, TOKEN_KEY, type Lng, type Loose } from './support/app';
import { expectAccessible } from './support/axe';

test.describe.configure({ timeout: 180_000 });

const DATA = { size: 240, seed: 7 };
type TabKey = 'my' | 'queue' | 'control' | 'finished';
/**
 * Every tab in Russian; in Kazakh the tabs share their components with Russian, so one tab per
 * role plus the director's "under control" (the widest table) keep the run short.
 */
const STAFF_TABS: Record<Lng, TabKey[]> = { ru: ['my', 'queue', 'finished'], kk: ['my'] };
const SUPERVISOR_TABS: Record<Lng, TabKey[]> = { ru: ['my', 'queue', 'control', 'finished'], kk: ['my', 'control'] };

function texts(lng: Lng) {
  return { inbox: locale(lng, 'inbox'), app: locale(lng, 'application'), reg: locale(lng, 'registration'), session: locale(lng, 'session') };
}

/**
 * Signs in quietly and opens the inbox with a page load: the app learns of the new person only
 * at a load (its cache still holds the previous person's lists and header otherwise).
 */
async function openInbox(page: Page, lng: Lng, login: string) {
  await signInQuietly(page, login);
  await page.goto('/inbox');
  await backendReady(page);
  await expect(page.getByRole('tablist', { name: texts(lng).inbox.tabs.label })).toBeVisible({ timeout: 30_000 });
}

/** Waits until the list of the current tab settled (rows or an empty state, nothing loading). */
async function settled(page: Page, lng: Lng, tab: TabKey) {
  const t = texts(lng).inbox;
  await expect(page.getByLabel(t.state.refreshing)).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByRole('table', { name: t.table.label }).or(page.getByText(t.empty[tab].title, { exact: true })).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('tr[aria-busy]')).toHaveCount(0, { timeout: 20_000 });
}

async function scanTabs(page: Page, testInfo: TestInfo, lng: Lng, login: string, tabs: TabKey[]) {
  const t = texts(lng).inbox;
  const list = page.getByRole('tablist', { name: t.tabs.label });
  for (const tab of tabs) {
    const el = list.getByRole('tab', { name: new RegExp(`^${t.tabs[tab]}`) });
    await el.click();
    await expect(el).toHaveAttribute('aria-selected', 'true');
    await settled(page, lng, tab);
    await expectAccessible(page, testInfo, `${lng} ${login} inbox/${tab}`);
  }
}

/** Opens the card of the first application of `query` (API list) and scans it. Returns its id. */
async function scanCard(page: Page, testInfo: TestInfo, lng: Lng, login: string, ...queries: string[]) {
  let id: string | undefined;
  let query = '';
  for (query of queries.length ? queries : ['tab=my', 'tab=queue', 'tab=finished']) {
    const list = await api<Loose>(page, 'GET', `/api/applications?${query}&limit=1`);
    id = list.body?.items?.[0]?.id;
    if (id) break;
  }
  expect(id, `${login}: an application for ${queries.join(' or ')}`).toBeTruthy();
  await go(page, `/applications/${encodeURIComponent(id!)}`);
  await expect(page.getByTestId('action-area')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, testInfo, `${lng} ${login} card (${query})`);
  return id!;
}

/** The first of `logins` with open applications in "My tasks". */
async function withOwnTasks(page: Page, logins: string[]) {
  for (const login of logins) {
    await signInQuietly(page, login);
    const list = await api<Loose>(page, 'GET', '/api/applications?tab=my&limit=1');
    if (list.body?.total > 0) return login;
  }
  throw new Error(`none of ${logins.join(', ')} has tasks`);
}

/** Clock badges say their state in words and with an icon, not by colour alone. */
async function expectStatusNotByColourAlone(page: Page) {
  const badges = page.locator('[data-clock-state]');
  const n = Math.min(await badges.count(), 12);
  expect(n, 'clock badges on the page').toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const b = badges.nth(i);
    expect((await b.innerText()).trim().length, 'badge text').toBeGreaterThan(3);
    await expect(b.locator('svg')).toHaveCount(1);
    expect((await b.getAttribute('aria-label')) ?? '', 'badge label').toMatch(/\S{3,}/);
  }
}

for (const lng of ['ru', 'kk'] as const) {
  test.describe(`axe (${lng})`, () => {
    test.beforeEach(async ({ page }) => {
      await boot(page, lng);
      await resetDemo(page, DATA.size, DATA.seed);
    });

    test(`sign-in, chancellery (inbox, card, registration), specialist, commission secretary`, async ({ page }, testInfo) => {
      const t = texts(lng);
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      await expect(page.getByRole('button', { name: t.session.submit, exact: true })).toBeVisible();
      // The staff list of the first provider with their loads (after the reset).
      await page.reload();
      await backendReady(page);
      await expect(page.getByRole('list').getByRole('button').first()).toBeVisible({ timeout: 20_000 });
      await expectAccessible(page, testInfo, `${lng} sign-in`);

      await openInbox(page, lng, 'almaty.chancellery1');
      await scanTabs(page, testInfo, lng, 'almaty.chancellery1', STAFF_TABS[lng]);
      await scanCard(page, testInfo, lng, 'almaty.chancellery1', 'tab=queue', 'tab=my');
      await go(page, '/register');
      await expect(page.getByRole('form', { name: t.reg.title })).toBeVisible({ timeout: 20_000 });
      // With the field errors shown (empty submit).
      await page.getByRole('button', { name: t.reg.submit, exact: true }).click();
      await expectAccessible(page, testInfo, `${lng} registration (errors shown)`);

      // A specialist with tasks of their own (the demo data is laid out relative to now).
      const specialist = await withOwnTasks(page, ['almaty.specialist1', 'almaty.specialist2', 'almaty.specialist3', 'almaty.specialist4', 'almaty.specialist5']);
      await openInbox(page, lng, specialist);
      await scanTabs(page, testInfo, lng, specialist, ['my']);
      await expectStatusNotByColourAlone(page);
      await scanCard(page, testInfo, lng, specialist);

      await openInbox(page, lng, 'mrd.commission');
      await scanTabs(page, testInfo, lng, 'mrd.commission', ['my']);
    });

    test(`director: tabs, shortcuts dialog, card at the signing step, sign dialog`, async ({ page }, testInfo) => {
      const t = texts(lng);
      // An application at the director's signing of the result (the seeded data may have none now).
      const { id: toSign } = await registerByApi(page, 'almaty.chancellery1', { n: 77 });
      await driveTo(page, toSign, 'sign_result');
      await openInbox(page, lng, 'almaty.director');
      await scanTabs(page, testInfo, lng, 'almaty.director', SUPERVISOR_TABS[lng]);

      // The shortcuts dialog.
      await page.getByRole('button', { name: t.inbox.shortcuts.title }).click();
      const shortcuts = page.getByRole('dialog', { name: t.inbox.shortcuts.title });
      await expect(shortcuts).toBeVisible();
      await expectAccessible(page, testInfo, `${lng} shortcuts dialog`, '[role="dialog"]');
      await page.keyboard.press('Escape');
      await expect(shortcuts).toBeHidden();

      // A card at the director's signing step, with its action panel and the signing dialog.
      // The one registered above: the first seeded row at this step may be a refusal or another service.
      await go(page, `/applications/${encodeURIComponent(toSign)}`);
      await expect(page.getByTestId('action-area')).toBeVisible({ timeout: 30_000 });
      await expectAccessible(page, testInfo, `${lng} almaty.director card (sign_result)`);
      await page.getByTestId('action-area').getByRole('button', { name: t.app.submit.sign, exact: true }).click();
      const sign = page.getByRole('dialog', { name: t.app.sign.title });
      await expect(sign).toBeVisible({ timeout: 20_000 });
      await expectAccessible(page, testInfo, `${lng} sign dialog`, '[role="dialog"]');
      await page.keyboard.press('Escape');
      await expect(sign).toBeHidden();
    });

    test(`department head: under control, bulk-assign dialog, card, reassign form`, async ({ page }, testInfo) => {
      const t = texts(lng);
      // Select two rows under control, open the bulk assignment.
      await openInbox(page, lng, 'almaty.head1');
      const tab = page.getByRole('tablist', { name: t.inbox.tabs.label }).getByRole('tab', { name: new RegExp(`^${t.inbox.tabs.control}`) });
      await tab.click();
      await settled(page, lng, 'control');
      const boxes = page.getByRole('table', { name: t.inbox.table.label }).getByRole('checkbox');
      // A row's box (drawn without Mantine's component) looks like the header's Mantine checkbox:
      // the same size and corners, and once some rows are ticked the same fill (the header's box
      // is then half-ticked).
      const css = (i: number, prop: string) => boxes.nth(i).evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
      for (const prop of ['width', 'height', 'border-top-left-radius', 'border-top-color']) expect(await css(1, prop), prop).toBe(await css(0, prop));
      await boxes.nth(1).check();
      await boxes.nth(2).check();
      const fill = async (i: number) => `${await css(i, 'background-color')} ${await css(i, 'border-top-color')}`;
      // Both fade in over 100 ms: compared once they have settled.
      await expect.poll(async () => (await fill(1)) === (await fill(0)) && (await fill(1)) !== 'rgb(255, 255, 255) rgb(206, 212, 218)').toBe(true);
      await page.getByRole('button', { name: t.inbox.selection.assign }).click();
      const bulk = page.getByRole('dialog');
      await expect(bulk).toBeVisible();
      await expect(bulk.getByRole('radio').first()).toBeVisible({ timeout: 20_000 });
      await expectAccessible(page, testInfo, `${lng} bulk-assign dialog`, '[role="dialog"]');
      await page.keyboard.press('Escape');
      await scanCard(page, testInfo, lng, 'almaty.head1');

      // The reassignment form on a specialist's step.
      const created = await registerByApi(page, 'almaty.chancellery1', { n: lng === 'ru' ? 811 : 812 });
      await driveTo(page, created.id, 'check_completeness');
      await signInQuietly(page, 'almaty.head1');
      await go(page, `/applications/${encodeURIComponent(created.id)}`);
      // The new card, not the one scanned before it (its action area may offer the same button).
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(created.regNo) })).toBeVisible({ timeout: 30_000 });
      await page.getByTestId('action-area').getByRole('button', { name: t.app.reassign.open, exact: true }).click();
      await expect(page.getByTestId('reassign').getByRole('radio').first()).toBeVisible({ timeout: 20_000 });
      await expectAccessible(page, testInfo, `${lng} reassign form`);
    });
  });
}

/** Is the focus ring of the focused element visible (an outline or a box shadow)? */
async function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', label: '', visible: false };
    const own = getComputedStyle(el);
    const ring = (s: CSSStyleDeclaration) => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== 'none' && s.boxShadow !== '');
    // Mantine draws the ring of some inputs on a wrapper, of radio cards on the card.
    let visible = ring(own);
    for (let p = el.parentElement, i = 0; !visible && p && i < 2; p = p.parentElement, i++) visible = p.classList.contains('mantine-Input-input') && ring(getComputedStyle(p));
    const labels = (el as HTMLInputElement).labels;
    const label = el.getAttribute('aria-label') ?? (labels && labels[0] ? labels[0].textContent?.replace(/\s*\*$/, '').trim() : el.textContent?.trim().slice(0, 40)) ?? '';
    return { tag: el.tagName.toLowerCase(), label, visible };
  });
}

/**
 * Presses Tab until `match` holds for the focused element (at most `max` times), checking at every
 * stop that the focus is visible; returns the stops without a visible ring.
 */
async function tabTo(page: Page, match: (el: { tag: string; label: string }) => boolean, max = 40, back = false) {
  const invisible: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const info = await focusInfo(page);
    if (!info.visible) invisible.push(`${info.tag} "${info.label}"`);
    if (match(info)) return invisible;
  }
  throw new Error(`focus never reached the target after ${max} Tabs; without ring: ${invisible.join(', ')}`);
}

test('keyboard only: from sign-in to a signed result, with a visible focus at every stop', async ({ page }) => {
  test.setTimeout(150_000);
  const lng: Lng = 'ru';
  const t = texts(lng);
  await boot(page, lng);
  await resetDemo(page, 0);
  // An application waiting at the director's signing of the result, prepared through the API.
  const created = await registerByApi(page, 'almaty.chancellery1', { n: 78 });
  const at = await driveTo(page, created.id, 'sign_result');
  const target = { id: created.id, regNo: created.regNo, version: at.application.version as number };
  await api(page, 'DELETE', '/api/session');
  await page.evaluate((key) => localStorage.removeItem(key), TOKEN_KEY);
  await page.reload();
  await backendReady(page);
  await expect(page.getByLabel(t.session.byLogin)).toBeVisible({ timeout: 20_000 });

  const noRing: string[] = [];
  // Sign-in: the skip link first, then on to the login field; type and press Enter.
  noRing.push(...(await tabTo(page, (el) => el.tag === 'input' && el.label === t.session.byLogin, 80)));
  await expect(page.getByLabel(t.session.byLogin)).toBeFocused();
  await page.keyboard.type('almaty.director');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/inbox');
  await expect(page.getByRole('tablist', { name: t.inbox.tabs.label })).toBeVisible({ timeout: 20_000 });

  // Inbox: the director's only task is the prepared one; Tab reaches its row, Enter opens the card.
  const row = page.locator(`tr[data-row-id="${target.id}"]`);
  await expect(row).toBeVisible({ timeout: 20_000 });
  noRing.push(...(await tabTo(page, (el) => el.tag === 'tr')));
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === `/applications/${target.id}`);
  const area = page.getByTestId('action-area');
  await expect(area).toHaveAttribute('data-version', String(target.version), { timeout: 20_000 });

  // Card: Tab to "Sign", Enter opens the signing dialog; the PIN field has the focus; Enter signs.
  const signButton = area.getByRole('button', { name: t.app.submit.sign, exact: true });
  noRing.push(...(await tabTo(page, (el) => el.tag === 'button' && el.label === t.app.submit.sign, 60)));
  await expect(signButton).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: t.app.sign.title });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  // The certificate is chosen with the arrow keys inside its radio group; the valid one is preset.
  const pin = dialog.getByLabel(t.app.sign.pin);
  if (!(await pin.evaluate((el) => el === document.activeElement))) noRing.push(...(await tabTo(page, (el) => el.tag === 'input' && el.label.startsWith(t.app.sign.pin), 20)));
  await expect(pin).toBeFocused();
  await page.keyboard.type('123456');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(area).toHaveAttribute('data-version', String(target.version + 1), { timeout: 20_000 });

  // The server agrees: the step was performed once, by the director.
  await signInQuietly(page, 'almaty.director');
  const after = await api<Loose>(page, 'GET', `/api/applications/${target.id}`);
  expect(after.body.application.version).toBe(target.version + 1);
  expect(after.body.row.step?.kind).not.toBe('sign_result');
  expect(noRing, 'focus stops without a visible focus ring').toEqual([]);
});
