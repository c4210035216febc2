import { Avatar, Badge, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconLogout, IconSwitchHorizontal } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getSessionToken } from '../api/client';
import { meQuery, signOutMutation } from '../api/session';

function initials(name: string) {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0] ?? '')
    .join('');
}

/** The signed-in person in the header: name, role, provider; switch user and sign out. */
export function UserSlot() {
  const { t, i18n } = useTranslation(['common', 'session']);
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // Signed out (no token): nothing to ask; a 401 would only add an error to the console. The
  // client's retry policy stays (a 401 is not retried anyway): the route guard shares this query,
  // and without retries one server fault while it loads put the whole screen on its error page.
  const me = useQuery({ ...meQuery(), throwOnError: false, enabled: getSessionToken() !== null });
  const signOut = useMutation({ ...signOutMutation(queryClient), meta: { silent: true } });
  if (!me.data) return null;
  const { staff, provider } = me.data;
  const name = staff.name[lng];
  const leave = async (to: string) => {
    await signOut.mutateAsync().catch(() => undefined);
    await navigate(to);
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* Named by what it shows (label in name); a screen reader hears "menu" from aria-haspopup. */}
        <UnstyledButton data-testid="user-menu">
          <VisuallyHidden>{t('header.userMenu')}</VisuallyHidden>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="flag" radius="xl" size="sm">
              {initials(name)}
            </Avatar>
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
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('header.signedInAs')} {staff.login}
        </Menu.Label>
        {me.data.actingFor.map((sub) => (
          <Menu.Label key={sub.id}>{t('session:actingFor', { name: sub.absent.name[lng] })}</Menu.Label>
        ))}
        <Menu.Item leftSection={<IconSwitchHorizontal size={16} aria-hidden />} onClick={() => void leave('/sign-in')}>
          {t('header.switchUser')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void leave('/sign-in')}>
          {t('header.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
