import { Badge, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getSessionToken, subscribeSessionToken } from '../api/client';
import { meQuery } from '../api/session';
import { lazyModule, useLazyPopup } from '../shared/on-demand';
import classes from './user-slot.module.css';

function initials(name: string) {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0] ?? '')
    .join('');
}

/** The menu itself (Floating UI and all) is not needed to show the page: it loads on first use. */
const userMenu = lazyModule(() => import('./user-menu'));

/** The signed-in person in the header: name, role, provider; switch user and sign out. */
export function UserSlot() {
  const { t, i18n } = useTranslation(['common', 'session']);
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';
  // Signed out (no token): nothing to ask; a 401 would only add an error to the console. The
  // client's retry policy stays (a 401 is not retried anyway): the route guard shares this query,
  // and without retries one server fault while it loads put the whole screen on its error page.
  // The token is watched (not read once per render): the header does not render again on sign-in.
  const signedIn = useSyncExternalStore(subscribeSessionToken, () => getSessionToken() !== null);
  const me = useQuery({ ...meQuery(), throwOnError: false, enabled: signedIn });
  const menu = useLazyPopup(userMenu, 'menu');
  if (!me.data) return null;
  const { staff, provider } = me.data;
  const name = staff.name[lng];
  const trigger = (
    // Named by what it shows (label in name); a screen reader hears "menu" from aria-haspopup.
    <UnstyledButton ref={menu.triggerRef} data-testid="user-menu">
      <VisuallyHidden>{t('header.userMenu')}</VisuallyHidden>
      <Group gap="xs" wrap="nowrap">
        {/* Drawn as Mantine's Avatar (sm, flag), whose code the first screen does without. */}
        <span className={classes.initials}>{initials(name)}</span>
        <Stack gap={0} visibleFrom="sm">
          <Text size="sm" fw={600} lh={1.2}>
            {name}
          </Text>
          <Text size="xs" c="dimmed" lh={1.2} lineClamp={1} maw={360}>
            {provider.name[lng]}
          </Text>
        </Stack>
        <Badge color="gold" c="dark.8" variant="filled" size="sm" tt="none">
          {t(`session:role.${staff.role}`)}
        </Badge>
      </Group>
    </UnstyledButton>
  );
  if (!menu.real) return menu.standIn(trigger);
  return <menu.real.UserMenu me={me.data} trigger={trigger} opened={menu.opened} onChange={menu.setOpened} />;
}
