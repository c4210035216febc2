// @vitest-environment jsdom
/**
 * Reassignment in the card against the real mock backend: offered only when the server lists
 * the `assign` action; a person is required, the reason is optional and limited; a server error
 * keeps the input; a colleague acting first gives a conflict that says who and what; then the
 * choice goes through once, with the card's version and one idempotency key.
 */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setApiBaseUrl } from '../../api/client';
import { mockBackend, resetMockBackend, server, signInAs } from '../../mocks/node';
import { renderApp } from '../../test/render-app';
import ru from '../../../locales/ru/application.json';
import common from '../../../locales/ru/common.json';
import { atStep, commentAs, newApplication, stored, stubDocumentFonts } from './card-test-support';

configure({ asyncUtilTimeout: 10_000 });

type Post = { key: string | null; body: { action?: { type?: string }; expectedVersion?: number } };
let posts: Post[] = [];

beforeAll(() => {
  setApiBaseUrl('http://localhost');
  stubDocumentFonts();
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', async ({ request }) => {
    if (request.method !== 'POST' || !request.url.endsWith('/actions')) return;
    const post: Post = { key: request.headers.get('Idempotency-Key'), body: {} };
    posts.push(post);
    post.body = (await request.clone().json()) as Post['body'];
  });
});
beforeEach(async () => {
  localStorage.clear();
  posts = [];
  await resetMockBackend({ size: 0, seed: 5 });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const form = () => document.querySelector<HTMLElement>('form[data-step-form="assign"]')!;
const staffName = async (id: string | null) => (await mockBackend().staff()).find((s) => s.id === id)!.name.ru;

/** An application at the specialist's completeness check, opened by a department head. */
async function openAsHead() {
  const created = await newApplication('almaty');
  const { app } = await atStep(created.id, 'check_completeness');
  await signInAs('almaty.head1');
  posts = [];
  renderApp(`/applications/${app.id}`);
  await screen.findByTestId('holder-line');
  return { app, user: userEvent.setup() };
}

describe('reassignment in the card', () => {
  it('is offered to the head but not to the performer of the step', async () => {
    const created = await newApplication('almaty');
    const { app } = await atStep(created.id, 'check_completeness');
    const view = renderApp(`/applications/${app.id}`);
    await screen.findByRole('button', { name: ru.submit.check_completeness });
    expect(screen.queryByRole('button', { name: ru.reassign.open })).toBeNull();
    view.unmount();

    await signInAs('almaty.head1');
    renderApp(`/applications/${app.id}`);
    expect(await screen.findByRole('button', { name: ru.reassign.open })).toBeInTheDocument();
  });

  it('refuses invalid input, keeps it through a server error and a conflict, then reassigns once', async () => {
    const { app, user } = await openAsHead();
    await user.click(await screen.findByRole('button', { name: ru.reassign.open }));
    const submit = () => user.click(within(form()).getByRole('button', { name: ru.reassign.submit }));

    // Candidates: the other specialists with their load; the current performer is not offered.
    const radios = await within(form()).findAllByRole('radio');
    const specialists = (await mockBackend().staff()).filter((s) => s.providerId === app.providerId && s.role === 'specialist' && s.active !== false);
    expect(radios).toHaveLength(specialists.length - 1);
    expect(within(form()).queryByLabelText(await staffName(app.assigneeId))).toBeNull();
    await waitFor(() => expect(within(form()).getAllByText(/^в работе \d+ заявлени/).length).toBe(radios.length));

    // 1. Invalid: no person and a reason over the limit — said at the fields, nothing sent.
    const reason = within(form()).getByLabelText(new RegExp(`^${escape(ru.reassign.reason)}`));
    fireEvent.change(reason, { target: { value: 'x'.repeat(2001) } });
    await submit();
    expect(await within(form()).findByText(ru.rule.required)).toBeInTheDocument();
    expect(within(form()).getAllByText(/2\s001 символов при лимите 2\s000/).length).toBeGreaterThan(0);
    expect(posts).toHaveLength(0);

    // 2. Server error: said in words, the input stays, nothing changes.
    const target = specialists.find((s) => s.id !== app.assigneeId)!;
    await user.click(within(form()).getByLabelText(target.name.ru));
    fireEvent.change(reason, { target: { value: 'Исполнитель в отпуске' } });
    server.use(http.post('*/api/applications/:id/actions', () => HttpResponse.json({ code: 'internal' }, { status: 500 }), { once: true }));
    await submit();
    expect(await screen.findByTestId('action-error')).toHaveTextContent(common.apiError.internal);
    expect((await stored(app.id)).version).toBe(app.version);
    expect(within(form()).getByLabelText<HTMLInputElement>(target.name.ru).checked).toBe(true);
    expect(reason).toHaveValue('Исполнитель в отпуске');

    // 3. The director comments first: the conflict says who and what; the input stays.
    await commentAs('almaty.director', app.id, 'Передайте другому специалисту');
    await submit();
    const conflict = await screen.findByTestId('conflict');
    expect(conflict).toHaveTextContent(await staffName('almaty-director'));
    expect(conflict).toHaveTextContent(ru.actionName.comment);
    expect(reason).toHaveValue('Исполнитель в отпуске');

    // 4. Reload and send: exactly one request with the new version, the reason in the audit.
    await user.click(within(conflict).getByRole('button', { name: ru.conflict.reload }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).not.toBeInTheDocument());
    const before = posts.length;
    await submit();
    await waitFor(async () => expect((await stored(app.id)).assigneeId).toBe(target.id));
    const after = await stored(app.id);
    expect(after.version).toBe(app.version + 2);
    expect(after.executorId).toBe(target.id);
    expect(after.audit.at(-1)).toMatchObject({ action: 'assign', actorId: 'almaty-head1', comment: 'Исполнитель в отпуске', assigneeId: target.id });
    const sent = posts.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].key).toMatch(/.{8,}/);
    expect(sent[0].body).toMatchObject({ action: { type: 'assign' }, expectedVersion: app.version + 1 });
    // The card shows the new performer; the form is closed and its draft gone.
    await waitFor(() => expect(screen.getByTestId('card-performer')).toHaveTextContent(target.name.ru));
    expect(screen.queryByTestId('reassign')).toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('kz-licensing.draft') && k.endsWith(':assign'))).toEqual([]);
  });
});
