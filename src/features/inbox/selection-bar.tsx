import { Button, Group, Paper, Text } from '@mantine/core';
import { IconUserShare, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown while rows are selected: how many, and the bulk action. */
export function SelectionBar(props: { count: number; onAssign: () => void; onClear: () => void }) {
  const { t } = useTranslation('inbox');
  return (
    <Paper withBorder px="sm" py={6} bg="var(--mantine-color-gold-light)" role="region" aria-label={t('selection.label')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500} aria-live="polite">
          {t('selection.count', { count: props.count })}
        </Text>
        <Group gap="xs">
          <Button size="xs" leftSection={<IconUserShare size={14} aria-hidden />} onClick={props.onAssign}>
            {t('selection.assign')}
          </Button>
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} aria-hidden />} onClick={props.onClear}>
            {t('selection.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
