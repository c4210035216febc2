/**
 * One full journey per provider, from registration to the issued result, each step performed in
 * the card by the person who holds it (signed in through the sign-in page).
 */
import { expect, test } from './application-fixtures';
import { ApplicationCard } from './application-card';

test.describe.configure({ timeout: 420_000 });

test('Almaty: a licence with licensing control (site visit), every role in turn', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('almaty.chancellery1', { serviceId: 'design-license', variantId: 'issue', channel: 'egov_portal' });
  const result = await card.run(id);
  expect(result.done).toEqual([
    'register',
    'resolve',
    'distribute',
    'check_completeness',
    'licensing_control',
    'conclusion',
    'approve',
    'prepare_order',
    'sign_order',
    'prepare_result',
    'sign_result',
    'issue',
  ]);
  expect(result.status).toBe('issued');
  await expect(page.getByTestId('card-status')).toHaveText(card.t.status.issued);
  await expect(page.getByTestId('holder-line')).toBeVisible();
  await expect(page.getByTestId('step-rail').locator('[data-rail="done"]')).toHaveCount(12);
});

test('Aktobe: expert attestation with the test scheduled, signed, taken and recorded', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('aktobe.chancellery1', { serviceId: 'expert-attestation', variantId: 'attestation' });
  const result = await card.run(id);
  expect(result.done).toEqual([
    'register',
    'resolve',
    'conclusion',
    'schedule_test',
    'sign_result',
    'issue',
    'record_test',
    'prepare_result',
    'sign_result',
    'issue',
  ]);
  expect(result.status).toBe('issued');
  await expect(page.getByTestId('card-status')).toHaveText(card.t.status.issued);
});

test('East Kazakhstan in Kazakh, from registration to the licence', async ({ page }) => {
  const card = new ApplicationCard(page, 'kk');
  await card.start();
  const { id } = await card.createApplication('vko.chancellery1', { serviceId: 'design-license', variantId: 'issue', name: 'ЖШС «Өскемен Жоба»' });
  const result = await card.run(id);
  expect(result.done).toEqual(['register', 'resolve', 'check_completeness', 'conclusion', 'prepare_result', 'sign_result', 'issue']);
  expect(result.status).toBe('issued');
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByTestId('card-status')).toHaveText(card.t.status.issued);
  await expect(page.getByRole('button', { name: card.t.header.why })).toBeVisible();
  await expect(page.getByRole('tab', { name: new RegExp(card.t.tabs.history) })).toBeVisible();
});

test('Ministry: two tiers and the licensing commission’s protocol', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('mrd.dep.chancellery1', { serviceId: 'design-license', variantId: 'issue' });
  const result = await card.run(id);
  expect(result.done).toEqual([
    'register',
    'check_completeness',
    'licensing_control',
    'conclusion',
    'approve',
    'prepare_result',
    'register',
    'distribute',
    'prepare_commission',
    'commission_review',
    'approve',
    'prepare_result',
    'sign_result',
    'issue',
  ]);
  expect(result.status).toBe('issued');
  const history = await card.detail(id);
  expect(JSON.stringify(history.application)).toContain('ЛК-14');
});

test('Economy office: conclusions of other state bodies requested (clock paused) and recorded', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('uebp.chancellery1', { serviceId: 'medical-activity-license', variantId: 'issue' });
  const first = await card.run(id, { stopBefore: 'record_conclusion' });
  expect(first.done).toEqual(['register', 'register', 'distribute', 'register', 'request_conclusions']);
  expect(first.status).toBe('paused');
  await expect(page.getByTestId('card-status')).toHaveText(card.t.status.paused);
  await expect(page.getByTestId('card-clocks').locator('[data-clock-state="paused"]').first()).toBeVisible();
  const rest = await card.run(id);
  expect(rest.done).toEqual(['record_conclusion', 'prepare_result', 'sign_result', 'issue']);
  expect(rest.status).toBe('issued');
});
