import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHourglass, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localized, useCard } from '../card-context';
import { useCardFormat } from '../use-card-format';

/** The calm line when there is no form of mine to show: who has the step now, or how it ended. */
export function HolderLine() {
  const { t } = useTranslation('application');
  const { detail, currentStep, lng, me } = useCard();
  const fmt = useCardFormat();
  const app = detail.application;
  const finished = app.status === 'issued' || app.status === 'refused';
  const holder = fmt.person(app.assigneeId);
  let text: string;
  let Icon = IconUser;
  let color = 'gray';
  if (finished) {
    text = t(`holder.finished.${app.status}`, { date: fmt.dateTime(app.finishedAt) });
    Icon = app.status === 'issued' ? IconCircleCheck : IconCircleX;
    color = app.status === 'issued' ? 'green' : 'red';
  } else if (currentStep && app.assigneeId === me.staff.id) {
    // My own step without its form: the term is paused (the pause line below offers to resume).
    const paused = app.pauses.some((p) => !p.to);
    text = t(paused ? 'holder.minePaused' : 'holder.mine', { step: localized(currentStep.action, lng) });
  } else if (currentStep && holder) {
    text = t('holder.held', { name: holder, role: fmt.role(currentStep.role), step: localized(currentStep.action, lng) });
  } else if (currentStep) {
    text = t('holder.queue', { role: fmt.role(currentStep.role), step: localized(currentStep.action, lng) });
    Icon = IconHourglass;
  } else {
    text = t('holder.unknown');
  }
  return (
    <Paper withBorder p="md" radius="md" data-testid="holder-line">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" color={color} radius="xl" size="lg">
          <Icon size={18} aria-hidden />
        </ThemeIcon>
        <Text size="sm">{text}</Text>
      </Group>
    </Paper>
  );
}
