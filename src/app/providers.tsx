import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { CloseButton, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { notificationsStore, useNotifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { invalidateOnChanges } from '../api/changes';
import { lazyModule, WhenUsed } from '../shared/on-demand';
import { cssVariablesResolver, theme } from './theme';

/**
 * The theme with translated defaults: every close button (modals, drawers, alerts, notifications)
 * gets an accessible name in the current language unless a screen gives its own.
 */
function ThemeProvider(props: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const close = t('close');
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': close } as Record<string, unknown> }),
          // Written out, not `Modal.extend(…)`: that would put the Modal's code into the first chunk.
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={localized} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {props.children}
    </MantineProvider>
  );
}

const NOTIFICATIONS = { position: 'top-right', limit: 4 } as const;
// Until the stack is loaded, notifications wait in the store, distributed as the stack will show them.
notificationsStore.updateState((state) => ({ ...state, defaultPosition: NOTIFICATIONS.position, limit: NOTIFICATIONS.limit }));
const notificationStack = lazyModule(() => import('./notifications-module'));

/**
 * The notification stack is not needed to show the first screen: it is loaded when the browser is
 * idle after the first render, and mounted with the first notification (none is lost: the store
 * keeps those shown before).
 */
function NotificationStack() {
  const { notifications, queue } = useNotifications();
  return (
    <WhenUsed module={notificationStack} when={notifications.length + queue.length > 0}>
      {({ Notifications }) => <Notifications {...NOTIFICATIONS} />}
    </WhenUsed>
  );
}

/**
 * Everything the screens need around them: theme, notifications, i18n, server state. Changes made
 * in another tab or by another user reach every screen without a reload (inbox, card, header,
 * dashboard): the backend's change feed marks the matching queries stale.
 */
export function AppProviders(props: { i18n: I18n; queryClient: QueryClient; children: ReactNode }) {
  const { queryClient } = props;
  useEffect(() => invalidateOnChanges(queryClient), [queryClient]);
  return (
    <I18nextProvider i18n={props.i18n}>
      <ThemeProvider>
        <NotificationStack />
        <QueryClientProvider client={props.queryClient}>{props.children}</QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>
  );
}
