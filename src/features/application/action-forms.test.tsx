// @vitest-environment jsdom
/**
 * Every action form against the real mock backend (MSW node server), one card per form:
 * invalid input is refused before sending, a server error keeps the input, someone acting
 * first gives a conflict that says who and what, and after reloading the valid input goes through.
 */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setApiBaseUrl } from '../../api/client';
import type { StepKind } from '../../domain/catalog/types';
import type { Action, Application } from '../../domain/workflow/types';
import { mockBackend, resetMockBackend, server } from '../../mocks/node';
import { renderApp } from '../../test/render-app';
import ru from '../../../locales/ru/application.json';
import common from '../../../locales/ru/common.json';
import { atStep, commentAs, newApplication, PROVIDERS, stored, stubDocumentFonts } from './card-test-support';
import { setNcaLayerDelay } from './sign/ncalayer-sim';

configure({ asyncUtilTimeout: 10_000 });

type Ui = { form: () => HTMLElement; user: ReturnType<typeof userEvent.setup> };
type Case = {
  kind: StepKind;
  provider: keyof typeof PROVIDERS;
  variant?: string;
  service?: string;
  /** Actions of earlier steps, when the usual ones do not lead here. */
  choose?: (kind: StepKind) => Action | null;
  /** Makes the form invalid; returns the error text expected at a field. */
  invalid: (ui: Ui) => Promise<string>;
  /** Valid input. */
  fill: (ui: Ui) => Promise<void>;
  submitLabel: string;
  /** Signs in the dialog after the primary button. */
  sign?: boolean;
};

const byValue = (ui: Ui, value: string) => ui.form().querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const field = (ui: Ui, label: string) => within(ui.form()).getByLabelText(new RegExp(`^${escape(label)}`));
const setValue = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const longComment = async (ui: Ui) => {
  setValue(field(ui, ru.fields.comment), 'x'.repeat(2001));
  return ru.rule.tooLong.replace('{{max}}', '2 000');
};
const clearComment = async (ui: Ui) => {
  setValue(field(ui, ru.fields.comment), '');
};
const pickFirst = async (ui: Ui) => {
  await ui.user.click(within(ui.form()).getAllByRole('radio')[0]);
};

const CASES: Case[] = [
  { kind: 'register', provider: 'almaty', invalid: longComment, fill: clearComment, submitLabel: ru.submit.register },
  { kind: 'resolve', provider: 'almaty', invalid: async () => ru.rule.required, fill: pickFirst, submitLabel: ru.submit.assign },
  { kind: 'distribute', provider: 'almaty', invalid: async () => ru.rule.required, fill: pickFirst, submitLabel: ru.submit.assign },
  {
    kind: 'check_completeness',
    provider: 'almaty',
    invalid: async (ui) => {
      await ui.user.click(byValue(ui, 'incomplete'));
      return ru.rule.required;
    },
    fill: async (ui) => {
      setValue(field(ui, ru.fields.missingDocuments), 'Справка о регистрации\n<b>Устав</b>');
    },
    submitLabel: ru.submit.check_completeness,
  },
  {
    kind: 'licensing_control',
    provider: 'almaty',
    invalid: async (ui) => {
      await ui.user.click(byValue(ui, 'site_visit'));
      return ru.rule.required;
    },
    fill: async (ui) => {
      setValue(field(ui, ru.fields.visitDate), '2026-03-20');
      setValue(field(ui, ru.fields.findings), 'Объект осмотрен');
    },
    submitLabel: ru.submit.licensing_control,
  },
  {
    kind: 'conclusion',
    provider: 'almaty',
    invalid: async (ui) => {
      await ui.user.click(byValue(ui, 'does_not_meet'));
      return ru.rule.required;
    },
    fill: async (ui) => {
      await ui.user.click(byValue(ui, 'meets'));
    },
    submitLabel: ru.submit.conclusion,
  },
  { kind: 'approve', provider: 'almaty', invalid: longComment, fill: clearComment, submitLabel: ru.submit.approve },
  {
    kind: 'prepare_order',
    provider: 'almaty',
    invalid: async () => ru.rule.required,
    fill: async (ui) => {
      setValue(field(ui, ru.fields.orderNo), 'П-17');
    },
    submitLabel: ru.submit.prepare_order,
  },
  { kind: 'sign_order', provider: 'almaty', invalid: longComment, fill: clearComment, submitLabel: ru.submit.sign, sign: true },
  {
    kind: 'prepare_result',
    provider: 'almaty',
    invalid: async () => ru.rule.required,
    fill: async (ui) => {
      setValue(field(ui, ru.fields.documentNo.license), '16012345');
    },
    submitLabel: ru.submit.prepare_result,
  },
  { kind: 'sign_result', provider: 'almaty', invalid: longComment, fill: clearComment, submitLabel: ru.submit.sign, sign: true },
  { kind: 'issue', provider: 'almaty', invalid: longComment, fill: clearComment, submitLabel: ru.submit.issue },
  {
    kind: 'prepare_refusal',
    provider: 'almaty',
    choose: (kind) => (kind === 'check_completeness' ? { type: 'check_completeness', outcome: 'incomplete', missingDocuments: ['Устав'] } : null),
    invalid: async (ui) => {
      expect(field(ui, ru.fields.refusalReasons)).toHaveValue('Устав');
      setValue(field(ui, ru.fields.refusalReasons), '  ');
      return ru.rule.required;
    },
    fill: async (ui) => {
      setValue(field(ui, ru.fields.refusalReasons), 'Не представлен устав');
    },
    submitLabel: ru.submit.prepare_refusal,
  },
  {
    kind: 'request_conclusions',
    provider: 'uebp',
    invalid: async () => ru.rule.chooseOne,
    fill: async (ui) => {
      await ui.user.click(byValue(ui, 'health_department'));
    },
    submitLabel: ru.submit.request_conclusions,
  },
  {
    kind: 'record_conclusion',
    provider: 'uebp',
    choose: (kind) => (kind === 'request_conclusions' ? { type: 'request_conclusions', bodies: ['health_department'], pause: true } : null),
    invalid: async () => ru.rule.required,
    fill: async (ui) => {
      await ui.user.click(byValue(ui, 'positive'));
      setValue(field(ui, ru.fields.summary), 'Замечаний нет');
    },
    submitLabel: ru.submit.record_conclusion,
  },
  {
    kind: 'schedule_test',
    provider: 'aktobe',
    variant: 'attestation',
    invalid: async () => ru.rule.required,
    fill: async (ui) => {
      setValue(field(ui, ru.fields.testDate), '2026-04-01');
    },
    submitLabel: ru.submit.schedule_test,
  },
  {
    kind: 'record_test',
    provider: 'aktobe',
    variant: 'attestation',
    invalid: async (ui) => {
      setValue(field(ui, ru.fields.score), 'сто');
      return ru.rule.score;
    },
    fill: async (ui) => {
      await ui.user.click(byValue(ui, 'passed'));
      setValue(field(ui, ru.fields.score), '87');
    },
    submitLabel: ru.submit.record_test,
  },
  {
    kind: 'prepare_commission',
    provider: 'mrd',
    invalid: async () => ru.rule.required,
    fill: async (ui) => {
      setValue(field(ui, ru.fields.meetingDate), '2026-04-10');
    },
    submitLabel: ru.submit.prepare_commission,
  },
  {
    kind: 'commission_review',
    provider: 'mrd',
    invalid: async () => ru.rule.required,
    fill: async (ui) => {
      setValue(field(ui, ru.fields.protocolNo), 'ЛК-14');
      await ui.user.click(byValue(ui, 'positive'));
    },
    submitLabel: ru.submit.commission_review,
  },
];

/** Another colleague of the same provider (acts first to cause a conflict). */
async function colleagueOf(app: Application, holder: string): Promise<{ login: string; name: string }> {
  const staff = await mockBackend().staff();
  const other = staff.find((s) => s.providerId === app.providerId && s.login !== holder && s.role !== 'admin')!;
  return { login: other.login, name: other.name.ru };
}

let posts: { key: string | null }[] = [];
beforeAll(() => {
  setApiBaseUrl('http://localhost');
  stubDocumentFonts();
  setNcaLayerDelay(0);
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/actions')) posts.push({ key: request.headers.get('Idempotency-Key') });
  });
});
beforeEach(async () => {
  localStorage.clear();
  posts = [];
  await resetMockBackend({ size: 0, seed: 3 });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.each(CASES)('the $kind form', (c) => {
  it('refuses invalid input, keeps it through a server error and a conflict, then sends it once', async () => {
    const created = await newApplication(c.provider, c.variant ?? 'issue', c.service);
    const { app, login } = await atStep(created.id, c.kind, { choose: c.choose ? (step) => c.choose!(step.kind) : undefined });
    const ui: Ui = { user: userEvent.setup(), form: () => document.querySelector<HTMLElement>(`form[data-step-form="${c.kind}"]`)! };
    posts = [];
    renderApp(`/applications/${app.id}`);
    await screen.findByRole('button', { name: c.submitLabel });
    const submit = () => ui.user.click(within(ui.form()).getByRole('button', { name: c.submitLabel }));

    // 1. Invalid: a translated message at the field, nothing sent.
    const message = await c.invalid(ui);
    await submit();
    const norm = (t: string) => t.replace(/\s/g, ' ');
    expect((await within(ui.form()).findAllByText((t) => norm(t).startsWith(norm(message).slice(0, 12)))).length).toBeGreaterThan(0);
    expect(posts).toHaveLength(0);

    // 2. Server error: said in words, the input stays, the card does not move.
    await c.fill(ui);
    server.use(http.post('*/api/applications/:id/actions', () => HttpResponse.json({ code: 'internal' }, { status: 500 }), { once: true }));
    await submit();
    if (c.sign) await signInDialog(ui);
    const failure = await screen.findByTestId('action-error');
    expect(failure).toHaveTextContent(common.apiError.internal);
    expect((await stored(app.id)).version).toBe(app.version);

    // 3. Someone acts first (a colleague's comment): the card says who and what.
    const colleague = await colleagueOf(app, login);
    await commentAs(colleague.login, app.id, 'Прошу ускорить');
    await submit();
    if (c.sign) await signInDialog(ui);
    const conflict = await screen.findByTestId('conflict');
    expect(conflict).toHaveTextContent(colleague.name);
    expect(conflict).toHaveTextContent(ru.actionName.comment);

    // 4. Reload: the input is still there and goes through exactly once.
    const before = posts.length;
    await ui.user.click(within(conflict).getByRole('button', { name: ru.conflict.reload }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).not.toBeInTheDocument());
    await submit();
    if (c.sign) await signInDialog(ui);
    await waitFor(async () => expect((await stored(app.id)).version).toBe(app.version + 2));
    const after = await stored(app.id);
    expect(after.history.at(-1)?.kind).toBe(c.kind);
    expect(posts.length - before).toBe(1);
    await waitFor(() => expect(document.querySelector(`[data-testid="action-area"]`)).toHaveAttribute('data-version', String(after.version)));
    expect(Object.keys(localStorage).filter((k) => k.startsWith('kz-licensing.draft') && k.includes(`:${app.currentStepId}:`) && !k.endsWith(':return'))).toEqual([]);
  });
});

async function signInDialog(ui: Ui) {
  const dialog = await screen.findByRole('dialog', { name: ru.sign.title });
  const pin = within(dialog).getByLabelText(new RegExp(escape(ru.sign.pin)));
  await ui.user.clear(pin);
  await ui.user.type(pin, '123456');
  await ui.user.click(within(dialog).getByRole('button', { name: ru.sign.submit }));
}
