/**
 * Test support of the card's integration tests (imported by *.test.tsx only): new applications
 * and moving them along their chain through the real mock backend, as the people who hold each step.
 */
import { createApplication, postAction } from '../../api/applications';
import { getSessionToken, setSessionToken } from '../../api/client';
import type { Step } from '../../domain/catalog/types';
import { makeValidBin } from '../../domain/identity/iin-bin';
import type { Action, Application, StaffMember } from '../../domain/workflow/types';
import { findVariant } from '../../domain/catalog';
import { mockBackend, signInAs } from '../../mocks/node';

export const PROVIDERS = {
  almaty: { chancellery: 'almaty.chancellery1', serviceId: 'design-license' },
  aktobe: { chancellery: 'aktobe.chancellery1', serviceId: 'expert-attestation' },
  vko: { chancellery: 'vko.chancellery1', serviceId: 'design-license' },
  mrd: { chancellery: 'mrd.dep.chancellery1', serviceId: 'design-license' },
  uebp: { chancellery: 'uebp.chancellery1', serviceId: 'medical-activity-license' },
} as const;

let counter = 0;

/** Registers a paper application (as the provider's clerk); it stands at its first step. */
export async function newApplication(provider: keyof typeof PROVIDERS, variantId = 'issue', serviceId?: string): Promise<Application> {
  const p = PROVIDERS[provider];
  await signInAs(p.chancellery);
  counter += 1;
  const detail = await createApplication({
    serviceId: serviceId ?? p.serviceId,
    variantId,
    applicant: { type: 'organization', bin: makeValidBin(() => ((counter * 7919) % 1000) / 1000), name: `ТОО «Тест ${counter}»` },
    documents: [{ name: 'Заявление.pdf', kind: 'application' }],
    idempotencyKey: `test-create-${counter}-${Math.random().toString(36).slice(2)}`,
  });
  return detail.application as Application;
}

export async function stored(id: string): Promise<Application> {
  const app = await mockBackend().store.get<Application>('applications', id);
  if (!app) throw new Error(`no application ${id}`);
  return app;
}

function variantOf(app: Application) {
  const found = findVariant(app.providerId, app.serviceId, app.variantId);
  return found.ok ? found.value : undefined;
}

export function currentStepOf(app: Application): Step | null {
  return variantOf(app)?.steps.find((s) => s.id === app.currentStepId) ?? null;
}

/** Login of whoever holds (or may take) the current step. */
export async function holderLogin(app: Application): Promise<string> {
  const staff = await mockBackend().staff();
  const step = currentStepOf(app);
  if (!step) throw new Error('finished');
  const member = app.assigneeId
    ? staff.find((s) => s.id === app.assigneeId)
    : staff.find((s) => s.providerId === app.providerId && s.role === step.role && s.tier === step.tier && s.active !== false);
  if (!member) throw new Error(`nobody for ${step.id}`);
  return member.login;
}

/** The usual action of a step with valid input (the person chosen is the first who fits). */
export function defaultAction(step: Step, app: Application, staff: StaffMember[]): Action {
  const variant = variantOf(app)!;
  const next = variant.steps.find((s) => s.id === step.outcomes.done) ?? null;
  const first = (role: string, tier?: string) =>
    staff.find((m) => m.providerId === app.providerId && m.role === role && (tier === undefined || m.tier === tier) && m.active !== false)!.id;
  const signature = { certificateSerial: 'TEST-SERIAL-0001', signedAt: mockBackend().now().toISOString() };
  switch (step.kind) {
    case 'register':
      return { type: 'register' };
    case 'resolve':
      if (next?.role === 'department_head') return { type: 'resolve', headId: first('department_head', next.tier) };
      if (next?.role === 'specialist') return { type: 'resolve', executorId: first('specialist', next.tier) };
      return { type: 'resolve' };
    case 'distribute':
      return { type: 'distribute', executorId: first('specialist', next?.tier ?? step.tier) };
    case 'check_completeness':
      return { type: 'check_completeness', outcome: 'complete' };
    case 'licensing_control':
      return { type: 'licensing_control', outcome: 'documents_sufficient' };
    case 'request_conclusions':
      return { type: 'request_conclusions', bodies: ['health_department'] };
    case 'record_conclusion':
      return { type: 'record_conclusion', body: 'health_department', outcome: 'positive', summary: 'Замечаний нет' };
    case 'conclusion':
      return { type: 'conclusion', outcome: 'meets' };
    case 'approve':
      return { type: 'approve', outcome: 'approved' };
    case 'prepare_order':
      return { type: 'prepare_order', orderNo: 'П-1' };
    case 'sign_order':
      return { type: 'sign_order', outcome: 'signed', signature };
    case 'sign_result':
      return { type: 'sign_result', outcome: 'signed', signature };
    case 'prepare_result':
      return { type: 'prepare_result', documentNo: 'KZ-0001' };
    case 'prepare_refusal':
      return { type: 'prepare_refusal', reasons: ['Не представлены документы'] };
    case 'issue':
      return { type: 'issue', via: 'hand_out' };
    case 'schedule_test':
      return { type: 'schedule_test', testDate: '2026-04-01' };
    case 'record_test':
      return { type: 'record_test', outcome: 'passed' };
    case 'prepare_commission':
      return { type: 'prepare_commission', meetingDate: '2026-04-10' };
    case 'commission_review':
      return { type: 'commission_review', protocolNo: 'ЛК-1', outcome: 'positive' };
  }
}

/**
 * Performs steps (taking queued ones first) until `until(step)` holds for the current step.
 * `choose` may give the action of a step (e.g. a refusal); otherwise the seed's usual one.
 */
export async function advance(id: string, until: (step: Step, app: Application) => boolean, choose?: (step: Step, app: Application) => Action | null): Promise<Application> {
  for (let i = 0; i < 60; i++) {
    let app = await stored(id);
    const step = currentStepOf(app);
    if (!step || until(step, app)) return app;
    await signInAs(await holderLogin(app));
    if (app.assigneeId === null) {
      await postAction(id, { action: { type: 'take' }, expectedVersion: app.version, idempotencyKey: `take-${id}-${app.version}` });
      app = await stored(id);
    }
    const action = choose?.(step, app) ?? defaultAction(step, app, await mockBackend().staff());
    await postAction(id, { action: action as never, expectedVersion: app.version, idempotencyKey: `adv-${id}-${app.version}` });
  }
  throw new Error('advance: too many steps');
}

/** Moves the application to the first step of `kind` and signs in as its holder (taking it if queued). */
export async function atStep(
  id: string,
  kind: Step['kind'],
  opts: { take?: boolean; choose?: (step: Step, app: Application) => Action | null } = {},
): Promise<{ app: Application; login: string }> {
  let app = await advance(id, (s) => s.kind === kind, opts.choose);
  const login = await holderLogin(app);
  await signInAs(login);
  if (opts.take !== false && app.assigneeId === null) {
    await postAction(id, { action: { type: 'take' }, expectedVersion: app.version, idempotencyKey: `take-${id}-${app.version}` });
    app = await stored(id);
  }
  return { app, login };
}

/** Signs out of the Node client (tests start from a clean token). */
export function signOutLocally() {
  setSessionToken(null);
}

export { stubDocumentFonts } from '../../test/dom-stubs';

/**
 * A colleague comments on the application behind the signed-in user's back (their own session;
 * the Node client keeps the user's token): the next change by the user meets a newer version.
 */
export async function commentAs(login: string, appId: string, text: string): Promise<void> {
  const mine = getSessionToken();
  const token = await signInAs(login);
  setSessionToken(mine);
  const res = await fetch(`http://localhost/api/applications/${appId}/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Session': token },
    body: JSON.stringify({ text, idempotencyKey: `comment-${appId}-${Math.random().toString(36).slice(2)}` }),
  });
  if (res.status !== 201) throw new Error(`comment as ${login}: ${res.status}`);
}
