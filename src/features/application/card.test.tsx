// @vitest-environment jsdom
/** The card against the mock backend: what it shows, in both languages, and how it behaves. */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { postAction } from '../../api/applications';
import { getSessionToken, setApiBaseUrl, setSessionToken } from '../../api/client';
import { mockBackend, resetMockBackend, server, signInAs } from '../../mocks/node';
import { renderApp } from '../../test/render-app';
import ru from '../../../locales/ru/application.json';
import kk from '../../../locales/kk/application.json';
import common from '../../../locales/ru/common.json';
import { atStep, currentStepOf, newApplication, stored, stubDocumentFonts } from './card-test-support';
import { setNcaLayerDelay } from './sign/ncalayer-sim';

configure({ asyncUtilTimeout: 10_000 });

const requests: { method: string; path: string; key: string | null }[] = [];
beforeAll(() => {
  setApiBaseUrl('http://localhost');
  stubDocumentFonts();
  setNcaLayerDelay(0);
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'GET') requests.push({ method: request.method, path: new URL(request.url).pathname, key: request.headers.get('Idempotency-Key') });
  });
});
beforeEach(async () => {
  localStorage.clear();
  await resetMockBackend({ size: 0, seed: 1 });
  requests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const title = (t: { header: { title: string } }, regNo: string) => t.header.title.replace('{{regNo}}', regNo);
const actionPosts = () => requests.filter((r) => r.path.endsWith('/actions'));
const nameOf = async (id: string | null) => (await mockBackend().staff()).find((s) => s.id === id)!.name;

async function openAt(kind: Parameters<typeof atStep>[1], lng: 'ru' | 'kk' = 'ru', provider: Parameters<typeof newApplication>[0] = 'almaty', variant = 'issue') {
  const created = await newApplication(provider, variant);
  const at = await atStep(created.id, kind);
  requests.length = 0;
  const view = renderApp(`/applications/${at.app.id}`, { lng });
  await screen.findByRole('heading', { name: title(lng === 'kk' ? kk : ru, at.app.regNo) });
  return { ...at, view, user: userEvent.setup() };
}

describe('the card', () => {
  it('shows who, what, both clocks and explains the deadline step by step', async () => {
    const { app, user } = await openAt('check_completeness');
    const clocks = screen.getByTestId('card-clocks');
    expect(clocks.querySelectorAll('[data-clock-state]')).toHaveLength(2);
    expect(screen.getByText(app.applicant.name)).toBeInTheDocument();
    expect(screen.getByTestId('card-performer')).toHaveTextContent((await nameOf(app.assigneeId)).ru);
    await user.click(screen.getByRole('button', { name: ru.header.why }));
    const explain = await screen.findByTestId('deadline-explain');
    expect(within(explain).getByText(ru.explain.stepTitle)).toBeInTheDocument();
    expect(within(explain).getByText(ru.explain.serviceTitle)).toBeInTheDocument();
    expect(within(explain).getAllByText(/^Срок: /)).toHaveLength(2);
    expect(within(explain).getAllByText(/^Основание: /).length).toBeGreaterThan(0);
    expect(within(explain).getAllByText(/день поступления в срок не входит/).length).toBeGreaterThan(0);
    // The rail: done steps with who, the current one highlighted, the planned tail, the plan marks.
    const rail = screen.getByTestId('step-rail');
    expect(rail.querySelectorAll('[data-rail="done"]')).toHaveLength(3);
    expect(rail.querySelectorAll('[data-rail="current"]')).toHaveLength(1);
    expect(rail.querySelectorAll('[data-rail="planned"]').length).toBeGreaterThan(5);
    expect(screen.getByTestId('plan-exceeds')).toHaveTextContent(ru.plan.exceedsTitle);
  });

  it('reads as Kazakh in Kazakh, catalog names included', async () => {
    const { user } = await openAt('resolve', 'kk');
    expect(screen.getByRole('button', { name: kk.submit.assign })).toBeInTheDocument();
    expect(screen.getByText(kk.fields.choose.department_head)).toBeInTheDocument();
    expect(screen.getAllByText(/көрсетілетін қызметті берушінің басшысы/i).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: kk.header.why }));
    expect(await screen.findByText(kk.explain.serviceTitle)).toBeInTheDocument();
    // Regulation citations read as the Kazakh texts cite them ("10-т. 3) тт."), not "п.10 пп.3".
    const grounds = screen.getAllByText(/^Негіздеме: /);
    expect(grounds.length).toBeGreaterThan(0);
    for (const line of grounds) expect(line.textContent).toMatch(/\d+-т\./);
    expect(screen.getByTestId('deadline-explain').textContent).not.toMatch(/(^|[^\p{L}])пп?\.\d/u);
    expect(screen.getByTestId('plan-summary').textContent).not.toMatch(/(^|[^\p{L}])пп?\.\d/u);
    expect(screen.getByRole('tab', { name: new RegExp(kk.tabs.history) })).toBeInTheDocument();
  });

  it('tells someone else calmly who has the application now', async () => {
    const created = await newApplication('almaty');
    const { app } = await atStep(created.id, 'licensing_control');
    await signInAs('almaty.director');
    renderApp(`/applications/${app.id}`);
    const line = await screen.findByTestId('holder-line');
    expect(line).toHaveTextContent((await nameOf(app.assigneeId)).ru);
    expect(document.querySelector('form[data-step-form]')).toBeNull();
  });

  it('tells the performer that their own step waits on a paused term, and gives the form back on resume', async () => {
    const created = await newApplication('almaty');
    const { app } = await atStep(created.id, 'licensing_control');
    await postAction(app.id, { action: { type: 'pause', ground: 'applicant_request' }, expectedVersion: app.version, idempotencyKey: `pause-${app.id}` });
    renderApp(`/applications/${app.id}`);
    const line = await screen.findByTestId('holder-line');
    expect(line).toHaveTextContent(ru.holder.minePaused.replace('{{step}}', currentStepOf(app)!.action.ru));
    expect(line).not.toHaveTextContent((await nameOf(app.assigneeId)).ru);
    expect(document.querySelector('form[data-step-form]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: ru.pause.resume }));
    await waitFor(() => expect(document.querySelector('form[data-step-form]')).not.toBeNull());
    expect(screen.queryByTestId('holder-line')).toBeNull();
  });

  it('lets a clerk take a queued step, then shows its form', async () => {
    const created = await newApplication('almaty');
    const { app } = await atStep(created.id, 'issue', { take: false });
    expect(app.assigneeId).toBeNull();
    await signInAs('almaty.chancellery2');
    renderApp(`/applications/${app.id}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: ru.submit.take }));
    expect(await screen.findByRole('button', { name: ru.submit.issue })).toBeInTheDocument();
    expect((await stored(app.id)).assigneeId).toBe('almaty-chancellery2');
  });

  /**
   * chancellery2 opens a queued step; `first` takes it (through the API, another session) while
   * the card still offers Take; then chancellery2 presses Take and gets the conflict.
   */
  async function takenFirstBy(first: string) {
    const created = await newApplication('almaty');
    const { app } = await atStep(created.id, 'issue', { take: false });
    await signInAs('almaty.chancellery2');
    renderApp(`/applications/${app.id}`);
    const user = userEvent.setup();
    const take = await screen.findByRole('button', { name: ru.submit.take });
    const mine = getSessionToken();
    const other = await signInAs(first);
    setSessionToken(mine);
    const res = await fetch(`http://localhost/api/applications/${app.id}/actions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Session': other },
      body: JSON.stringify({ action: { type: 'take' }, expectedVersion: app.version, idempotencyKey: `take-${app.id}` }),
    });
    expect(res.status).toBe(200);
    await user.click(take);
    return { app, conflict: await screen.findByTestId('conflict') };
  }

  it('tells the clerk who took a queued step first, also once the card shows the new state', async () => {
    const { app, conflict } = await takenFirstBy('almaty.chancellery1');
    expect(conflict).toHaveTextContent((await nameOf('almaty-chancellery1')).ru);
    // The card refreshes (no take button any more); the conflict still says who.
    await waitFor(() => expect(screen.getByTestId('action-area')).toHaveAttribute('data-version', String(app.version + 1)));
    expect(screen.queryByRole('button', { name: ru.submit.take })).not.toBeInTheDocument();
    expect(screen.getByTestId('conflict')).toHaveTextContent((await nameOf('almaty-chancellery1')).ru);
  });

  it('says so when the change that came first is the user’s own earlier attempt', async () => {
    // The same clerk's earlier attempt (another tab, a lost answer) was stored first.
    const { conflict } = await takenFirstBy('almaty.chancellery2');
    expect(conflict).toHaveTextContent(ru.conflict.selfTitle);
    expect(conflict).toHaveTextContent(ru.conflict.selfKept);
    expect(conflict).not.toHaveTextContent(ru.conflict.title);
  });

  it('keeps a draft across a reload, per step and user', async () => {
    const { app, view, user } = await openAt('check_completeness');
    const form = () => document.querySelector<HTMLElement>('form[data-step-form="check_completeness"]')!;
    await user.click(form().querySelector('input[value="incomplete"]')!);
    fireEvent.change(within(form()).getByLabelText(new RegExp(escape(ru.fields.missingDocuments))), { target: { value: 'Устав\nСправка' } });
    view.unmount();
    renderApp(`/applications/${app.id}`);
    const again = await screen.findByLabelText(new RegExp(escape(ru.fields.missingDocuments)));
    expect(again).toHaveValue('Устав\nСправка');
    expect(form().querySelector<HTMLInputElement>('input[value="incomplete"]')!.checked).toBe(true);
  });

  it('retries a lost request with the same idempotency key and acts once', async () => {
    const { app, user } = await openAt('conclusion');
    server.use(http.post('*/api/applications/:id/actions', () => HttpResponse.error(), { once: true }));
    const form = document.querySelector<HTMLElement>('form[data-step-form="conclusion"]')!;
    await user.click(form.querySelector('input[value="meets"]')!);
    const submit = within(form).getByRole('button', { name: ru.submit.conclusion });
    await user.click(submit);
    await user.click(submit);
    await waitFor(async () => expect((await stored(app.id)).version).toBe(app.version + 1));
    const posts = actionPosts();
    expect(posts).toHaveLength(2);
    expect(posts[0].key).toBeTruthy();
    expect(posts[1].key).toBe(posts[0].key);
  });

  it('offers to send again after a server error that came once the action was stored: the same key gets the stored result, acted once', async () => {
    const { app, user } = await openAt('conclusion');
    const form = document.querySelector<HTMLElement>('form[data-step-form="conclusion"]')!;
    await user.click(form.querySelector('input[value="meets"]')!);
    await mockBackend().saveDemo({ faultRate: 1, faultPhase: 'after', faultKinds: ['500'] });
    await user.click(within(form).getByRole('button', { name: ru.submit.conclusion }));
    const failure = await screen.findByTestId('action-error');
    expect(failure).toHaveTextContent(common.apiError.internal);
    expect(failure).toHaveTextContent(ru.error.retrySafe);
    expect((await stored(app.id)).version).toBe(app.version + 1);
    await mockBackend().saveDemo({ faultRate: 0 });
    await user.click(within(failure).getByRole('button', { name: ru.error.retry }));
    await waitFor(() => expect(document.querySelector('[data-testid="action-area"]')).toHaveAttribute('data-version', String(app.version + 1)));
    expect(screen.queryByTestId('conflict')).not.toBeInTheDocument();
    const after = await stored(app.id);
    expect(after.version).toBe(app.version + 1);
    expect(after.history.filter((h) => h.kind === 'conclusion')).toHaveLength(1);
    const posts = actionPosts();
    expect(posts).toHaveLength(2);
    expect(posts[1].key).toBe(posts[0].key);
  });

  it('closes the signing dialog when the signed action timed out after it was stored; "send again" resends the same signature, signed once', async () => {
    const { app, user } = await openAt('sign_order');
    await user.click(screen.getByRole('button', { name: ru.submit.sign }));
    const dialog = await screen.findByRole('dialog', { name: ru.sign.title });
    await user.type(within(dialog).getByLabelText(new RegExp(escape(ru.sign.pin))), '123456');
    await mockBackend().saveDemo({ faultRate: 1, faultPhase: 'after', faultKinds: ['timeout'], timeoutMs: 0 });
    await user.click(within(dialog).getByRole('button', { name: ru.sign.submit }));
    // The automatic retries (same key) also lose their answers: the card says so, the dialog is gone.
    const failure = await screen.findByTestId('action-error');
    expect(failure).toHaveTextContent(common.apiError.timeout);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: ru.sign.title })).not.toBeInTheDocument());
    expect((await stored(app.id)).history.at(-1)?.kind).toBe('sign_order');
    await mockBackend().saveDemo({ faultRate: 0 });
    await user.click(within(failure).getByRole('button', { name: ru.error.retry }));
    await waitFor(() => expect(document.querySelector('[data-testid="action-area"]')).toHaveAttribute('data-version', String(app.version + 1)));
    expect(screen.queryByTestId('conflict')).not.toBeInTheDocument();
    const after = await stored(app.id);
    expect(after.history.filter((h) => h.kind === 'sign_order')).toHaveLength(1);
    const keys = new Set(actionPosts().map((p) => p.key));
    expect(keys.size).toBe(1);
  });

  it('signs only with a valid signing key and the right PIN, saying what is wrong in words', async () => {
    const { app, user } = await openAt('sign_order');
    await user.click(screen.getByRole('button', { name: ru.submit.sign }));
    const dialog = await screen.findByRole('dialog', { name: ru.sign.title });
    const pin = within(dialog).getByLabelText(new RegExp(escape(ru.sign.pin)));
    const sign = () => user.click(within(dialog).getByRole('button', { name: ru.sign.submit }));
    const errorTitle = async () => (await within(dialog).findByTestId('sign-error')).textContent;

    await user.type(pin, '111111');
    await sign();
    expect(await errorTitle()).toContain(ru.sign.error.wrong_pin.title);

    await user.clear(pin);
    await user.type(pin, '000000');
    await sign();
    expect(await errorTitle()).toContain(ru.sign.error.not_running.title);

    await user.clear(pin);
    await user.type(pin, '123456');
    await user.click(dialog.querySelector<HTMLElement>('[data-cert="auth"]')!);
    await sign();
    expect(await errorTitle()).toContain(ru.sign.error.wrong_purpose.title);

    const [, , expired] = dialog.querySelectorAll<HTMLElement>('[data-cert]');
    await user.click(expired);
    await sign();
    expect(await errorTitle()).toContain(ru.sign.error.expired.title);
    expect(actionPosts()).toHaveLength(0);

    await user.click(dialog.querySelectorAll<HTMLElement>('[data-cert="sign"]')[0]);
    await sign();
    await waitFor(async () => expect((await stored(app.id)).history.at(-1)?.kind).toBe('sign_order'));
    expect(actionPosts()).toHaveLength(1);
    expect((await stored(app.id)).data.orderSignature?.certificateSerial).toMatch(/^[0-9A-F]{20}$/);
  });

  it('returns the work with a required reason to the one who did it', async () => {
    const { app, user } = await openAt('approve');
    const executor = app.executorId;
    await user.click(screen.getByRole('button', { name: ru.submit.openReturn }));
    const section = await screen.findByTestId('return-section');
    await user.click(within(section).getByRole('button', { name: ru.submit.return }));
    expect(await within(section).findByText(ru.rule.required)).toBeInTheDocument();
    expect(actionPosts()).toHaveLength(0);
    fireEvent.change(within(section).getByLabelText(new RegExp(escape(ru.fields.returnReason))), { target: { value: 'Уточните состав штата' } });
    await user.click(within(section).getByRole('button', { name: ru.submit.return }));
    await waitFor(async () => expect((await stored(app.id)).currentStepId).toBe('s6'));
    const after = await stored(app.id);
    expect(after.assigneeId).toBe(executor);
    expect(after.data.returns?.at(-1)?.reason).toBe('Уточните состав штата');
    expect(await screen.findByTestId('next-task')).toBeInTheDocument();
  });
});

describe('the tabs', () => {
  it('previews the sample file of a document', async () => {
    const { user } = await openAt('resolve');
    await user.click(screen.getAllByRole('button', { name: new RegExp(`^${ru.documents.preview}`) })[0]);
    const text = await screen.findByTestId('document-text');
    expect(text.textContent!.length).toBeGreaterThan(10);
  });

  it('says the comment limit before sending, keeps the text, shows HTML as text and offers @mentions', async () => {
    const { app, user } = await openAt('resolve');
    await user.click(screen.getByRole('tab', { name: new RegExp(ru.tabs.comments) }));
    const box = await screen.findByLabelText(new RegExp(`^${escape(ru.comments.new)}`));
    const huge = 'я'.repeat(100_000);
    fireEvent.change(box, { target: { value: huge } });
    expect(await screen.findAllByText(/100\s000 символов при лимите 4\s000/)).not.toHaveLength(0);
    await user.click(screen.getByRole('button', { name: ru.comments.send }));
    expect(requests.filter((r) => r.path.endsWith('/comments'))).toHaveLength(0);
    expect(box).toHaveValue(huge);

    fireEvent.change(box, { target: { value: '<img src=x onerror="alert(1)"> <b>срочно</b> ' } });
    await user.type(box, '@almaty.he');
    const option = await screen.findByRole('option', { name: /almaty\.head1/ });
    await user.click(option);
    expect((box as HTMLTextAreaElement).value).toContain('@almaty.head1 ');
    await user.click(screen.getByRole('button', { name: ru.comments.send }));
    const list = await screen.findByTestId('comments');
    expect(list).toHaveTextContent('<img src=x onerror="alert(1)"> <b>срочно</b>');
    expect(list.querySelector('img, b')).toBeNull();
    expect((await stored(app.id)).comments.at(-1)?.text).toContain('@almaty.head1');
    expect(box).toHaveValue('');
  });

  it('lists the audit trail: who, when, what, outcome, comment', async () => {
    const { user } = await openAt('distribute');
    await user.click(screen.getByRole('tab', { name: new RegExp(ru.tabs.history) }));
    const table = await screen.findByTestId('history');
    const row = (name: string) => within(table).getByText(new RegExp(`^${name}( — .*)?$`));
    expect(row(ru.actionName.resolve)).toHaveTextContent(/Выполнено/);
    expect(row(ru.actionName.register)).toBeInTheDocument();
    expect(row(ru.actionName.create)).toBeInTheDocument();
  });
});
