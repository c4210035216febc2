/**
 * Page object of the inbox: set up demo data through the mock backend (inside the page), sign in
 * through the sign-in page, and find tabs, rows, badges and filters by role and label. Expected
 * texts come from locales/.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { locale } from './locales';

type Lng = 'ru' | 'kk';
/** Locale texts and API answers, read loosely (their shapes are checked by the app's own tests). */
type Loose = ReturnType<typeof locale>;
const TOKEN_KEY = 'kz-licensing.session';

/** A valid BIN: 11 digits and the check digit of the national algorithm. */
function makeBin(n: number): string {
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  for (let k = n; ; k++) {
    const d = `1005400${String(k % 10000).padStart(4, '0')}`.split('').map(Number);
    let c = d.reduce((s, x, i) => s + x * w1[i], 0) % 11;
    if (c === 10) c = d.reduce((s, x, i) => s + x * w2[i], 0) % 11;
    if (c !== 10) return d.join('') + c;
  }
}

export class InboxPage {
  readonly page: Page;
  readonly lng: Lng;
  readonly t: Loose;
  readonly clock: Loose;
  readonly session: Loose;
  readonly common: Loose;

  constructor(page: Page, lng: Lng = 'ru') {
    this.page = page;
    this.lng = lng;
    this.t = locale(lng, 'inbox');
    this.clock = locale(lng, 'clock');
    this.session = locale(lng, 'session');
    this.common = locale(lng, 'common');
  }

  /** Opens the app in the chosen language and replaces the demo data (size 0: staff only). */
  async start(opts: { size?: number; seed?: number } = {}) {
    await this.page.addInitScript((lng) => {
      if (!sessionStorage.getItem('e2e-lang-set')) {
        localStorage.setItem('kz-licensing.lang', lng);
        sessionStorage.setItem('e2e-lang-set', '1');
      }
    }, this.lng);
    await this.page.goto('/sign-in');
    await expect(this.page.getByLabel(this.session.byLogin)).toBeVisible({ timeout: 45_000 });
    const reset = await this.api('POST', '/api/__demo/reset', { size: opts.size ?? 0, seed: opts.seed ?? 11 });
    expect(reset.status).toBe(200);
  }

  /** A request from inside the page (it reaches the mock backend), with the stored session. */
  async api<T = Loose>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    return this.page.evaluate(
      async ({ method, path, body, key }) => {
        const token = localStorage.getItem(key);
        const res = await fetch(path, {
          method,
          headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Session': token } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, body: text ? JSON.parse(text) : null };
      },
      { method, path, body, key: TOKEN_KEY },
    );
  }

  async signInQuietly(login: string) {
    const res = await this.api<{ token: string }>('POST', '/api/session', { login });
    expect(res.status, `sign in ${login}`).toBe(201);
    await this.page.evaluate(({ key, token }) => localStorage.setItem(key, token), { key: TOKEN_KEY, token: res.body.token });
  }

  /**
   * Signs in through the sign-in page and lands on the inbox. The app is already open on
   * /sign-in after `start()`, so this stays a single-page navigation (no second boot).
   */
  async signIn(login: string) {
    if (new URL(this.page.url()).pathname !== '/sign-in') await this.page.goto('/sign-in');
    await this.page.getByLabel(this.session.byLogin).fill(login);
    await this.page.getByRole('button', { name: this.session.submit, exact: true }).click();
    await this.page.waitForURL((url) => url.pathname === '/inbox');
    await expect(this.tabs()).toBeVisible();
    // The header says who is signed in (it once stayed empty in Kazakh after this single-page sign-in).
    await expect(this.page.getByTestId('user-menu')).toBeVisible();
  }

  /** Reloads the page and waits for the app to boot again (the mock backend starts first). */
  async reload() {
    await this.page.reload();
    await expect(this.tabs()).toBeVisible({ timeout: 45_000 });
  }

  private async act(id: string, action: Record<string, unknown>) {
    const d = await this.api('GET', `/api/applications/${id}`);
    const res = await this.api('POST', `/api/applications/${id}/actions`, { action, expectedVersion: d.body.application.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  /**
   * Almaty, design licence: registered by the chancellery, resolved by the director to head1,
   * and (unless `stopAt` = 'distribute') distributed to `specialist`: it then waits at the
   * specialist's completeness check (norm: 2 working days).
   */
  async createAtSpecialist(n: number, opts: { specialist?: string; stopAt?: 'distribute' } = {}) {
    await this.signInQuietly('almaty.chancellery1');
    const created = await this.api('POST', '/api/applications', {
      serviceId: 'design-license',
      variantId: 'issue',
      applicant: { type: 'organization', bin: makeBin(n * 37), name: `ТОО «Алатау Құрылыс ${n}»` },
      documents: [{ name: 'Заявление.pdf', kind: 'application' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id, regNo } = created.body.application as { id: string; regNo: string };
    await this.act(id, { type: 'register' });
    await this.signInQuietly('almaty.director');
    await this.act(id, { type: 'resolve', headId: 'almaty-head1' });
    if (opts.stopAt !== 'distribute') {
      await this.signInQuietly('almaty.head1');
      await this.act(id, { type: 'distribute', executorId: (opts.specialist ?? 'almaty.specialist1').replace(/\./g, '-') });
    }
    return { id, regNo };
  }

  tabs(): Locator {
    return this.page.getByRole('tablist', { name: this.t.tabs.label });
  }

  tab(key: 'my' | 'queue' | 'control' | 'finished'): Locator {
    return this.tabs().getByRole('tab', { name: new RegExp(`^${this.t.tabs[key]}`) });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: this.t.table.label });
  }

  row(regNo: string): Locator {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('link', { name: regNo, exact: true }) });
  }

  /** The clock badge of a row ('step' or 'service'). */
  badge(regNo: string, kind: 'step' | 'service'): Locator {
    return this.row(regNo).locator('[data-clock-state]').nth(kind === 'step' ? 0 : 1);
  }

  filter(key: string): Locator {
    // The chip names the filter and, once chosen, what is chosen: "Срок" or "Срок: Просрочено".
    return this.page.getByRole('button', { name: new RegExp(`^${this.t.filters[key]}(: .+)?$`) });
  }

  /** Opens a filter chip and ticks an option. */
  async pick(key: string, option: string) {
    await this.filter(key).click();
    const dialog = this.page.getByRole('dialog', { name: this.t.filters[key] });
    await dialog.getByRole('checkbox', { name: option, exact: true }).check();
    await dialog.getByRole('button', { name: this.t.filters.close }).click();
  }

  /** "3 ч 30 мин" / "3 сағ 30 мин" from the locale's plural forms. */
  duration(parts: { days?: number; hours?: number; minutes?: number }): string {
    const rules = new Intl.PluralRules(this.lng === 'kk' ? 'kk' : 'ru');
    const unit = (key: string, count: number) => {
      const forms = this.clock.unit as Record<string, string>;
      const form = forms[`${key}_${rules.select(count)}`] ?? forms[`${key}_other`];
      return form.replace('{{count}}', String(count));
    };
    const out: string[] = [];
    if (parts.days) out.push(unit('days', parts.days));
    if (parts.hours) out.push(unit('hours', parts.hours));
    if (parts.minutes) out.push(unit('minutes', parts.minutes));
    return out.join(' ');
  }

  clockText(state: 'on_track' | 'at_risk' | 'overdue', parts: { days?: number; hours?: number; minutes?: number }): string {
    return (this.clock.text[state] as string).replace('{{duration}}', this.duration(parts));
  }
}
