// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Badge, MantineProvider } from '@mantine/core';
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

describe('ClockBadge markup', () => {
  it.each([
    ['on_track', 'teal', 'light'],
    ['overdue', 'red', 'filled'],
    ['missed', 'red.9', 'filled'],
  ] as const)('draws %s as Mantine’s Badge would (%s, %s): same classes, variables and sections', (state, color, variant) => {
    const { container } = render(
      <I18nextProvider i18n={createTestI18n('ru')}>
        <MantineProvider>
          <div data-testid="ours">
            <ClockBadge clock={{ state, deadline: '2026-11-27T13:00:00Z', remainingMinutes: -10 }} kind="step" timeZone="Asia/Almaty" />
          </div>
          <div data-testid="mantine">
            <Badge color={color} variant={variant} leftSection={<span />} radius="sm" size="md" tt="none" fw={500} styles={{ root: { maxWidth: '100%' } }}>
              x
            </Badge>
          </div>
        </MantineProvider>
      </I18nextProvider>,
    );
    const ours = container.querySelector('[data-testid="ours"] > div')!;
    const theirs = container.querySelector('[data-testid="mantine"] > div')!;
    expect(ours.className).toBe(theirs.className);
    const style = (el: Element) => el.getAttribute('style')!.split(';').map((d) => d.trim()).filter(Boolean).sort();
    expect(style(ours)).toEqual(style(theirs));
    for (const attr of ['data-variant', 'data-size', 'data-with-left-section']) expect(ours.getAttribute(attr), attr).toBe(theirs.getAttribute(attr));
    expect([...ours.children].map((c) => [c.className, c.getAttribute('data-position')])).toEqual([...theirs.children].map((c) => [c.className, c.getAttribute('data-position')]));
  });
});
