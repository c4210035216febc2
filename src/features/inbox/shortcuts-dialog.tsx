import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  { keys: ['j'], action: 'next' },
  { keys: ['k'], action: 'previous' },
  { keys: ['Enter'], action: 'open' },
  { keys: ['/'], action: 'search' },
  { keys: ['?'], action: 'help' },
] as const;

/** The list of keyboard shortcuts of the inbox (opened with ?). */
export function ShortcutsDialog(props: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('inbox');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('shortcuts.title')} size="sm" closeButtonProps={{ 'aria-label': t('filters.close') }}>
      <Stack gap="xs">
        {SHORTCUTS.map((s) => (
          <Group key={s.action} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {t(`shortcuts.${s.action}`)}
            </Text>
            <Group gap={4} wrap="nowrap">
              {s.keys.map((k) => (
                <Kbd key={k}>{k === 'Enter' ? t('shortcuts.enterKey') : k}</Kbd>
              ))}
            </Group>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
