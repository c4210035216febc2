// @vitest-environment jsdom
/**
 * Script and HTML typed into any text field come back as text: an applicant's name, a comment,
 * a document name, the registration note, a saved view's name and a search are stored by the
 * backend as given and rendered by React as text nodes, never as markup (no element is created
 * from them, no handler runs). The e2e twin (e2e/security.spec.ts) does the same in Chromium.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiFetch, setApiBaseUrl } from '../api/client';
import { createApplication } from '../api/applications';
import { makeValidBin } from '../domain/identity/iin-bin';
import { resetMockBackend, server, signInAs } from '../mocks/node';
import { renderApp } from './render-app';
import * as v from 'valibot';
import ruApp from '../../locales/ru/application.json';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

const NAME = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const COMMENT = '<svg onload=alert(3)></svg><a href="javascript:alert(4)">click</a> "quoted" & \'single\'';
const DOC = '<iframe src="javascript:alert(5)"></iframe>.pdf';

/** What must never appear in the DOM when the payloads are rendered. */
function expectNoInjectedMarkup() {
  expect(document.querySelectorAll('img[src="x"], script, iframe, svg[onload], a[href^="javascript:"]')).toHaveLength(0);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} has ${attr}`).toBe(false);
  }
}

/** The inbox's virtualizer measures its scroll box; jsdom has no layout, so give it a screenful. */
function stubLayout() {
  const saved = ['clientHeight', 'clientWidth'].map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const);
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 880 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1400 });
  return () => saved.forEach(([k, d]) => d && Object.defineProperty(HTMLElement.prototype, k, d));
}

let alertSpy: ReturnType<typeof vi.fn>;
let restoreLayout: () => void;
beforeAll(() => {
  setApiBaseUrl('http://localhost');
  window.scrollTo = () => {};
  // The card waits for document.fonts (jsdom has none).
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() } });
  }
  server.listen({ onUnhandledRequest: 'error' });
  restoreLayout = stubLayout();
});
beforeEach(async () => {
  localStorage.clear();
  await resetMockBackend({ size: 0, seed: 1 });
  alertSpy = vi.fn();
  window.alert = alertSpy as unknown as typeof window.alert;
});
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  restoreLayout();
});

async function hostileApplication() {
  await signInAs('almaty.chancellery1');
  const detail = await createApplication({
    serviceId: 'design-license',
    variantId: 'issue',
    applicant: { type: 'organization', bin: makeValidBin(() => 0.42), name: NAME },
    documents: [{ name: DOC, kind: 'other' }],
    comment: COMMENT,
    idempotencyKey: `xss-${Math.random().toString(36).slice(2)}`,
  });
  const id = detail.application.id;
  await apiFetch(`/api/applications/${id}/comments`, {
    method: 'POST',
    body: { text: COMMENT, idempotencyKey: `xss-c-${Math.random().toString(36).slice(2)}` },
    schema: v.unknown(),
  });
  return detail.application;
}

describe('hostile text renders as text', () => {
  it('the backend stores the payloads exactly as typed', async () => {
    const app = await hostileApplication();
    const stored = await apiFetch(`/api/applications/${app.id}`, { schema: v.any() });
    expect(stored.application.applicant.name).toBe(NAME);
    expect(stored.application.comments.map((c: { text: string }) => c.text)).toContain(COMMENT);
    expect(stored.application.documents.map((d: { name: string }) => d.name)).toContain(DOC);
  });

  it('in the inbox row and in the card (header, comments, documents), literally and inert', async () => {
    const app = await hostileApplication();
    const inbox = renderApp('/inbox');
    const row = await screen.findByRole('link', { name: app.regNo });
    expect(within(row.closest('tr')!).getByText(NAME)).toBeInTheDocument();
    expectNoInjectedMarkup();
    inbox.unmount();

    renderApp(`/applications/${app.id}`);
    await screen.findByRole('heading', { name: ruApp.header.title.replace('{{regNo}}', app.regNo) }, { timeout: 30_000 });
    expect(screen.getAllByText(NAME).length).toBeGreaterThan(0);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: new RegExp(ruApp.tabs.comments) }));
    expect((await screen.findAllByText(COMMENT)).length).toBeGreaterThan(0);
    expectNoInjectedMarkup();
    await user.click(screen.getByRole('tab', { name: new RegExp(ruApp.tabs.documents) }));
    expect((await screen.findAllByText(DOC)).length).toBeGreaterThan(0);
    expectNoInjectedMarkup();
    await waitFor(() => expect(alertSpy).not.toHaveBeenCalled());
  });
});
