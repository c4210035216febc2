/**
 * Screenshots of the card in Russian and Kazakh at 1440×900 (and the signing dialog) for
 * docs/screenshots/: an Almaty licence that arrived yesterday evening, now at licensing control.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './application-fixtures';
import { ApplicationCard, loc } from './application-card';

test.describe.configure({ timeout: 240_000 });
test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1)');

const SHOTS = 'docs/screenshots';

/** Waits for the success notifications to go (they close by themselves) so they do not cover the header. */
async function calm(page: Page) {
  await page.mouse.move(0, 0);
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 20_000 });
}

async function switchLanguage(page: Page, lng: 'ru' | 'kk') {
  const common = loc(lng === 'kk' ? 'ru' : 'kk', 'common');
  await page.getByText(common.language[lng], { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
}

test('the card and the signing dialog, in Russian and in Kazakh', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const card = new ApplicationCard(page);
  await card.start();
  // Arrived yesterday at 19:40 Almaty time (14:40 UTC): received this morning.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const { id } = await card.createApplication('almaty.chancellery1', {
    serviceId: 'construction-installation-license',
    variantId: 'issue',
    channel: 'egov_portal',
    name: 'ТОО «Алатау Құрылыс Сервис»',
    arrivedAt: `${yesterday}T14:40:00.000Z`,
  });
  await card.run(id, { stopBefore: 'check_completeness' });
  await card.performStep(id);
  const d = await card.detail(id);
  await card.openAs(await card.holderOf(d), id);
  await page.locator(`form[data-step-form="licensing_control"] input[value="site_visit"]`).check();
  await calm(page);
  await page.screenshot({ path: `${SHOTS}/card-ru.png` });
  await page.getByRole('button', { name: card.t.header.why }).click();
  await expect(page.getByTestId('deadline-explain')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/card-ru-why.png` });
  await page.screenshot({ path: `${SHOTS}/card-ru-full.png`, fullPage: true });

  await switchLanguage(page, 'kk');
  const kk = loc('kk', 'application');
  await expect(page.getByRole('button', { name: kk.header.why })).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SHOTS}/card-kk-why.png` });
  await page.screenshot({ path: `${SHOTS}/card-kk-full.png`, fullPage: true });
  await page.getByRole('button', { name: kk.header.why }).click();
  await expect(page.getByTestId('deadline-explain')).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/card-kk.png` });
  await switchLanguage(page, 'ru');

  // The signing dialog: the order, at the director's.
  const s = await card.advanceByApi(id, 'sign_order');
  await card.openAs(await card.holderOf(s), id);
  await calm(page);
  await card.actionArea().getByRole('button', { name: card.t.submit.sign, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: card.t.sign.title });
  await dialog.getByLabel(card.t.sign.pin).fill('111111');
  await dialog.getByRole('button', { name: card.t.sign.submit, exact: true }).click();
  await expect(dialog.getByTestId('sign-error')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/sign-dialog-ru.png` });
  await dialog.getByRole('button', { name: card.t.sign.cancel, exact: true }).click();
  await switchLanguage(page, 'kk');
  await card.actionArea().getByRole('button', { name: kk.submit.sign, exact: true }).click();
  const dialogKk = page.getByRole('dialog', { name: kk.sign.title });
  await expect(dialogKk).toBeVisible();
  await dialogKk.locator('[data-cert="auth"]').click();
  await dialogKk.getByLabel(kk.sign.pin).fill('123456');
  await dialogKk.getByRole('button', { name: kk.sign.submit, exact: true }).click();
  await expect(dialogKk.getByTestId('sign-error')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/sign-dialog-kk.png` });
});
