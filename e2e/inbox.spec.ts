import { expect, test, type Page } from '@playwright/test';
import { InboxPage } from './inbox-page';

// Each test boots the app once (twice with the reload): about 20 s on a quiet machine; the margin
// is for a busy CI runner.
test.describe.configure({ timeout: 90_000 });

/** Moves the page's clock (and so the mock backend's) forward to a moment in Almaty time. */
async function moveTo(page: Page, local: string) {
  const target = Date.parse(`${local}+05:00`);
  const now = await page.evaluate(() => Date.now());
  expect(target).toBeGreaterThan(now);
  await page.clock.fastForward(target - now);
}

test('a specialist of Almaty watches a countdown pause at night and on a holiday, go at risk, then overdue', async ({ page }) => {
  // Monday 14 December 2026; Wednesday the 16th is Independence Day (not worked).
  await page.clock.install({ time: new Date('2026-12-14T09:50:00+05:00') });
  const inbox = new InboxPage(page);
  await inbox.start();
  const { regNo } = await inbox.createAtSpecialist(1);
  await inbox.signIn('almaty.specialist1');

  await expect(inbox.tab('my')).toHaveAttribute('aria-selected', 'true');
  await expect(inbox.tab('my')).toContainText('1');
  await expect(page).toHaveTitle(/^\(1\) /);
  const step = inbox.badge(regNo, 'step');
  // Completeness check: 2 working days, the day of the start not counted → Thursday 18:00.
  await expect(step).toHaveAttribute('data-clock-state', 'on_track');
  await expect(step).toHaveText(inbox.clockText('on_track', { days: 2, hours: 7 }));
  await step.hover();
  // The absolute deadline in the provider's zone (hover or keyboard focus).
  await expect(page.getByText(inbox.clock.deadline.replace('{{date}}', '17 дек. 2026, 18:00'), { exact: true })).toBeVisible();

  // After hours and overnight the countdown stands still.
  await moveTo(page, '2026-12-14T19:00:00');
  await expect(step).toHaveText(inbox.clockText('on_track', { days: 2 }));
  await moveTo(page, '2026-12-15T07:00:00');
  await expect(step).toHaveText(inbox.clockText('on_track', { days: 2 }));

  // Tuesday evening: one working day left, and the holiday on Wednesday does not count.
  await moveTo(page, '2026-12-15T18:30:00');
  await expect(step).toHaveText(inbox.clockText('on_track', { days: 1 }));
  await moveTo(page, '2026-12-16T12:00:00');
  await expect(step).toHaveText(inbox.clockText('on_track', { days: 1 }));

  // Thursday afternoon: under a quarter of the norm left.
  await moveTo(page, '2026-12-17T14:29:30');
  await expect(step).toHaveAttribute('data-clock-state', 'at_risk');
  await expect(step).toHaveText(inbox.clockText('at_risk', { hours: 3, minutes: 30 }));

  // Friday morning: overdue by half an hour of working time (the night is not counted).
  await moveTo(page, '2026-12-18T09:30:30');
  await expect(step).toHaveAttribute('data-clock-state', 'overdue');
  await expect(step).toHaveText(inbox.clockText('overdue', { minutes: 30 }));

  // The same page in Kazakh.
  await page.getByText(inbox.common.language.kk, { exact: true }).click();
  const kk = new InboxPage(page, 'kk');
  await expect(kk.tab('my')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: kk.t.columns.serviceClock })).toBeVisible();
  await expect(kk.badge(regNo, 'step')).toHaveText(kk.clockText('overdue', { minutes: 30 }));
  await expect(page).toHaveTitle(new RegExp(`${kk.t.title} · ${kk.common.app.name}$`));
});

test('a filter lives in the address: a reload keeps it, a reset brings the rows back, a search that finds nothing says so', async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.start();
  const { regNo } = await inbox.createAtSpecialist(2);
  await inbox.signIn('almaty.specialist1');
  await expect(inbox.row(regNo)).toBeVisible();

  await inbox.pick('clock', inbox.clock.state.overdue);
  await expect(page).toHaveURL(/[?&]clock=overdue/);
  await expect(page.getByText(inbox.t.empty.filtered.title)).toBeVisible();

  await inbox.reload();
  await expect(page).toHaveURL(/[?&]clock=overdue/);
  await expect(inbox.filter('clock')).toHaveText(`${inbox.t.filters.clock}: ${inbox.clock.state.overdue}`);
  await expect(page.getByText(inbox.t.empty.filtered.title)).toBeVisible();
  await page.getByRole('button', { name: inbox.t.filters.reset }).last().click();
  await expect(inbox.row(regNo)).toBeVisible();
  await expect(page).not.toHaveURL(/clock=/);

  const search = page.getByRole('searchbox', { name: inbox.t.search.label });
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await search.fill('Нет такого заявителя');
  await search.press('Enter');
  await expect(page.getByText(inbox.t.empty.search.title.replace('{{q}}', 'Нет такого заявителя'))).toBeVisible();

});

test('a department head bulk-assigns three applications and sees the result of each', async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.start();
  const a = await inbox.createAtSpecialist(3);
  const b = await inbox.createAtSpecialist(4);
  // Still at the head's own distribution step: a specialist cannot hold it.
  const c = await inbox.createAtSpecialist(5, { stopAt: 'distribute' });
  await inbox.signIn('almaty.head1');
  await inbox.tab('control').click();
  await expect(inbox.tab('control')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/[?&]tab=control/);

  for (const { regNo } of [a, b, c]) {
    await inbox.row(regNo).getByRole('checkbox', { name: inbox.t.table.selectRow.replace('{{regNo}}', regNo) }).check();
  }
  const bar = page.getByRole('region', { name: inbox.t.selection.label });
  await bar.getByRole('button', { name: inbox.t.selection.assign }).click();
  const dialog = page.getByRole('dialog');
  const staff = await inbox.api<{ items: { login: string; name: { ru: string } }[] }>('GET', '/api/staff');
  const target = staff.body.items.find((s) => s.login === 'almaty.specialist2')!;
  await dialog.getByRole('radio', { name: target.name.ru }).check();
  await dialog.getByRole('button', { name: /^Назначить 3/ }).click();

  const results = dialog.getByRole('list', { name: inbox.t.bulk.resultList });
  await expect(results.getByRole('listitem')).toHaveCount(3);
  for (const ok of [a, b]) {
    await expect(results.getByRole('listitem').filter({ hasText: ok.regNo })).toContainText(inbox.t.bulk.itemDone);
  }
  await expect(results.getByRole('listitem').filter({ hasText: c.regNo })).toContainText(inbox.t.errors.unknown_staff);
  await dialog.getByRole('button', { name: inbox.t.bulk.close }).click();
  // The assigned ones now show their new performer.
  await expect(inbox.row(a.regNo)).toContainText(target.name.ru);
});

test('a long list: only the rows in sight are drawn, the keys walk past them, and its end comes in pages', async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.start({ size: 2500, seed: 7 });
  await inbox.signIn('almaty.director');
  await inbox.tab('control').click();
  const list = await inbox.api<{ total: number; items: { id: string }[] }>('GET', '/api/applications?tab=control&limit=500');
  const total = list.body.total;
  expect(total, 'the seeded list is longer than several pages').toBeGreaterThan(300);

  const scroller = page.getByTestId('inbox-scroller');
  const rows = scroller.locator('tbody tr[data-index]');
  await expect(rows.first()).toHaveAttribute('data-row-id', list.body.items[0].id);
  // A window of rows, not the list: a screenful and a few more on each side.
  expect(await rows.count()).toBeLessThan(40);

  // j from the top: the cursor row is always in sight, below the sticky header.
  await scroller.locator('tbody tr[data-index="0"]').focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('j');
  const active = scroller.locator('tr[data-active]');
  await expect(active).toHaveAttribute('data-index', '30');
  await expect(active).toHaveAttribute('data-row-id', list.body.items[30].id);
  await expect(active).toBeFocused();
  const box = (await scroller.boundingBox())!;
  const head = (await scroller.locator('thead').boundingBox())!;
  const row = (await active.boundingBox())!;
  expect(row.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
  expect(row.y + row.height).toBeLessThanOrEqual(box.y + box.height + 1);
  // k back up past the top of the window.
  for (let i = 0; i < 25; i++) await page.keyboard.press('k');
  await expect(active).toHaveAttribute('data-index', '5');
  const up = (await active.boundingBox())!;
  expect(up.y).toBeGreaterThanOrEqual(head.y + head.height - 1);

  // Dragged to the end: the last rows come with their page, in the API's order.
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = scroller.locator(`tr[data-index="${total - 1}"]`);
  const tail = await inbox.api<{ items: { id: string }[] }>('GET', `/api/applications?tab=control&offset=${total - 1}&limit=1`);
  await expect(last).toHaveAttribute('data-row-id', tail.body.items[0].id);
  expect(await rows.count()).toBeLessThan(40);
});
