import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHandGrab } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localized, useCard } from '../card-context';
import { ActionError } from '../forms/action-error';
import { useSendAction } from '../forms/send-action';
import { useCardFormat } from '../use-card-format';

/**
 * A step waiting in my role's queue: take it to work on it. `compact` when its form is shown
 * anyway (the engine lets anyone of the role perform a queued step; taking it tells colleagues).
 */
export function TakePanel(props: { compact?: boolean }) {
  const { t } = useTranslation('application');
  const { currentStep, lng } = useCard();
  const fmt = useCardFormat();
  const { send, sending, error, reset } = useSendAction();
  if (props.compact) {
    return (
      <Paper withBorder p="xs" px="md" radius="md" data-testid="take-bar">
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('take.compact', { role: currentStep ? fmt.role(currentStep.role) : '' })}
          </Text>
          <Button size="xs" variant="light" leftSection={<IconHandGrab size={14} />} loading={sending} disabled={sending} onClick={() => send({ type: 'take' })}>
            {t('submit.take')}
          </Button>
        </Group>
        <ActionError error={error} onReset={reset} onRetry={() => send({ type: 'take' })} />
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" data-testid="action-panel">
      <Stack gap="sm">
        <Text size="sm">
          {t('take.text', { role: currentStep ? fmt.role(currentStep.role) : '', step: currentStep ? localized(currentStep.action, lng) : '' })}
        </Text>
        <ActionError error={error} onReset={reset} onRetry={() => send({ type: 'take' })} />
        <Group>
          <Button leftSection={<IconHandGrab size={16} />} loading={sending} disabled={sending} onClick={() => send({ type: 'take' })}>
            {t('submit.take')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
