import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { CloseButton, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { invalidateOnChanges } from '../api/changes';
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

/**
 * Everything the screens need around them: theme, i18n, server state (the notification stack is
 * in the page frame, `layout.tsx`). Changes made in another tab or by another user reach every
 * screen without a reload (inbox, card, header, dashboard): the backend's change feed marks the
 * matching queries stale.
 */
export function AppProviders(props: { i18n: I18n; queryClient: QueryClient; children: ReactNode }) {
  const { queryClient } = props;
  useEffect(() => invalidateOnChanges(queryClient), [queryClient]);
  return (
    <I18nextProvider i18n={props.i18n}>
      <ThemeProvider>
        <QueryClientProvider client={props.queryClient}>{props.children}</QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>
  );
}
