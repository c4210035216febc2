import { expect, test } from '@playwright/test';
import { locale } from './locales';

const ru = locale('ru', 'common');
const kk = locale('kk', 'common');

test('the shell opens in Russian, switches to Kazakh and keeps it after reload', async ({ page }) => {
  await page.goto('/sign-in');
  // The first visit seeds the mock backend in IndexedDB: allow it time once.
  await expect(page.getByRole('heading', { name: ru.app.name, level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByText(ru.language.kk, { exact: true }).click();
  await expect(page.getByRole('heading', { name: kk.app.name, level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: kk.app.name, level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page).toHaveTitle(new RegExp(kk.app.name));
});

test('an unknown address gives the translated 404', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: ru.notFound.title })).toBeVisible({ timeout: 30_000 });
});
