import { AppShell, Group, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, type Location } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { useSessionSync } from './use-session-sync';
import { UserSlot } from './user-slot';

/**
 * Scroll positions are kept per history entry. Every page opened by a full load (a reload, a link
 * opened in a new tab, a typed address) has the key "default": keyed by it, one card would open
 * at the scroll position of another. Those entries are told apart by their address instead.
 */
function scrollKey(location: Location): string {
  return location.key === 'default' ? `${location.pathname}${location.search}` : location.key;
}

/** Page frame: header with the product name, the signed-in user and the language switch. */
export function Layout() {
  const { t } = useTranslation();
  useSessionSync();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          {/* The name is the visible text (WCAG 2.5.3, label in name), then where the link goes. */}
          <UnstyledButton component={Link} to="/">
            <Group gap="xs" wrap="nowrap">
              <img src="/favicon.svg" alt="" width={28} height={28} />
              <Title order={1} size="h4" c="flag.8">
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="md">
                {t('app.fullName')}
              </Text>
              <VisuallyHidden>{t('nav.home')}</VisuallyHidden>
            </Group>
          </UnstyledButton>
          <Group gap="md" wrap="nowrap">
            <UserSlot />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <ScrollRestoration getKey={scrollKey} />
    </AppShell>
  );
}
