import { Menu } from '@mantine/core';
import { IconLogout, IconSwitchHorizontal } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../api/schemas/session.ts';
import { signOutMutation } from '../api/session';

/** The header's user menu (switch user, sign out): loaded on first use, see `user-slot.tsx`. */
export function UserMenu(props: { me: Me; trigger: ReactElement; opened: boolean; onChange: (opened: boolean) => void }) {
  const { t, i18n } = useTranslation(['common', 'session']);
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({ ...signOutMutation(queryClient), meta: { silent: true } });
  const leave = async (to: string) => {
    await signOut.mutateAsync().catch(() => undefined);
    await navigate(to);
  };
  return (
    <Menu position="bottom-end" withinPortal opened={props.opened} onChange={props.onChange}>
      <Menu.Target>{props.trigger}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t('header.signedInAs')} {props.me.staff.login}
        </Menu.Label>
        {props.me.actingFor.map((sub) => (
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
