// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../app/i18n';
import { createTestI18n } from '../test/i18n';
import { ClockBadge, type ClockView } from './clock-badge';

function show(clock: ClockView, lng: Language, kind: 'step' | 'service' = 'step') {
  render(
    <I18nextProvider i18n={createTestI18n(lng)}>
      <MantineProvider>
        <ClockBadge clock={clock} kind={kind} timeZone="Asia/Almaty" />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('ClockBadge', () => {
  it.each([
    ['ru', { state: 'on_track', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 480 + 180 }, 'осталось 1 раб. день 3 ч'],
    ['kk', { state: 'on_track', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 480 + 180 }, '1 жұмыс күні 3 сағ қалды'],
    ['ru', { state: 'on_track', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 2 * 480 + 180 }, 'осталось 2 раб. дня 3 ч'],
    ['ru', { state: 'on_track', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 5 * 480 }, 'осталось 5 раб. дней'],
    ['kk', { state: 'on_track', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 3 * 480 }, '3 жұмыс күні қалды'],
    ['ru', { state: 'at_risk', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 200 }, 'осталось 3 ч 20 мин'],
    ['ru', { state: 'overdue', deadline: '2026-11-27T13:00:00Z', remainingMinutes: -130 }, 'просрочено на 2 ч 10 мин'],
    ['kk', { state: 'overdue', deadline: '2026-11-27T13:00:00Z', remainingMinutes: -480 }, '1 жұмыс күні кешікті'],
    ['ru', { state: 'met', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 10 }, 'выполнено в срок'],
    ['kk', { state: 'missed', deadline: '2026-11-27T13:00:00Z', remainingMinutes: -120 }, '2 сағ кешігіп орындалды'],
  ] as const)('%s %o → %s', (lng, clock, text) => {
    show(clock as ClockView, lng);
    const badge = screen.getByText(text);
    expect(badge.closest('[data-clock-state]')).toHaveAttribute('data-clock-state', clock.state);
  });

  it('names the clock and the absolute deadline for screen readers', () => {
    show({ state: 'at_risk', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 200 }, 'ru', 'service');
    const badge = document.querySelector('[data-clock-state]')!;
    expect(badge.getAttribute('aria-label')).toContain('Срок услуги: осталось 3 ч 20 мин');
    expect(badge.getAttribute('aria-label')).toContain('27 нояб. 2026, 18:00');
  });

  it('shows the absolute deadline in a tooltip on hover, after a short delay, and hides it on leave', async () => {
    show({ state: 'on_track', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 200 }, 'ru');
    const badge = document.querySelector<HTMLElement>('[data-clock-state]')!;
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.pointerEnter(badge);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('27 нояб. 2026, 18:00');
    fireEvent.pointerLeave(badge);
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
  });

  it('follows a change of language at once', async () => {
    const i18n = createTestI18n('ru');
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <ClockBadge clock={{ state: 'on_track', deadline: '2026-11-27T13:00:00Z', remainingMinutes: 480 + 180 }} kind="step" timeZone="Asia/Almaty" />
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText('осталось 1 раб. день 3 ч')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('kk'));
    expect(screen.getByText('1 жұмыс күні 3 сағ қалды')).toBeInTheDocument();
  });
});
