/**
 * Page object of the application card: sign in as whoever holds the current step, open the card,
 * perform "the action of the current step with default valid input", repeat. Journeys become
 * short loops; expected texts come from locales/.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Texts of a namespace, typed by the Russian file (the Kazakh one has the same keys). */
type Texts = {
  application: typeof import('../locales/ru/application.json');
  session: typeof import('../locales/ru/session.json');
  common: typeof import('../locales/ru/common.json');
};

/** Expected texts come from locales/ (read relative to this file: the package is ESM). */
export function loc<N extends keyof Texts>(lng: 'ru' | 'kk', ns: N): Texts[N] {
  return JSON.parse(readFileSync(new URL(`../locales/${lng}/${ns}.json`, import.meta.url), 'utf8')) as Texts[N];
}

type Lng = 'ru' | 'kk';
type Staff = { id: string; login: string; role: string; tier?: string; providerId: string };
type Detail = {
  application: { id: string; regNo: string; version: number; status: string; currentStepId: string | null; providerId: string };
  row: { step: { id: string; kind: string; role: string; tier?: string } | null; assignee: { id: string } | null };
  availableActions: { type: string; outcomes?: string[] }[];
};

/** Choices for a step, by step kind (anything not given takes the default valid input). */
export type StepChoice = {
  outcome?: string;
  missingDocuments?: string;
  reasons?: string;
  /** Return instead of approving/signing, with this reason. */
  returnReason?: string;
  pin?: string;
  /** Typed into the form's comment field before submitting. */
  comment?: string;
};

const TOKEN_KEY = 'kz-licensing.session';

/** The usual action of a step with valid input, for setting up by API. */
function defaultAction(
  kind: string,
  d: { application: { currentStepId: string | null }; candidates: { id: string; role: string; tier?: string }[]; variant: { steps: { id: string; role: string; tier?: string; outcomes: Record<string, string> }[] } },
): Record<string, unknown> {
  const step = d.variant.steps.find((s) => s.id === d.application.currentStepId)!;
  const next = d.variant.steps.find((s) => s.id === step.outcomes.done);
  const pick = (role: string, tier?: string) => d.candidates.find((c) => c.role === role && (!tier || !c.tier || c.tier === tier))!.id;
  const signature = { certificateSerial: 'E2E-SETUP', signedAt: new Date().toISOString() };
  const today = new Date().toISOString().slice(0, 10);
  switch (kind) {
    case 'resolve':
      return next?.role === 'department_head' ? { type: 'resolve', headId: pick('department_head', next.tier) } : next?.role === 'specialist' ? { type: 'resolve', executorId: pick('specialist', next.tier) } : { type: 'resolve' };
    case 'distribute':
      return { type: 'distribute', executorId: pick('specialist', next?.tier ?? step.tier) };
    case 'check_completeness':
      return { type: kind, outcome: 'complete' };
    case 'licensing_control':
      return { type: kind, outcome: 'documents_sufficient' };
    case 'request_conclusions':
      return { type: kind, bodies: ['health_department'] };
    case 'record_conclusion':
      return { type: kind, body: 'health_department', outcome: 'positive', summary: 'Замечаний нет' };
    case 'conclusion':
      return { type: kind, outcome: 'meets' };
    case 'approve':
      return { type: kind, outcome: 'approved' };
    case 'prepare_order':
      return { type: kind, orderNo: 'П-100' };
    case 'sign_order':
    case 'sign_result':
      return { type: kind, outcome: 'signed', signature };
    case 'prepare_result':
      return { type: kind, documentNo: 'KZ-100' };
    case 'prepare_refusal':
      return { type: kind, reasons: ['Не представлены документы'] };
    case 'issue':
      return { type: kind, via: 'hand_out' };
    case 'schedule_test':
      return { type: kind, testDate: today };
    case 'record_test':
      return { type: kind, outcome: 'passed' };
    case 'prepare_commission':
      return { type: kind, meetingDate: today };
    case 'commission_review':
      return { type: kind, protocolNo: 'ЛК-1', outcome: 'positive' };
    default:
      return { type: kind };
  }
}

/** The primary button of a step's form (for submitting it again after a failure). */
const SUBMIT_OF: Partial<Record<string, (t: Texts['application']) => string>> = {
  register: (t) => t.submit.register,
  resolve: (t) => t.submit.assign,
  distribute: (t) => t.submit.assign,
  check_completeness: (t) => t.submit.check_completeness,
  licensing_control: (t) => t.submit.licensing_control,
  request_conclusions: (t) => t.submit.request_conclusions,
  record_conclusion: (t) => t.submit.record_conclusion,
  conclusion: (t) => t.submit.conclusion,
  approve: (t) => t.submit.approve,
  prepare_order: (t) => t.submit.prepare_order,
  prepare_result: (t) => t.submit.prepare_result,
  prepare_refusal: (t) => t.submit.prepare_refusal,
  schedule_test: (t) => t.submit.schedule_test,
  record_test: (t) => t.submit.record_test,
  prepare_commission: (t) => t.submit.prepare_commission,
  commission_review: (t) => t.submit.commission_review,
};

export class ApplicationCard {
  readonly page: Page;
  readonly lng: Lng;
  readonly t: Texts['application'];
  readonly session: Texts['session'];
  private staff: Staff[] | null = null;
  private login: string | null = null;
  private readonly t0 = Date.now();

  private log(...args: unknown[]) {
    if (process.env.CARD_DEBUG) console.log(Date.now() - this.t0, ...args);
  }

  constructor(page: Page, lng: Lng = 'ru') {
    this.page = page;
    this.lng = lng;
    this.t = loc(lng, 'application');
    this.session = loc(lng, 'session');
  }

  /** Opens the app in the chosen language with a small demo data set (fast first load). */
  async start(size = 0) {
    if (process.env.CARD_DEBUG) {
      this.page.on('pageerror', (e) => console.log('pageerror', e.message));
      this.page.on('console', (m) => m.type() === 'error' && console.log('console', m.text().slice(0, 500)));
      const t0 = Date.now();
      this.page.on('framenavigated', (f) => f === this.page.mainFrame() && console.log('nav', Date.now() - t0, f.url()));
    }
    await this.page.addInitScript((lng) => localStorage.setItem('kz-licensing.lang', lng), this.lng);
    await this.page.goto('/sign-in');
    // The app renders only after the mock backend's worker started: from then on fetch reaches it.
    await expect(this.page.getByLabel(this.session.byLogin)).toBeVisible({ timeout: 45_000 });
    const reset = await this.api('POST', '/api/__demo/reset', { size, seed: 5 });
    expect(reset.status).toBe(200);
  }

  /** A request from inside the page (through the mock backend), with the stored session or `as`. */
  async api<T = unknown>(method: string, path: string, body?: unknown, as?: string): Promise<{ status: number; body: T }> {
    return this.page.evaluate(
      async ({ method, path, body, key, as }) => {
        const token = as ?? localStorage.getItem(key);
        const res = await fetch(path, {
          method,
          headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Session': token } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, body: text ? JSON.parse(text) : null };
      },
      { method, path, body, key: TOKEN_KEY, as },
    );
  }

  /**
   * Moves the application along by API (no UI) until `stopBefore` is the current step kind:
   * for setting up the cases that are about one step, not the whole journey.
   */
  async advanceByApi(id: string, stopBefore: string) {
    for (let i = 0; i < 40; i++) {
      const d = await this.detail(id);
      const step = d.row.step;
      if (!step || step.kind === stopBefore) return d;
      const login = await this.holderOf(d);
      const session = await this.api<{ token: string }>('POST', '/api/session', { login });
      const token = session.body.token;
      let version = d.application.version;
      const key = () => `e2e-adv-${id}-${version}-${Math.random().toString(36).slice(2)}`;
      if (!d.row.assignee) {
        const took = await this.api('POST', `/api/applications/${id}/actions`, { action: { type: 'take' }, expectedVersion: version, idempotencyKey: key() }, token);
        expect(took.status, JSON.stringify(took.body)).toBe(200);
        version += 1;
      }
      const mine = await this.api<Detail & { candidates: { id: string; role: string; tier?: string }[]; variant: { steps: { id: string; role: string; tier?: string; outcomes: Record<string, string> }[] } }>(
        'GET',
        `/api/applications/${id}`,
        undefined,
        token,
      );
      const action = defaultAction(step.kind, mine.body);
      const res = await this.api('POST', `/api/applications/${id}/actions`, { action, expectedVersion: version, idempotencyKey: key() }, token);
      expect(res.status, `${step.kind}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    throw new Error('advanceByApi: too many steps');
  }

  /** Signs in by API (no navigation); used for setting things up. */
  async signInQuietly(login: string) {
    const res = await this.api<{ token: string }>('POST', '/api/session', { login });
    expect(res.status, `sign in ${login}`).toBe(201);
    await this.page.evaluate(({ key, token }) => localStorage.setItem(key, token), { key: TOKEN_KEY, token: res.body.token });
    this.login = login;
  }

  /** Goes to `path` inside the running app (the router follows history), without a reload. */
  async go(path: string) {
    const inApp = await this.page.evaluate(() => Boolean((globalThis as { __KZ_MOCK_BACKEND_READY__?: boolean }).__KZ_MOCK_BACKEND_READY__)).catch(() => false);
    if (!inApp) {
      await this.page.goto(path);
      return;
    }
    await this.page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, path);
  }

  /**
   * Signs in through the sign-in page and lands on `next`. A failed sign-in (the field says why,
   * in the user's language) is submitted again, as a user would.
   */
  async signIn(login: string, next: string) {
    await this.go(`/sign-in?next=${encodeURIComponent(next)}`);
    const target = next.split('?')[0];
    const field = this.page.getByLabel(this.session.byLogin);
    const arrived = () => new URL(this.page.url()).pathname === target;
    for (let attempt = 0; ; attempt++) {
      await field.fill(login);
      await this.page.getByRole('button', { name: this.session.submit, exact: true }).click();
      // (The field is gone once the page moved on: never wait for it.)
      const refused = async () => (await field.getAttribute('aria-invalid', { timeout: 1_000 }).catch(() => null)) === 'true';
      await expect.poll(async () => arrived() || (await refused()), { timeout: 30_000 }).toBe(true);
      if (arrived()) break;
      const said = (await field.getAttribute('aria-describedby', { timeout: 1_000 }).catch(() => null))?.split(' ') ?? [];
      const message = said.length ? await this.page.locator(said.map((d) => `[id="${d}"]`).join(',')).allInnerTexts() : [];
      this.log('sign-in failed', message.join(' '));
      expect(attempt, `sign in ${login}: ${message.join(' ')}`).toBeLessThan(8);
    }
    this.login = login;
  }

  /** Registers a paper application as `clerk`; returns its id and registration number. */
  async createApplication(clerk: string, body: { serviceId: string; variantId: string; channel?: string; name?: string; arrivedAt?: string }) {
    await this.signInQuietly(clerk);
    const bin = await this.page.evaluate(() => {
      // A valid BIN: 11 digits + the check digit of the national algorithm.
      const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
      const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      for (;;) {
        const d = `2005400${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`.split('').map(Number);
        let c = d.reduce((s, x, i) => s + x * w1[i], 0) % 11;
        if (c === 10) c = d.reduce((s, x, i) => s + x * w2[i], 0) % 11;
        if (c !== 10) return d.join('') + c;
      }
    });
    const res = await this.api<Detail>('POST', '/api/applications', {
      serviceId: body.serviceId,
      variantId: body.variantId,
      ...(body.channel ? { channel: body.channel } : {}),
      ...(body.arrivedAt ? { arrivedAt: body.arrivedAt } : {}),
      applicant: { type: 'organization', bin, name: body.name ?? 'ТОО «Алатау Құрылыс»' },
      documents: [
        { name: 'Заявление.pdf', kind: 'application' },
        { name: 'Устав.pdf', kind: 'other' },
      ],
      idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.application.id, regNo: res.body.application.regNo };
  }

  /** A GET of the test's own, repeated on 5xx (injected faults must not make the test's reads flake). */
  async read<T>(path: string): Promise<T> {
    for (let i = 0; i < 10; i++) {
      const res = await this.api<T>('GET', path);
      if (res.status < 500) {
        expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
        return res.body;
      }
    }
    throw new Error(`${path} kept failing`);
  }

  async detail(id: string): Promise<Detail> {
    return this.read<Detail>(`/api/applications/${encodeURIComponent(id)}`);
  }

  private async staffList(): Promise<Staff[]> {
    if (!this.staff) {
      const body = await this.read<{ providers: { staff: Staff[] }[] }>('/api/session/demo-users');
      this.staff = body.providers.flatMap((p) => p.staff);
    }
    return this.staff;
  }

  /** Login of the holder of the current step (or of someone who may take it from the queue). */
  async holderOf(d: Detail): Promise<string> {
    const staff = await this.staffList();
    const step = d.row.step!;
    const member = d.row.assignee
      ? staff.find((s) => s.id === d.row.assignee!.id)
      : staff.find((s) => s.providerId === d.application.providerId && s.role === step.role && (s.tier ?? null) === (step.tier ?? null));
    if (!member) throw new Error(`nobody holds ${step.id}`);
    return member.login;
  }

  /** Opens the card of `id` as `login` (through the sign-in page when the person changes). */
  async openAs(login: string, id: string) {
    const path = `/applications/${encodeURIComponent(id)}`;
    if (this.login !== login) await this.signIn(login, path);
    else if (!this.page.url().endsWith(path)) await this.go(path);
    // The card's own error state (its requests failed after their retries) offers "retry".
    const area = this.page.getByTestId('action-area');
    const retry = this.page.getByRole('button', { name: this.t.page.retry, exact: true });
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(area.or(retry).first()).toBeVisible({ timeout: 30_000 });
      if (await area.isVisible()) return;
      this.log('card failed to load: retry');
      await retry.click();
    }
    await expect(area).toBeVisible();
  }

  actionArea() {
    return this.page.getByTestId('action-area');
  }

  /**
   * Performs the current step of `id` as its holder with default valid input (or `choice`),
   * taking it from the queue first when needed; waits until the card shows the next version.
   * Returns the step kind performed, or null when the application is finished.
   */
  async performStep(id: string, choices: Partial<Record<string, StepChoice>> = {}): Promise<string | null> {
    const d = await this.detail(id);
    if (!d.row.step) return null;
    const login = await this.holderOf(d);
    this.log('step', d.row.step.kind, 'holder', login);
    await this.openAs(login, id);
    const area = this.actionArea();
    await expect(area).toHaveAttribute('data-version', String(d.application.version));
    let version = d.application.version;
    const take = area.getByRole('button', { name: this.t.submit.take, exact: true });
    if (await take.isVisible()) {
      await take.click();
      version += 1;
      await this.settle(version, () => take.click());
    }
    const form = area.locator('form[data-step-form]').first();
    await expect(form).toBeVisible();
    const kind = (await form.getAttribute('data-step-form'))!;
    this.log('fill', kind, login);
    const choice = choices[kind] ?? {};
    await this.fill(kind, choice);
    await this.settle(version + 1, () => this.submitAgain(kind, choice));
    this.log('done', kind);
    return kind;
  }

  /**
   * After a submit: waits until the card shows `version`. A failure is handled the way a user
   * would: read the translated message, press the form's "send again" (the same intent, the same
   * idempotency key) or, when it offers none, submit the form again; never a reload.
   */
  async settle(version: number, submitAgain: () => Promise<void>) {
    const area = this.actionArea();
    const error = area.getByTestId('action-error').first();
    const conflict = area.getByTestId('conflict');
    const moved = async () => (await area.getAttribute('data-version', { timeout: 5_000 }).catch(() => null)) === String(version);
    const messages = Object.values(loc(this.lng, 'common').apiError);
    for (let attempt = 0; ; attempt++) {
      await expect.poll(async () => (await moved()) || (await error.isVisible()) || (await conflict.isVisible()), { timeout: 45_000 }).toBe(true);
      if (await moved()) return;
      // Nobody else works on this application: a conflict would be with one's own earlier attempt.
      if (await conflict.isVisible()) throw new Error(`a conflict with oneself at version ${version}: ${await conflict.innerText()}`);
      const text = await error.innerText({ timeout: 5_000 }).catch(() => '');
      if (!text) continue; // the message went away meanwhile (the card moved on or a retry started)
      this.log('failed', version, text.replace(/\s+/g, ' '));
      expect(messages.some((m) => text.includes(m)), `the failure is explained in the user's language: ${text}`).toBe(true);
      expect(attempt, `gave up at version ${version}: ${text}`).toBeLessThan(8);
      const retry = error.getByRole('button', { name: this.t.error.retry, exact: true });
      // The message (and its button) may go away between the look and the click: the card moved
      // on, its change having been stored before the failure. The loop then sees where it stands.
      if (await retry.isVisible()) await retry.click({ timeout: 5_000 }).catch(() => undefined);
      else await submitAgain();
      // The old message goes away once the request is on its way again.
      await expect.poll(async () => (await moved()) || !(await error.isVisible()), { timeout: 10_000 }).toBe(true);
    }
  }

  /** The primary button of the step's form pressed again (the sign dialog passed again). */
  private async submitAgain(kind: string, choice: StepChoice) {
    const dialog = this.page.getByRole('dialog', { name: this.t.sign.title });
    if (kind === 'sign_order' || kind === 'sign_result') {
      if (!(await dialog.isVisible())) await this.actionArea().locator(`form[data-step-form="${kind}"]`).getByRole('button', { name: this.t.submit.sign, exact: true }).click();
      return this.signInDialog(choice.pin ?? '123456');
    }
    const form = this.actionArea().locator(`form[data-step-form="${kind}"]`);
    if (kind === 'issue') {
      const refusal = form.getByRole('button', { name: this.t.submit.issueRefusal, exact: true });
      return (await refusal.isVisible()) ? refusal.click() : form.getByRole('button', { name: this.t.submit.issue, exact: true }).click();
    }
    const name = SUBMIT_OF[kind]?.(this.t);
    if (!name) throw new Error(`no submit button known for ${kind}`);
    await form.getByRole('button', { name, exact: true }).click();
  }

  /** Runs steps until the application is finished or `stopBefore` is the next step kind. */
  async run(id: string, opts: { choices?: Partial<Record<string, StepChoice>>; stopBefore?: string; max?: number } = {}) {
    const done: string[] = [];
    for (let i = 0; i < (opts.max ?? 40); i++) {
      const d = await this.detail(id);
      if (!d.row.step) return { done, status: d.application.status };
      if (opts.stopBefore && d.row.step.kind === opts.stopBefore) return { done, status: d.application.status };
      const kind = await this.performStep(id, opts.choices);
      if (kind) done.push(kind);
    }
    throw new Error(`too many steps: ${done.join(' → ')}`);
  }

  private radio(form: ReturnType<Page['locator']>, value: string) {
    return form.locator(`input[type="radio"][value="${value}"]`);
  }

  /** Fills the form of `kind` with default valid input and submits it. */
  async fill(kind: string, choice: StepChoice) {
    const t = this.t;
    const form = this.actionArea().locator(`form[data-step-form="${kind}"]`);
    const submit = (name: string) => form.getByRole('button', { name, exact: true }).click();
    const today = new Date().toISOString().slice(0, 10);
    if (choice.comment !== undefined) {
      // The director's comment to a resolution is the resolution itself.
      const field = form.getByLabel(kind === 'resolve' ? t.fields.resolution : t.fields.comment, { exact: true });
      await field.fill(choice.comment, { timeout: 15_000 });
      await expect(field).toHaveValue(choice.comment);
    }
    switch (kind) {
      case 'register':
        return submit(t.submit.register);
      case 'resolve':
      case 'distribute': {
        await form.locator('input[type="radio"]').first().check();
        return submit(t.submit.assign);
      }
      case 'check_completeness': {
        const outcome = choice.outcome ?? 'complete';
        await this.radio(form, outcome).check();
        if (outcome === 'incomplete') await form.getByLabel(t.fields.missingDocuments).fill(choice.missingDocuments ?? 'Справка о зарегистрированном юридическом лице');
        return submit(t.submit.check_completeness);
      }
      case 'licensing_control': {
        const outcome = choice.outcome ?? 'site_visit';
        await this.radio(form, outcome).check();
        if (outcome === 'site_visit') {
          await form.getByLabel(t.fields.visitDate).fill(today);
          await form.getByLabel(t.fields.findings).fill('Объект осмотрен, оборудование и штат соответствуют заявленным.');
        }
        return submit(t.submit.licensing_control);
      }
      case 'request_conclusions':
        await form.locator('input[type="checkbox"][value="health_department"]').check();
        return submit(t.submit.request_conclusions);
      case 'record_conclusion': {
        await this.radio(form, choice.outcome ?? 'positive').check();
        await form.getByLabel(t.fields.summary).fill('Замечаний нет, помещение соответствует санитарным требованиям.');
        return submit(t.submit.record_conclusion);
      }
      case 'conclusion': {
        const outcome = choice.outcome ?? 'meets';
        await this.radio(form, outcome).check();
        if (outcome === 'does_not_meet') await form.getByLabel(t.fields.reasons).fill(choice.reasons ?? 'Нет аттестованных специалистов');
        return submit(t.submit.conclusion);
      }
      case 'approve':
        if (choice.returnReason) return this.returnWith('approve', choice.returnReason);
        return submit(t.submit.approve);
      case 'prepare_order':
        await form.getByLabel(t.fields.orderNo).fill(`П-${Math.floor(Math.random() * 900 + 100)}`);
        return submit(t.submit.prepare_order);
      case 'sign_order':
      case 'sign_result':
        if (choice.returnReason) return this.returnWith(kind, choice.returnReason);
        await submit(t.submit.sign);
        return this.signInDialog(choice.pin ?? '123456');
      case 'prepare_result': {
        const input = form.locator('input[type="text"], input:not([type])').first();
        await input.fill(`KZ${Math.floor(Math.random() * 90000 + 10000)}VKP`);
        return submit(t.submit.prepare_result);
      }
      case 'prepare_refusal': {
        const reasons = form.getByLabel(t.fields.refusalReasons);
        if (!(await reasons.inputValue()).trim()) await reasons.fill(choice.reasons ?? 'Не представлены документы, подтверждающие квалификацию');
        return submit(t.submit.prepare_refusal);
      }
      case 'issue': {
        const refused = await form.getByRole('button', { name: t.submit.issueRefusal, exact: true }).isVisible();
        return submit(refused ? t.submit.issueRefusal : t.submit.issue);
      }
      case 'schedule_test':
        await form.getByLabel(t.fields.testDate).fill(today);
        return submit(t.submit.schedule_test);
      case 'record_test':
        await this.radio(form, choice.outcome ?? 'passed').check();
        await form.getByLabel(t.fields.score).fill('87');
        return submit(t.submit.record_test);
      case 'prepare_commission':
        await form.getByLabel(t.fields.meetingDate).fill(today);
        return submit(t.submit.prepare_commission);
      case 'commission_review':
        await form.getByLabel(t.fields.protocolNo).fill('ЛК-14');
        await this.radio(form, choice.outcome ?? 'positive').check();
        return submit(t.submit.commission_review);
      default:
        throw new Error(`no default input for ${kind}`);
    }
  }

  /** "Вернуть" with a reason. */
  async returnWith(kind: string, reason: string) {
    const area = this.actionArea();
    await area.getByRole('button', { name: this.t.submit.openReturn, exact: true }).click();
    const section = area.locator(`form[data-step-form="${kind}:return"]`);
    await section.getByLabel(this.t.fields.returnReason).fill(reason);
    await section.getByRole('button', { name: this.t.submit.return, exact: true }).click();
  }

  /** The NCALayer dialog: the default (valid signing) certificate, the PIN, sign. */
  async signInDialog(pin: string) {
    const dialog = this.page.getByRole('dialog', { name: this.t.sign.title });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(this.t.sign.pin).fill(pin);
    await dialog.getByRole('button', { name: this.t.sign.submit, exact: true }).click();
  }
}
