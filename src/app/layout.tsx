import { Group, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, type Location } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { NotificationStack } from './notification-stack';
import { RouteErrorBoundary } from './route-error';
import { useScrollRestoration } from './scroll-restoration';
import { useSessionSync } from './use-session-sync';
import { UserSlot } from './user-slot';
import classes from './layout.module.css';

/**
 * Scroll positions are kept per history entry. Every page opened by a full load (a reload, a link
 * opened in a new tab, a typed address) has the key "default": keyed by it, one card would open
 * at the scroll position of another. Those entries are told apart by their address instead.
 */
function scrollKey(location: Location): string {
  return location.key === 'default' ? `${location.pathname}${location.search}` : location.key;
}

/**
 * A fixed element that a dialog's scroll lock moves left by the width of the scrollbar it hides
 * (react-remove-scroll's `zeroRight` class), so that the header does not jump when a dialog opens.
 */
const SCROLL_LOCK_OFFSET = 'right-scroll-bar-position';

/**
 * The header: the product's name, the signed-in user and the language switch. It renders on its
 * own (the user slot watches the session, the texts the language): a navigation, such as each key
 * of the inbox's search, does not draw it again.
 */
const Header = memo(function Header() {
  const { t } = useTranslation();
  return (
    <header className={`${classes.header} ${SCROLL_LOCK_OFFSET}`}>
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
    </header>
  );
});

/** The current screen; one that fails shows its error inside the frame, another address renders anew. */
function Screen() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Outlet />
    </RouteErrorBoundary>
  );
}

/**
 * What follows the address without drawing anything. Components of their own, so that the frame
 * does not render again at each navigation (each key of the inbox's search).
 */
function SessionSync() {
  useSessionSync();
  return null;
}

function ScrollMemory() {
  useScrollRestoration(scrollKey);
  return null;
}

/** Page frame: header with the product name, the signed-in user and the language switch; notifications. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <div>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className={classes.main}>
        <Screen />
      </main>
      <NotificationStack />
      <SessionSync />
      {/* Last: the screen is in the document when the scroll position is restored. */}
      <ScrollMemory />
    </div>
  );
}
