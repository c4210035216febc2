import { Alert, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCard } from '../card-context';
import { useCardFormat } from '../use-card-format';

type Return = { stepId: string; toStepId: string; reason: string; at: string; actorId: string };

/** When my step came back to me: who returned it, when, and why (the reason is the point). */
export function ReturnedNote() {
  const { t } = useTranslation('application');
  const { detail, currentStep } = useCard();
  const fmt = useCardFormat();
  const app = detail.application;
  const last = app.history.at(-1);
  const returns = (app.data as { returns?: Return[] }).returns ?? [];
  const ret = returns.at(-1);
  if (!currentStep || !last || last.outcome !== 'returned' || !ret || ret.toStepId !== currentStep.id) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconArrowBackUp size={18} />} title={t('returned.title')} data-testid="returned-note">
      <Text size="sm">{t('returned.by', { name: fmt.person(ret.actorId), date: fmt.dateTime(ret.at) })}</Text>
      <Text size="sm" fw={500} mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {ret.reason}
      </Text>
    </Alert>
  );
}
