// @vitest-environment jsdom
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notifications } from '@mantine/notifications';
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { apiFetch, setApiBaseUrl, setSessionToken } from '../../api/client';
import { applicationListSchema, countersSchema } from '../../api/schemas/applications';
import { resetMockBackend, server, signInAs } from '../../mocks/node';
import { renderApp } from '../../test/render-app';
import ru from '../../../locales/ru/inbox.json';
import kk from '../../../locales/kk/inbox.json';
import clockRu from '../../../locales/ru/clock.json';
import commonRu from '../../../locales/ru/common.json';
import sessionRu from '../../../locales/ru/session.json';

/** The virtualizer measures its scroll box; jsdom has no layout, so give it a screenful. */
function stubLayout() {
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 880 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1400 });
  return () => {
    if (height) Object.defineProperty(HTMLElement.prototype, 'clientHeight', height);
    if (width) Object.defineProperty(HTMLElement.prototype, 'clientWidth', width);
  };
}

// The route chunk and the mock backend's first answers take a moment on a cold start.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 90_000 });

let restoreLayout: () => void;
beforeAll(() => {
  setApiBaseUrl('http://localhost');
  server.listen({ onUnhandledRequest: 'error' });
  restoreLayout = stubLayout();
});
afterEach(() => {
  server.resetHandlers();
  notifications.clean();
});
afterAll(() => {
  server.close();
  restoreLayout();
});
// The demo data is generated relative to "now": start every test at the same moment (a Wednesday
// late morning in Almaty) so the lists do not depend on when the suite runs. Time then flows.
const START = new Date('2026-11-25T11:40:00+05:00');
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: START, shouldAdvanceTime: true });
  localStorage.clear();
  await resetMockBackend({ size: 300, seed: 7 });
});
afterEach(() => vi.useRealTimers());

const list = (query: Record<string, string | number>) => apiFetch('/api/applications', { schema: applicationListSchema, query: { limit: 500, ...query } });
const counters = () => apiFetch('/api/applications/counters', { schema: countersSchema });
const table = (name = ru.table.label) => screen.findByRole('table', { name });
const dataRows = (t: HTMLElement) => within(t).getAllByRole('row').filter((r) => r.hasAttribute('data-row-id'));
const search = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

describe('inbox', () => {
  it('shows the tabs with live counts, the count in the title, and my tasks least time left first', async () => {
    await signInAs('almaty.specialist1');
    const expected = await counters();
    const mine = await list({ tab: 'my' });
    renderApp('/inbox');

    const tabs = await screen.findByRole('tablist', { name: ru.tabs.label });
    expect(within(tabs).getByRole('tab', { name: new RegExp(`^${ru.tabs.my}\\s*${expected.my}$`) })).toHaveAttribute('aria-selected', 'true');
    expect(await within(tabs).findByRole('tab', { name: new RegExp(`^${ru.tabs.queue}\\s*${expected.queue}$`) })).toBeInTheDocument();
    expect(within(tabs).getByRole('tab', { name: new RegExp(`^${ru.tabs.finished}\\s*${expected.finished}$`) })).toBeInTheDocument();
    expect(within(tabs).queryByRole('tab', { name: new RegExp(ru.tabs.control) })).toBeNull();
    await waitFor(() => expect(document.title).toBe(`(${expected.my}) Входящие · Лицензирование`));

    const rows = dataRows(await table());
    expect(rows.map((r) => r.getAttribute('data-row-id'))).toEqual(mine.items.map((r) => r.id));
    const first = mine.items[0];
    expect(within(rows[0]).getByText(first.regNo)).toBeInTheDocument();
    // IIN/BIN masked: only the tail the list API sends; a screen reader hears what the dots mean.
    const idKind = first.applicant.type === 'person' ? 'iin' : 'bin';
    const masked = within(rows[0]).getByText(`${ru.row[idKind]} ••••${first.applicant.idTail}`);
    expect(masked).toHaveAttribute('aria-label', ru.row[`${idKind}Tail`].replace('{{tail}}', first.applicant.idTail));
    // Both clocks as badges with words.
    expect(rows[0].querySelectorAll('[data-clock-state]').length).toBe(2);
    // The performer of my own tasks is "you", not my own name on every row.
    expect(first.assignee?.id).toBe('almaty-specialist1');
    expect(within(rows[0]).getByText(ru.row.you)).toBeInTheDocument();
    expect(within(rows[0]).queryByText(first.assignee!.name.ru)).toBeNull();
  });

  it('gives a specialist acting for the department head the head’s Under control tab', async () => {
    await signInAs('almaty.admin');
    const now = Date.now();
    await apiFetch('/api/admin/substitutions', {
      method: 'POST',
      schema: v.unknown(),
      body: { absentId: 'almaty-head1', substituteId: 'almaty-specialist2', from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 86_400_000).toISOString() },
    });
    await signInAs('almaty.specialist2');
    const expected = await counters();
    expect(expected.control).toBeGreaterThan(0);
    const { router } = renderApp('/inbox?tab=control');
    const tabs = await screen.findByRole('tablist', { name: ru.tabs.label });
    const control = await within(tabs).findByRole('tab', { name: new RegExp(`^${ru.tabs.control}\\s*${expected.control}$`) });
    expect(control).toHaveAttribute('aria-selected', 'true');
    expect(search(router).get('tab')).toBe('control');
    await waitFor(async () => expect(dataRows(await table()).length).toBeGreaterThan(0));
  });

  it('follows a sign-in and a sign-out in another tab instead of showing the previous person', async () => {
    await signInAs('almaty.specialist1');
    renderApp('/inbox');
    const tabs = await screen.findByRole('tablist', { name: ru.tabs.label });
    expect(within(tabs).queryByRole('tab', { name: new RegExp(ru.tabs.control) })).toBeNull();
    const anotherTab = (token: string | null) =>
      act(() => {
        setSessionToken(token);
        window.dispatchEvent(new StorageEvent('storage', { key: 'kz-licensing.session', newValue: token }));
      });

    await anotherTab(await signInAs('almaty.head1'));
    expect(await screen.findByText(commonRu.header.changedElsewhere)).toBeInTheDocument();
    // The head's inbox, not the specialist's: the head has the Under control tab.
    expect(await screen.findByRole('tab', { name: new RegExp(ru.tabs.control) })).toBeInTheDocument();

    await anotherTab(null);
    expect(await screen.findByText(commonRu.header.signedOutElsewhere)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: sessionRu.title })).toBeInTheDocument();
  });

  it('switches tabs through the address and offers Take in the queue', async () => {
    await signInAs('almaty.chancellery1');
    const queue = await list({ tab: 'queue' });
    expect(queue.total).toBeGreaterThan(0);
    const { router } = renderApp('/inbox');
    await userEvent.click(await screen.findByRole('tab', { name: new RegExp(ru.tabs.queue) }));
    await waitFor(() => expect(search(router).get('tab')).toBe('queue'));
    await waitFor(async () => expect(dataRows(await table())[0]).toHaveAttribute('data-row-id', queue.items[0].id));
    const take = within(dataRows(await table())[0]).getByRole('button', { name: ru.take.labelFor.replace('{{regNo}}', queue.items[0].regNo) });
    await userEvent.click(take);
    await screen.findByText(ru.take.done.replace('{{regNo}}', queue.items[0].regNo));
    // Taken: it leaves the queue (the list is refetched through the factory's invalidation).
    await waitFor(() => expect(screen.queryByText(queue.items[0].regNo)).toBeNull());
  });

  it('keeps filters and search in the address and reloads the same view from it', async () => {
    await signInAs('almaty.head1');
    const overdue = await list({ tab: 'control', clock: 'overdue' });
    const { router, unmount } = renderApp('/inbox?tab=control&clock=overdue');
    await waitFor(async () => expect(dataRows(await table()).length).toBe(overdue.total));
    for (const row of dataRows(await table())) {
      expect(row.querySelector('td:nth-last-child(1) [data-clock-state]')).toHaveAttribute('data-clock-state', 'overdue');
    }
    // Add a channel through the chip: the address gets it.
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^${ru.filters.channel}`) }));
    const dialog = await screen.findByRole('dialog', { name: ru.filters.channel });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Портал eGov' }));
    await waitFor(() => expect(search(router).getAll('channel')).toEqual(['egov_portal']));
    const narrowed = await list({ tab: 'control', clock: 'overdue', channel: 'egov_portal' });
    await waitFor(async () => expect(dataRows(await table()).length).toBe(narrowed.total));
    const address = router.state.location.pathname + router.state.location.search;
    unmount();

    // "Reload": a fresh app at the same address shows the same view.
    renderApp(address);
    await waitFor(async () => expect(dataRows(await table()).map((r) => r.dataset.rowId)).toEqual(narrowed.items.map((r) => r.id)));
    expect(screen.getByRole('button', { name: new RegExp(`^${ru.filters.channel}: Портал eGov`) })).toBeInTheDocument();
  });

  it('falls back to defaults with a notice when the address is malformed', async () => {
    await signInAs('almaty.specialist1');
    const { router } = renderApp('/inbox?tab=control&clock=late&sort=price&q=%20%20&foo=1&channel=egov_portal');
    const alert = (await screen.findByText(ru.notice.title)).closest<HTMLElement>('[role="alert"]')!;
    for (const key of ['tab', 'clock', 'sort']) expect(alert).toHaveTextContent(ru.notice.key[key as 'tab']);
    expect(alert).toHaveTextContent('foo');
    // What was understood stays; the rest is gone from the address.
    await waitFor(() => expect(router.state.location.search).toBe('?channel=egov_portal'));
    expect(await screen.findByRole('tab', { name: new RegExp(ru.tabs.my) })).toHaveAttribute('aria-selected', 'true');
  });

  it('sorts by a column and says so in aria-sort', async () => {
    await signInAs('almaty.head1');
    const { router } = renderApp('/inbox?tab=control');
    const header = await screen.findByRole('columnheader', { name: ru.columns.regNo });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: ru.columns.serviceClock })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(search(router).get('sort')).toBe('reg_no'));
    const byRegNo = await list({ tab: 'control', sort: 'reg_no' });
    const shownIds = async () => dataRows(await table()).map((r) => r.dataset.rowId);
    await waitFor(async () => expect(await shownIds()).toEqual(byRegNo.items.slice(0, (await shownIds()).length).map((r) => r.id)));
    const shown = dataRows(await table()).map((r) => within(r).getAllByRole('link')[0].textContent);
    expect(shown).toEqual([...shown].sort());
    expect(screen.getByRole('columnheader', { name: ru.columns.regNo })).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(within(screen.getByRole('columnheader', { name: ru.columns.regNo })).getByRole('button'));
    await waitFor(() => expect(search(router).get('dir')).toBe('desc'));
    await waitFor(async () => {
      const desc = dataRows(await table()).map((r) => within(r).getAllByRole('link')[0].textContent);
      expect(desc).toEqual([...desc].sort().reverse());
    });
  });

  it('says why the list is empty: a search that matches nothing, with a reset', async () => {
    await signInAs('almaty.specialist1');
    const { router } = renderApp('/inbox');
    await table();
    await userEvent.type(screen.getByRole('searchbox', { name: ru.search.label }), 'Нетакогозаявителя{Enter}');
    expect(await screen.findByText(ru.empty.search.title.replace('{{q}}', 'Нетакогозаявителя'))).toBeInTheDocument();
    expect(search(router).get('q')).toBe('Нетакогозаявителя');
    await userEvent.click(screen.getAllByRole('button', { name: ru.filters.reset }).at(-1)!);
    await table();
    expect(search(router).get('q')).toBeNull();
    expect(screen.getByRole('searchbox', { name: ru.search.label })).toHaveValue('');
  });

  it('searches as the user types: a request per key at once, the rows and the address change together when the list is at hand', async () => {
    await signInAs('almaty.specialist1');
    const all = await list({ tab: 'my' });
    const target = all.items[3];
    const tail = target.regNo.slice(-6);
    const before = await list({ tab: 'my', q: tail.slice(0, -1) });
    const { router, queryClient } = renderApp('/inbox');
    expect(dataRows(await table())).toHaveLength(all.items.length);
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/applications' && url.searchParams.has('q')) asked.push(url.searchParams.get('q')!);
    });
    let release!: () => void;
    const hold = () => new Promise<void>((resolve) => (release = resolve));
    let held = hold();
    server.use(
      http.get('*/api/applications', async ({ request }) => {
        if (new URL(request.url).searchParams.get('q') === tail) await held;
      }),
    );
    const box = screen.getByRole('searchbox', { name: ru.search.label });
    await userEvent.type(box, tail);
    // No Enter, no pause: every key asked for its list, once.
    const typed = tail.split('').map((_, i) => tail.slice(0, i + 1));
    await waitFor(() => expect(asked).toEqual(typed));
    // The answer for the whole text is held: the box keeps every key and spins; the address and
    // the rows are those of the text before the last key.
    await waitFor(() => expect(search(router).get('q')).toBe(tail.slice(0, -1)));
    expect(box).toHaveValue(tail);
    // The spinner comes for a list that keeps the user waiting (after 200 ms).
    expect(await screen.findByLabelText(ru.state.refreshing)).toBeInTheDocument();
    const rowIds = () => dataRows(screen.getByRole('table', { name: ru.table.label })).map((r) => r.getAttribute('data-row-id'));
    await waitFor(() => expect(rowIds()).toEqual(before.items.map((r) => r.id)));
    release();
    await waitFor(() => expect(rowIds()).toEqual([target.id]));
    expect(search(router).get('q')).toBe(tail);
    expect(screen.queryByLabelText(ru.state.refreshing)).toBeNull();
    expect(box).toHaveValue(tail);
    // A background refresh of the list on screen keeps quiet: its rows are the right ones.
    held = hold();
    const refreshed = queryClient.refetchQueries({ queryKey: ['applications', 'list'] });
    await waitFor(() => expect(queryClient.isFetching({ queryKey: ['applications', 'list'] })).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByLabelText(ru.state.refreshing)).toBeNull();
    release();
    await refreshed;
    expect(asked.filter((q) => q === tail)).toHaveLength(2);
    // The box's clear button empties it and brings the whole list back; the key hint returns.
    await userEvent.click(screen.getByRole('button', { name: ru.search.clear }));
    expect(box).toHaveValue('');
    await waitFor(() => expect(rowIds()).toHaveLength(all.items.length));
    expect(search(router).has('q')).toBe(false);
    expect(screen.queryByRole('button', { name: ru.search.clear })).toBeNull();
  });

  it('applies text composed with an input method when the composition ends', async () => {
    await signInAs('almaty.specialist1');
    const { router } = renderApp('/inbox');
    await table();
    const box = screen.getByRole('searchbox', { name: ru.search.label });
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'Аб' } });
    expect(box).toHaveValue('Аб');
    expect(search(router).get('q')).toBeNull();
    fireEvent.compositionEnd(box);
    await waitFor(() => expect(search(router).get('q')).toBe('Аб'));
  });

  it('shows an error with a retry instead of a blank table when the backend fails', async () => {
    await signInAs('almaty.specialist1');
    let fail = true;
    server.use(
      http.get('*/api/applications', () => (fail ? HttpResponse.json({ code: 'unavailable' }, { status: 503 }) : undefined)),
    );
    renderApp('/inbox');
    expect(await screen.findByText(ru.state.errorTitle)).toBeInTheDocument();
    expect(screen.getByText('Сервис временно недоступен. Повторите попытку.')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: ru.state.retry }));
    expect(dataRows(await table()).length).toBeGreaterThan(0);
  });

  it('lets a department head bulk-assign and lists each result with its reason', async () => {
    await signInAs('almaty.head1');
    // The first screenful by registration number (the table renders only what is visible).
    const control = { items: (await list({ tab: 'control', sort: 'reg_no' })).items.slice(0, 20) };
    const atSpecialist = control.items.filter((r) => r.step?.role === 'specialist').slice(0, 2);
    // Any step a specialist cannot hold (chancellery, head, director): assigning it must fail.
    const notForSpecialist = control.items.find((r) => r.step !== null && r.step.role !== 'specialist')!;
    expect(atSpecialist).toHaveLength(2);
    expect(notForSpecialist).toBeDefined();
    const picked = [...atSpecialist, notForSpecialist];
    renderApp('/inbox?tab=control&sort=reg_no');
    await waitFor(async () => expect(dataRows(await table()).length).toBeGreaterThan(10));
    for (const r of picked) await userEvent.click(screen.getByRole('checkbox', { name: ru.table.selectRow.replace('{{regNo}}', r.regNo) }));
    const bar = screen.getByRole('region', { name: ru.selection.label });
    expect(bar).toHaveTextContent('Выбрано 3 заявления');
    await userEvent.click(within(bar).getByRole('button', { name: ru.selection.assign }));

    const dialog = await screen.findByRole('dialog', { name: 'Назначить исполнителя: 3 заявления' });
    const staff = await apiFetch('/api/staff', { schema: v.object({ items: v.array(v.any()) }) });
    const target = staff.items.find((s) => s.login === 'almaty.specialist2');
    const card = await within(dialog).findByRole('radio', { name: target.name.ru });
    expect(within(dialog).getAllByText(/^в работе \d+ · срок истекает \d+ · просрочено \d+$/).length).toBeGreaterThan(0);
    await userEvent.click(card);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Назначить 3 заявления' }));

    const results = await within(dialog).findByRole('list', { name: ru.bulk.resultList });
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    for (const r of atSpecialist) {
      expect(items.find((li) => li.textContent?.includes(r.regNo))).toHaveAttribute('data-result', 'done');
    }
    const failed = items.find((li) => li.textContent?.includes(notForSpecialist.regNo))!;
    expect(failed).toHaveAttribute('data-result', 'failed');
    expect(failed).toHaveTextContent(ru.errors.unknown_staff);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Назначено: 2 · не назначено: 1');
    await userEvent.click(within(dialog).getByRole('button', { name: ru.bulk.close }));
    // The failed one stays selected so it can be handled otherwise.
    expect(await screen.findByRole('region', { name: ru.selection.label })).toHaveTextContent('Выбрано 1 заявление');
  });

  it('saves the current view on the server and opens it again from the menu', async () => {
    await signInAs('almaty.specialist1');
    const { router } = renderApp('/inbox?clock=at_risk&channel=egov_portal&from=2026-01-01&to=2026-12-31');
    expect(await screen.findByRole('button', { name: 'Поступило 1 янв. 2026 – 31 дек. 2026' })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: ru.views.menu }));
    await userEvent.click(await screen.findByRole('menuitem', { name: ru.views.saveCurrent }));
    const dialog = await screen.findByRole('dialog', { name: ru.views.saveTitle });
    await userEvent.type(within(dialog).getByRole('textbox', { name: ru.views.name }), 'Срочные с портала');
    await userEvent.click(within(dialog).getByRole('button', { name: ru.views.save }));
    expect(await screen.findByText('Вид «Срочные с портала» сохранён')).toBeInTheDocument();
    const saved = await apiFetch('/api/views', { schema: v.object({ items: v.array(v.any()) }) });
    expect(saved.items).toMatchObject([
      { name: 'Срочные с портала', tab: 'my', filters: { clock: 'at_risk', channel: 'egov_portal', from: '2026-01-01', to: '2026-12-31' } },
    ]);

    await act(() => router.navigate('/inbox?tab=finished'));
    await userEvent.click(await screen.findByRole('button', { name: ru.views.menu }));
    await userEvent.click(await screen.findByRole('menuitem', { name: /Срочные с портала/ }));
    await waitFor(() =>
      expect(Object.fromEntries(search(router))).toEqual({ clock: 'at_risk', channel: 'egov_portal', from: '2026-01-01', to: '2026-12-31' }),
    );
  });

  it('moves with j/k, opens with Enter, focuses search with / and lists shortcuts with ?', async () => {
    await signInAs('almaty.specialist1');
    const mine = await list({ tab: 'my' });
    const { router } = renderApp('/inbox');
    await table();
    await userEvent.keyboard('j');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-row-id', mine.items[1].id));
    await userEvent.keyboard('k');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-row-id', mine.items[0].id));
    await userEvent.keyboard('/');
    expect(screen.getByRole('searchbox', { name: ru.search.label })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('?');
    expect(await screen.findByRole('dialog', { name: ru.shortcuts.title })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.keyboard('j');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-row-id', mine.items[1].id));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/applications/${mine.items[1].id}`));
  });

  it('speaks Kazakh: tabs, columns, plurals and clock words', async () => {
    await signInAs('almaty.specialist1');
    const expected = await counters();
    renderApp('/inbox', { lng: 'kk' });
    expect(await screen.findByRole('tab', { name: new RegExp(`^${kk.tabs.my}\\s*${expected.my}$`) })).toBeInTheDocument();
    expect(await screen.findByRole('columnheader', { name: kk.columns.serviceClock })).toBeInTheDocument();
    expect(screen.getByText(`${expected.my} өтініш`)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`(${expected.my}) Кіріс құжаттар · Лицензиялау`));
    const t = await table(kk.table.label);
    const mine = await list({ tab: 'my' });
    const firstRow = within(t).getAllByRole('row').find((r) => r.getAttribute('data-row-id') === mine.items[0].id)!;
    const idKind = mine.items[0].applicant.type === 'person' ? 'iin' : 'bin';
    expect(within(firstRow).getByText(`${kk.row[idKind]} ••••${mine.items[0].applicant.idTail}`)).toHaveAttribute(
      'aria-label',
      kk.row[`${idKind}Tail`].replace('{{tail}}', mine.items[0].applicant.idTail),
    );
    expect(within(t).getAllByText(/қалды$|кешікті$|^тоқтатыла тұр|^норма белгіленбеген$/).length).toBeGreaterThan(0);
    expect(within(t).queryByText(new RegExp(clockRu.text.on_track.replace('{{duration}}', '')))).toBeNull();
  });

  it('ticks countdowns once a minute without asking the server', async () => {
    await signInAs('almaty.specialist1');
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'Date'] });
    try {
      renderApp('/inbox');
      const t = await table();
      const before = within(t).getAllByRole('row')[1].querySelector('td:nth-last-child(1) [data-clock-state]')!.getAttribute('aria-label');
      // Three working days later (Date is fake: the interval and the clock move together).
      await act(async () => {
        vi.setSystemTime(Date.now() + 3 * 86_400_000);
        vi.advanceTimersByTime(60_000);
      });
      await waitFor(() => {
        const after = within(t).getAllByRole('row')[1].querySelector('td:nth-last-child(1) [data-clock-state]')!.getAttribute('aria-label');
        expect(after).not.toBe(before);
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
