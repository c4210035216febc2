import { Alert, Button, Text } from '@mantine/core';
import { IconRefresh, IconRefreshAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCard } from '../card-context';
import { personName } from '../card-model';
import { useChangeText } from '../forms/change-text';
import { changesSince, useCardLive } from '../live-detail';

/**
 * Someone changed the application while the user was typing in a form: who did what, and a
 * button that shows the new state (the typed input stays in the form and its draft).
 */
export function ChangedNotice() {
  const { t } = useTranslation('application');
  const { detail, me, lng } = useCard();
  const { pending, accept } = useCardLive();
  const changeText = useChangeText();
  if (!pending) return null;
  const changes = changesSince(detail, pending);
  const last = [...changes].reverse().find((e) => (e.onBehalfOf ?? e.actorId) !== me.staff.id) ?? changes.at(-1);
  return (
    <Alert color="blue" icon={<IconRefreshAlert size={18} />} title={t('live.title')} role="status" data-testid="changed-notice">
      {last && (
        <Text size="sm">{changeText({ who: personName(pending, last.actorId, lng), action: last.action, outcome: last.outcome, at: last.at })}</Text>
      )}
      {changes.length > 1 && <Text size="sm">{t('live.more', { count: changes.length })}</Text>}
      <Text size="sm" mt={4}>
        {t('live.kept')}
      </Text>
      <Button mt="sm" size="xs" leftSection={<IconRefresh size={14} />} onClick={accept}>
        {t('conflict.reload')}
      </Button>
    </Alert>
  );
}
