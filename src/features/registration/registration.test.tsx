// @vitest-environment jsdom
/**
 * Registration against the real mock backend when the server fails after it has stored the
 * application (a lost answer): the form keeps what was typed and says what happened; sending it
 * again carries the same idempotency key, so the office gets one application, not two.
 */
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiFetch, setApiBaseUrl } from '../../api/client';
import * as v from 'valibot';
import type { Application } from '../../domain/workflow/types';
import { channelsAccepted } from '../../domain/catalog';
import { makeValidBin } from '../../domain/identity/iin-bin';
import { mockBackend, resetMockBackend, server, signInAs } from '../../mocks/node';
import { writeDraft } from '../../shared/use-draft';
import { renderApp } from '../../test/render-app';
import { stubDocumentFonts } from '../../test/dom-stubs';
import ru from '../../../locales/ru/registration.json';
import common from '../../../locales/ru/common.json';
import { emptyRegistration, type RegistrationValues } from './registration-schema';

configure({ asyncUtilTimeout: 10_000 });

let keys: (string | null)[] = [];

beforeAll(() => {
  setApiBaseUrl('http://localhost');
  stubDocumentFonts(); // the comment box sizes itself to its text once the fonts are in
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/applications') keys.push(request.headers.get('Idempotency-Key'));
  });
});
beforeEach(async () => {
  localStorage.clear();
  keys = [];
  await resetMockBackend({ size: 0, seed: 3 });
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const NAME = 'ТОО «Повторная отправка»';
const faults = (rate: number) => apiFetch('/api/__demo/faults', { method: 'POST', body: { rate, phase: 'after', kinds: ['500'] }, schema: v.unknown() });
const registered = async () => (await mockBackend().store.list<Application>('applications')).filter((a) => a.applicant.name === NAME);

describe('registration when the answer is lost', () => {
  it('keeps the typed values, and sending again registers the application once', async () => {
    await signInAs('almaty.chancellery1');
    const clerk = (await mockBackend().staff()).find((s) => s.login === 'almaty.chancellery1')!;
    // The clerk's typed form, as its draft keeps it (the form opens with it).
    const values: RegistrationValues = {
      ...emptyRegistration,
      serviceId: 'design-license',
      variantId: 'issue',
      channel: channelsAccepted(clerk.providerId, 'design-license')[0],
      applicantType: 'organization',
      idNumber: makeValidBin(() => 0.37),
      name: NAME,
      documents: ['Заявление.pdf'],
    };
    writeDraft(`register.${clerk.id}`, values);
    await faults(1);

    renderApp('/register');
    expect(await screen.findByText(ru.draftRestored)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: ru.submit }));

    // The server stored it, then failed: the clerk is told, and nothing typed is gone.
    expect(await screen.findByText(common.apiError.internal)).toBeInTheDocument();
    expect(screen.getByDisplayValue(NAME)).toBeInTheDocument();
    expect(screen.getByDisplayValue(values.idNumber)).toBeInTheDocument();
    expect(await registered()).toHaveLength(1);

    await faults(0);
    await user.click(screen.getByRole('button', { name: ru.submit }));
    const [app] = await registered();
    expect(await screen.findByText(ru.registered.replace('{{regNo}}', app.regNo))).toBeInTheDocument();
    expect(await registered()).toHaveLength(1);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    // Registered: the form is empty again and its draft is gone.
    await waitFor(() => expect(screen.queryByDisplayValue(NAME)).toBeNull());
  });
});
