/** Branches and hard cases of the card: refusal, duplicate, return, two people at once, a mistyped PIN. */
import type { Page } from '@playwright/test';
import { expect, test } from './application-fixtures';
import { ApplicationCard } from './application-card';
import { InboxPage } from './inbox-page';

test.describe.configure({ timeout: 300_000 });

test('Almaty: incomplete documents lead to a motivated refusal, signed and handed out', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('almaty.chancellery1', { serviceId: 'survey-license', variantId: 'issue' });
  const result = await card.run(id, {
    choices: { check_completeness: { outcome: 'incomplete', missingDocuments: 'Копия устава\nСведения о квалификации' } },
  });
  expect(result.done).toEqual(['register', 'resolve', 'distribute', 'check_completeness', 'prepare_refusal', 'sign_result', 'issue']);
  expect(result.status).toBe('refused');
  await expect(page.getByTestId('card-status')).toHaveText(card.t.status.refused);
  const d = await card.detail(id);
  expect(JSON.stringify(d.application)).toContain('Копия устава');
});

test('Almaty: a duplicate licence', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('almaty.chancellery1', { serviceId: 'design-license', variantId: 'duplicate', channel: 'gov_corporation' });
  const result = await card.run(id);
  expect(result.done).toEqual(['register', 'resolve', 'distribute', 'prepare_result', 'sign_result', 'issue']);
  expect(result.status).toBe('issued');
});

test('the department head returns the conclusion with a reason; the executor sees it and redoes it', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('almaty.chancellery1', { serviceId: 'design-license', variantId: 'reissue_name_change' });
  await card.advanceByApi(id, 'approve');
  const kind = await card.performStep(id, { approve: { returnReason: 'Приложите штатное расписание' } });
  expect(kind).toBe('approve');
  // The head now sees who has it; the executor gets the conclusion back with the reason.
  await expect(page.getByTestId('holder-line')).toBeVisible();
  const d = await card.detail(id);
  expect(d.row.step?.kind).toBe('conclusion');
  await card.openAs(await card.holderOf(d), id);
  await expect(page.getByTestId('returned-note')).toContainText('Приложите штатное расписание');
  expect(await card.performStep(id)).toBe('conclusion');
  expect(await card.performStep(id)).toBe('approve');
});

test('the department head reassigns the step; the new performer finds it in "My tasks"', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id, regNo } = await card.createApplication('almaty.chancellery1', { serviceId: 'design-license', variantId: 'issue' });
  const d = await card.advanceByApi(id, 'check_completeness');
  const before = await card.holderOf(d);
  await card.openAs('almaty.head1', id);
  await card.actionArea().getByRole('button', { name: card.t.reassign.open, exact: true }).click();
  const form = page.getByTestId('reassign');
  // Candidates show their load; the current performer is not among them.
  await expect(form.getByRole('radio').first()).toBeVisible();
  await expect(form.getByText(/^в работе \d+ заявлени/).first()).toBeVisible();
  const staff = (await card.api<{ providers: { staff: { id: string; login: string; role: string; providerId: string; name: { ru: string } }[] }[] }>('GET', '/api/session/demo-users')).body.providers.flatMap((p) => p.staff);
  const next = staff.find((s) => s.providerId === d.application.providerId && s.role === 'specialist' && s.login !== before)!;
  await form.getByRole('radio', { name: next.name.ru }).check();
  await form.getByLabel(card.t.reassign.reason).fill('Исполнитель на больничном');
  await form.getByRole('button', { name: card.t.reassign.submit, exact: true }).click();
  await expect(page.getByTestId('card-performer')).toHaveText(next.name.ru);
  await expect(form).toBeHidden();
  const after = await card.detail(id);
  expect(after.application.version).toBe(d.application.version + 1);

  // The new performer signs in: the application waits in "My tasks".
  await card.signIn(next.login, '/inbox');
  const inbox = new InboxPage(page);
  await expect(inbox.tab('my')).toHaveAttribute('aria-selected', 'true');
  await expect(inbox.row(regNo)).toBeVisible();
});

/** Each tab keeps its own session (sessionStorage) so two people can work side by side. */
async function ownSessionPerTab(page: Page) {
  await page.addInitScript(() => {
    const KEY = 'kz-licensing.session';
    const proto = Storage.prototype;
    const get = proto.getItem;
    const set = proto.setItem;
    const remove = proto.removeItem;
    proto.getItem = function (k: string) {
      return this === localStorage && k === KEY ? get.call(sessionStorage, k) : get.call(this, k);
    };
    proto.setItem = function (k: string, v: string) {
      return this === localStorage && k === KEY ? set.call(sessionStorage, k, v) : set.call(this, k, v);
    };
    proto.removeItem = function (k: string) {
      return this === localStorage && k === KEY ? remove.call(sessionStorage, k) : remove.call(this, k);
    };
  });
}

test('two people at once: the director changes a card the head is approving; the head is told who, sees the change, keeps the typed text', async ({ context }) => {
  // The mock backend lives in the browser (IndexedDB): two contexts would not share it, so the
  // two people work in two tabs of one context, each with a session of their own.
  const headPage = await context.newPage();
  await ownSessionPerTab(headPage);
  const head = new ApplicationCard(headPage);
  await head.start();
  const { id } = await head.createApplication('almaty.chancellery1', { serviceId: 'design-license', variantId: 'reissue_name_change' });
  const d = await head.advanceByApi(id, 'approve');
  await head.openAs(await head.holderOf(d), id);
  const approve = headPage.getByRole('button', { name: head.t.submit.approve, exact: true });
  await expect(approve).toBeEnabled();
  await headPage.getByLabel(head.t.fields.comment, { exact: true }).fill('Согласовано, замечаний нет');

  const directorPage = await context.newPage();
  await ownSessionPerTab(directorPage);
  const director = new ApplicationCard(directorPage);
  await directorPage.goto('/sign-in');
  await director.openAs('almaty.director', id);
  await directorPage.getByRole('tab', { name: new RegExp(director.t.tabs.comments) }).click();
  await directorPage.getByLabel(director.t.comments.new).fill('Прошу проверить штат ещё раз');
  await directorPage.getByRole('button', { name: director.t.comments.send, exact: true }).click();
  await expect(directorPage.getByTestId('comments')).toContainText('Прошу проверить штат ещё раз');
  // Its toast stands under the page header, clear of the user menu and the language switch.
  const toast = directorPage.getByText(director.t.comments.sent);
  await expect(toast).toBeVisible();
  const header = await directorPage.locator('header').first().boundingBox();
  expect((await toast.boundingBox())!.y).toBeGreaterThan(header!.y + header!.height);

  // The head's tab learns of it without a reload (live updates): the head is typing, so the card
  // keeps the state they started from and says who changed what; "reload" shows the new version
  // and the director's comment, the typed text stays. (A truly simultaneous action gets a
  // conflict naming who: see reliability.spec.ts and the card's unit tests.)
  await headPage.bringToFront();
  const notice = headPage.getByTestId('changed-notice');
  const staff = (await head.api<{ providers: { staff: { login: string; name: { ru: string } }[] }[] }>('GET', '/api/session/demo-users')).body.providers.flatMap((p) => p.staff);
  await expect(notice).toContainText(staff.find((s) => s.login === 'almaty.director')!.name.ru);
  await notice.getByRole('button', { name: head.t.conflict.reload, exact: true }).click();
  await expect(notice).toBeHidden();
  await expect(headPage.getByTestId('action-area')).toHaveAttribute('data-version', String(d.application.version + 1));
  await expect(headPage.getByLabel(head.t.fields.comment, { exact: true })).toHaveValue('Согласовано, замечаний нет');
  await headPage.getByRole('tab', { name: new RegExp(head.t.tabs.comments) }).click();
  await expect(headPage.getByTestId('comments')).toContainText('Прошу проверить штат ещё раз');
  await approve.click();
  await expect(headPage.getByTestId('action-area')).toHaveAttribute('data-version', String(d.application.version + 2));
  const after = await head.detail(id);
  expect(after.row.step?.kind).toBe('prepare_order');
});

test('a signature with a wrong PIN, then the right one: signed once', async ({ page }) => {
  const card = new ApplicationCard(page);
  await card.start();
  const { id } = await card.createApplication('almaty.chancellery1', { serviceId: 'design-license', variantId: 'duplicate' });
  const d = await card.advanceByApi(id, 'sign_result');
  await card.openAs(await card.holderOf(d), id);
  await card.actionArea().getByRole('button', { name: card.t.submit.sign, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: card.t.sign.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(card.t.sign.purpose.auth);
  await dialog.getByLabel(card.t.sign.pin).fill('654321');
  await dialog.getByRole('button', { name: card.t.sign.submit, exact: true }).click();
  await expect(dialog.getByTestId('sign-error')).toContainText(card.t.sign.error.wrong_pin.title);
  await dialog.getByLabel(card.t.sign.pin).fill('123456');
  await dialog.getByRole('button', { name: card.t.sign.submit, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(card.actionArea()).toHaveAttribute('data-version', String(d.application.version + 1));
  const after = await card.detail(id);
  expect(after.row.step?.kind).toBe('issue');
  const signs = (after.application as unknown as { history: { kind: string }[] }).history.filter((h) => h.kind === 'sign_result');
  expect(signs).toHaveLength(1);
});
