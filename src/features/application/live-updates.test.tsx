// @vitest-environment jsdom
/**
 * The card follows the backend's change feed (`announceChange`, into which the browser backend
 * announces every write): another user's change appears without a reload — unless the user has typed into
 * an action form; then the card keeps the state they started from and says who changed what,
 * with a button to show the new state, and the typed input survives it. Changes made in this
 * tab never raise the notice.
 */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { announceChange } from '../../api/changes';
import { setApiBaseUrl } from '../../api/client';
import { mockBackend, resetMockBackend, server } from '../../mocks/node';
import { renderApp } from '../../test/render-app';
import ru from '../../../locales/ru/application.json';
import { atStep, commentAs, newApplication, stored, stubDocumentFonts } from './card-test-support';

configure({ asyncUtilTimeout: 10_000 });

let unhook: () => void = () => undefined;
let actionPosts = 0;

beforeAll(() => {
  setApiBaseUrl('http://localhost');
  stubDocumentFonts();
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/actions')) actionPosts += 1;
  });
});
beforeEach(async () => {
  localStorage.clear();
  await resetMockBackend({ size: 0, seed: 7 });
  // Like the browser backend: every write of the store is announced to the screens.
  unhook = mockBackend().store.onChange(announceChange);
});
afterEach(() => {
  unhook();
  server.resetHandlers();
});
afterAll(() => server.close());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const directorName = async () => (await mockBackend().staff()).find((s) => s.login === 'almaty.director')!.name.ru;
const area = () => screen.getByTestId('action-area');
const form = () => document.querySelector<HTMLElement>('form[data-step-form="check_completeness"]')!;

async function openCheck() {
  const created = await newApplication('almaty');
  const { app } = await atStep(created.id, 'check_completeness');
  renderApp(`/applications/${app.id}`);
  await screen.findByRole('button', { name: ru.submit.check_completeness });
  actionPosts = 0;
  return { app, user: userEvent.setup() };
}

describe('live updates of the card', () => {
  it('shows another user’s change at once when nothing is typed', async () => {
    const { app, user } = await openCheck();
    await user.click(screen.getByRole('tab', { name: new RegExp(ru.tabs.comments) }));
    expect(await screen.findByText(ru.comments.empty)).toBeInTheDocument();

    await commentAs('almaty.director', app.id, 'Проверьте устав, пожалуйста');
    const comments = await screen.findByTestId('comments');
    expect(comments).toHaveTextContent('Проверьте устав, пожалуйста');
    expect(comments).toHaveTextContent(await directorName());
    expect(area()).toHaveAttribute('data-version', String(app.version + 1));
    expect(screen.queryByTestId('changed-notice')).toBeNull();

    // The history follows too.
    await user.click(screen.getByRole('tab', { name: new RegExp(ru.tabs.history) }));
    expect(within(await screen.findByTestId('history')).getAllByText(ru.actionName.comment).length).toBeGreaterThan(0);
  });

  it('keeps typed input: says who changed what, shows the new state on request, then sends once', async () => {
    const { app, user } = await openCheck();
    await user.click(form().querySelector<HTMLInputElement>('input[value="incomplete"]')!);
    const missing = within(form()).getByLabelText(new RegExp(`^${escape(ru.fields.missingDocuments)}`));
    fireEvent.change(missing, { target: { value: 'Устав\nСправка о регистрации' } });

    // My own comment from this tab: the card takes it, no notice.
    await user.click(screen.getByRole('tab', { name: new RegExp(ru.tabs.comments) }));
    fireEvent.change(await screen.findByLabelText(new RegExp(`^${escape(ru.comments.new)}`)), { target: { value: 'Жду устав от заявителя' } });
    await user.click(screen.getByRole('button', { name: ru.comments.send }));
    expect(await screen.findByTestId('comments')).toHaveTextContent('Жду устав от заявителя');
    await waitFor(() => expect(area()).toHaveAttribute('data-version', String(app.version + 1)));

    // The director comments in another tab: the card stays as it was and says so.
    await commentAs('almaty.director', app.id, 'Проверьте устав, пожалуйста');
    const notice = await screen.findByTestId('changed-notice');
    expect(notice).toHaveTextContent(await directorName());
    expect(notice).toHaveTextContent(ru.actionName.comment);
    expect(area()).toHaveAttribute('data-version', String(app.version + 1));
    expect(screen.getByTestId('comments')).not.toHaveTextContent('Проверьте устав, пожалуйста');
    expect(missing).toHaveValue('Устав\nСправка о регистрации');

    // Show the new state: the comment is there, the input still is.
    await user.click(within(notice).getByRole('button', { name: ru.conflict.reload }));
    await waitFor(() => expect(screen.queryByTestId('changed-notice')).toBeNull());
    expect(area()).toHaveAttribute('data-version', String(app.version + 2));
    expect(screen.getByTestId('comments')).toHaveTextContent('Проверьте устав, пожалуйста');
    expect(missing).toHaveValue('Устав\nСправка о регистрации');
    expect(form().querySelector<HTMLInputElement>('input[value="incomplete"]')!.checked).toBe(true);

    // Sent with the version now shown: no conflict, once.
    await user.click(within(form()).getByRole('button', { name: ru.submit.check_completeness }));
    await waitFor(async () => expect((await stored(app.id)).history.at(-1)?.kind).toBe('check_completeness'));
    const after = await stored(app.id);
    expect(after.version).toBe(app.version + 3);
    expect(after.data.missingDocuments).toEqual(['Устав', 'Справка о регистрации']);
    expect(actionPosts).toBe(1);
    await waitFor(() => expect(area()).toHaveAttribute('data-version', String(after.version)));
    expect(screen.queryByTestId('changed-notice')).toBeNull();
    expect(screen.queryByTestId('conflict')).toBeNull();
  });

  it('shows my own action once its answer arrives, even when the change feed brought it first while I was typing', async () => {
    const { app, user } = await openCheck();
    await user.click(form().querySelector<HTMLInputElement>('input[value="incomplete"]')!);
    fireEvent.change(within(form()).getByLabelText(new RegExp(`^${escape(ru.fields.missingDocuments)}`)), { target: { value: 'Устав' } });
    // The action is stored, its answer is lost (503): the change feed refreshes the card while
    // the form still holds the input; the automatic retry (same key) then gets the stored answer.
    await mockBackend().saveDemo({ faultRate: 1, faultPhase: 'after', faultKinds: ['503'] });
    await user.click(within(form()).getByRole('button', { name: ru.submit.check_completeness }));
    await waitFor(async () => expect((await stored(app.id)).version).toBe(app.version + 1), { interval: 20 });
    await mockBackend().saveDemo({ faultRate: 0 });
    await waitFor(() => expect(actionPosts).toBe(2));
    await waitFor(() => expect(area()).toHaveAttribute('data-version', String(app.version + 1)));
    expect(screen.queryByTestId('changed-notice')).toBeNull();
    expect(document.querySelector('form[data-step-form="check_completeness"]')).toBeNull();
    expect((await stored(app.id)).history.filter((h) => h.kind === 'check_completeness')).toHaveLength(1);
  });
});
