// @vitest-environment jsdom
import { notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { createTestI18n } from '../test/i18n';
import { NotificationStack } from './notification-stack';
import { AppProviders } from './providers';

function renderProviders() {
  render(
    <AppProviders i18n={createTestI18n('ru')} queryClient={new QueryClient()}>
      <NotificationStack />
    </AppProviders>,
  );
}

afterEach(() => act(() => notifications.clean()));

describe('notifications', () => {
  it('shows one raised before the stack is loaded (it loads after the first render)', async () => {
    notifications.show({ message: 'Сеанс изменён в другой вкладке' });
    renderProviders();
    expect(await screen.findByText('Сеанс изменён в другой вкладке')).toBeInTheDocument();
  });

  it('shows one raised later, at most four at a time, the rest in turn', async () => {
    renderProviders();
    act(() => {
      for (let i = 1; i <= 5; i++) notifications.show({ message: `Уведомление ${i}`, autoClose: false });
    });
    expect(await screen.findByText('Уведомление 4')).toBeInTheDocument();
    expect(screen.queryByText('Уведомление 5')).toBeNull();
  });
});
