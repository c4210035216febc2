import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { versionConflictDetailsSchema } from '../../../api/schemas/applications';
import { applicationDetailQuery } from '../../../api/applications';
import { useCard } from '../card-context';
import { useCardLive } from '../live-detail';
import { useChangeText } from './change-text';
import { isRetryable } from './send-action';

/** Codes meaning "the application moved on without you": the answer is to reload the card. */
const STALE = new Set(['version_conflict', 'wrong_step', 'not_assignee', 'finished', 'paused', 'conflict']);

/**
 * What went wrong with an action, in the user's language: who acted first (409), or the
 * server's refusal, or a network failure; the typed input stays in the form and its draft.
 */
export function ActionError(props: { error: unknown; onReset: () => void; onRetry?: () => void }) {
  const { t, i18n } = useTranslation('application');
  const { detail, lng } = useCard();
  const changeText = useChangeText();
  const queryClient = useQueryClient();
  const { accept } = useCardLive();
  const { error } = props;
  if (!error) return null;

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: applicationDetailQuery(detail.application.id).queryKey });
    accept();
    props.onReset();
  };

  if (isApiError(error, 'version_conflict')) {
    const parsed = versionConflictDetailsSchema.safeParse(error.details);
    const d = parsed.success ? parsed.data : null;
    return (
      <Alert color="orange" icon={<IconUsers size={18} />} title={t('conflict.title')} role="alert" data-testid="conflict">
        <Text size="sm">{changeText({ who: d?.by ? d.by.name[lng] : null, action: d?.action, outcome: d?.outcome, at: d?.at })}</Text>
        <Text size="sm" mt={4}>
          {t('conflict.kept')}
        </Text>
        <Button mt="sm" size="xs" leftSection={<IconRefresh size={14} />} onClick={() => void reload()}>
          {t('conflict.reload')}
        </Button>
      </Alert>
    );
  }

  const code = isApiError(error) ? error.code : 'unknown';
  const commonKey = `common:apiError.${code}`;
  const message = i18n.exists(commonKey) ? t(commonKey) : t('common:apiError.unknown');
  const stale = STALE.has(code);
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('error.title')} role="alert" data-testid="action-error">
      <Text size="sm">{message}</Text>
      <Text size="sm" mt={4}>
        {t(isRetryable(error) ? 'error.retrySafe' : 'error.kept')}
      </Text>
      <Group mt="sm" gap="xs">
        {isRetryable(error) && props.onRetry && (
          <Button size="xs" onClick={props.onRetry}>
            {t('error.retry')}
          </Button>
        )}
        {(stale || !isRetryable(error)) && (
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={() => void reload()}>
            {t('conflict.reload')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
