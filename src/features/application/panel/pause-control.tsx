import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAUSE_GROUNDS, type PauseGround } from '../../../domain/workflow/types';
import { useCard } from '../card-context';
import { ActionError } from '../forms/action-error';
import { useSendAction } from '../forms/send-action';
import { useCardFormat } from '../use-card-format';

/** Explicit pause with a stated ground (sla rule 8), and resuming it. */
export function PauseControl() {
  const { t } = useTranslation('application');
  const { detail } = useCard();
  const fmt = useCardFormat();
  const { send, sending, error, reset } = useSendAction();
  const [open, setOpen] = useState(false);
  const [ground, setGround] = useState<string | null>(null);
  const canPause = detail.availableActions.some((a) => a.type === 'pause');
  const canResume = detail.availableActions.some((a) => a.type === 'resume');
  const openPause = detail.application.pauses.find((p) => !p.to);
  if (!canPause && !canResume) return null;

  if (canResume) {
    return (
      <Paper withBorder p="sm" radius="md" data-testid="pause-control">
        <Group justify="space-between" gap="sm">
          <Text size="sm">
            {openPause ? t('pause.since', { date: fmt.dateTime(openPause.from), ground: fmt.ground(openPause.ground) }) : t('pause.paused')}
          </Text>
          <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} />} loading={sending} disabled={sending} onClick={() => send({ type: 'resume' })}>
            {t('pause.resume')}
          </Button>
        </Group>
        <ActionError error={error} onReset={reset} />
      </Paper>
    );
  }
  if (!open) {
    return (
      <Group justify="flex-end">
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconPlayerPause size={14} />} onClick={() => setOpen(true)}>
          {t('pause.open')}
        </Button>
      </Group>
    );
  }
  return (
    <Paper withBorder p="sm" radius="md" data-testid="pause-control">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('pause.ground')}
          w={320}
          data={PAUSE_GROUNDS.map((g) => ({ value: g, label: fmt.ground(g) }))}
          value={ground}
          onChange={setGround}
          allowDeselect={false}
        />
        <Button size="sm" disabled={!ground || sending} loading={sending} onClick={() => ground && send({ type: 'pause', ground: ground as PauseGround })}>
          {t('pause.confirm')}
        </Button>
        <Button size="sm" variant="default" onClick={() => setOpen(false)} disabled={sending}>
          {t('return.cancel')}
        </Button>
      </Group>
      <ActionError error={error} onReset={reset} />
    </Paper>
  );
}
