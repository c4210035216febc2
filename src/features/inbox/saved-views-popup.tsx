import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { createViewMutation, deleteViewMutation, viewsQuery } from '../../api/views.ts';
import { useErrorText } from './error-text';
import { fromViewFilters, toViewFilters, type InboxFilters } from './inbox-search-params';

/** The saved views' menu and naming dialog: loaded on first use, see `saved-views-menu.tsx`. */
export function SavedViewsPopup(props: { filters: InboxFilters; trigger: ReactElement; opened: boolean; onChange: (opened: boolean) => void }) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [, setSearchParams] = useSearchParams();
  const views = useQuery(viewsQuery());
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const save = useMutation({
    ...createViewMutation(queryClient),
    meta: { silent: true },
    onSuccess: (view) => {
      setNaming(false);
      setName('');
      notifications.show({ color: 'teal', message: t('views.saved', { name: view.name }) });
    },
  });
  const remove = useMutation({
    ...deleteViewMutation(queryClient),
    meta: { silent: true },
    onError: (error) => notifications.show({ color: 'red', title: t('views.deleteFailed'), message: errorText(error) }),
  });
  const items = views.data?.items ?? [];
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={300} closeOnItemClick hideDetached={false} opened={props.opened} onChange={props.onChange}>
        <Menu.Target>{props.trigger}</Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('views.title')}</Menu.Label>
          {views.isError ? (
            <Menu.Item onClick={() => void views.refetch()}>{t('views.loadFailed')}</Menu.Item>
          ) : items.length === 0 ? (
            <Text size="xs" c="dimmed" px="sm" py={6}>
              {views.isPending ? t('state.loading') : t('views.none')}
            </Text>
          ) : (
            items.map((v) => (
              <Menu.Item
                key={v.id}
                onClick={() => setSearchParams(fromViewFilters(v.tab, v.filters))}
                rightSection={
                  <ActionIcon
                    component="span"
                    size="sm"
                    variant="subtle"
                    color="gray"
                    aria-label={t('views.delete', { name: v.name })}
                    onClick={(e) => {
                      e.stopPropagation();
                      remove.mutate(v.id);
                    }}
                  >
                    <IconTrash size={14} aria-hidden />
                  </ActionIcon>
                }
              >
                <Text size="sm" truncate="end">
                  {v.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`tabs.${v.tab}`)}
                </Text>
              </Menu.Item>
            ))
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={14} aria-hidden />} onClick={() => setNaming(true)}>
            {t('views.saveCurrent')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('views.saveTitle')} size="sm" closeButtonProps={{ 'aria-label': t('filters.close') }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) save.mutate({ name: name.trim(), tab: props.filters.tab, filters: toViewFilters(props.filters) });
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('views.name')}
              placeholder={t('views.namePlaceholder')}
              value={name}
              maxLength={100}
              data-autofocus
              onChange={(e) => setName(e.currentTarget.value)}
              error={save.isError ? errorText(save.error) : undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('views.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
                {t('views.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
