/**
 * Screenshots of the inbox for docs/ (1440×900, Russian and Kazakh). Skipped unless SCREENSHOTS=1:
 *   SCREENSHOTS=1 PW_PORT=4174 npx playwright test e2e/inbox-screenshots.spec.ts
 * The clock and the demo seed are fixed, so the pictures only change when the screen does.
 */
import { expect, test } from '@playwright/test';
import { InboxPage } from './inbox-page';

test.skip(!process.env.SCREENSHOTS, 'screenshots are taken on request (SCREENSHOTS=1)');
test.describe.configure({ timeout: 120_000 });

for (const lng of ['ru', 'kk'] as const) {
  test(`inbox screenshot (${lng}) @screenshots`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    // Wednesday 25 November 2026, late morning in Almaty.
    await page.clock.install({ time: new Date('2026-11-25T11:40:00+05:00') });
    const inbox = new InboxPage(page, lng);
    await inbox.start({ size: 400, seed: 2026 });
    await inbox.signIn('almaty.specialist1');
    await expect(inbox.table().locator('[data-clock-state]').first()).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `docs/screenshots/inbox-${lng}.png` });

    // The department head's view (selection, state split) for a look, not for the docs.
    await page.evaluate(() => localStorage.removeItem('kz-licensing.session'));
    await page.goto('/sign-in');
    await inbox.signIn('almaty.head1');
    await inbox.tab('control').click();
    await expect(inbox.table().locator('[data-clock-state]').first()).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `.reports/inbox-head-${lng}.png` });
  });
}
