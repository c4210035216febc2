import { Button } from '@mantine/core';
import { IconBookmark } from '@tabler/icons-react';
import { usePrefetchQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { viewsQuery } from '../../api/views.ts';
import { lazyModule, useLazyPopup } from '../../shared/on-demand';
import type { InboxFilters } from './inbox-search-params';

/** The menu and its dialog are not needed to show the inbox: they load on first use. */
const popup = lazyModule(() => import('./saved-views-popup'));

/** Views saved on the server for this user: open one, save the current one, delete. */
export function SavedViewsMenu(props: { filters: InboxFilters }) {
  const { t } = useTranslation('inbox');
  // The list comes with the screen, so that the menu opens with it.
  usePrefetchQuery(viewsQuery());
  const menu = useLazyPopup(popup, 'menu');
  const trigger = (
    <Button ref={menu.triggerRef} size="xs" variant="default" leftSection={<IconBookmark size={14} aria-hidden />}>
      {t('views.menu')}
    </Button>
  );
  if (!menu.real) return menu.standIn(trigger);
  return <menu.real.SavedViewsPopup filters={props.filters} trigger={trigger} opened={menu.opened} onChange={menu.setOpened} />;
}
