/**
 * The card's e2e fixtures: each worker opens the app once, lets the mock backend seed itself,
 * resets it to staff only and keeps that (IndexedDB included) as the storage state every test
 * starts from: no test pays for seeding 400 demo applications on its first page load.
 */
import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const test = base.extend<object, { emptyBackend: string }>({
  emptyBackend: [
    async ({ browser }, use, workerInfo) => {
      const dir = '.reports/e2e-application';
      mkdirSync(dir, { recursive: true });
      const file = `${dir}/empty-backend-${workerInfo.workerIndex}.json`;
      const baseURL = workerInfo.project.use.baseURL;
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await expect
        .poll(() => page.evaluate(() => Boolean((globalThis as { __KZ_MOCK_BACKEND_READY__?: boolean }).__KZ_MOCK_BACKEND_READY__)), { timeout: 90_000 })
        .toBe(true);
      const status = await page.evaluate(async () => {
        const res = await fetch('/api/__demo/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ size: 0, seed: 5 }) });
        return res.status;
      });
      expect(status).toBe(200);
      await context.storageState({ path: file, indexedDB: true });
      await context.close();
      await use(file);
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  storageState: async ({ emptyBackend }, use) => use(emptyBackend),
});

export { expect };
