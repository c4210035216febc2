import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import * as v from 'valibot';
import { isApiError } from '../../../api/client';
import { versionConflictDetailsSchema } from '../../../api/schemas/applications';
import { applicationDetailQuery } from '../../../api/applications';
import { useCard } from '../card-context';
import { useCardLive } from '../live-detail';
import { useChangeText } from './change-text';
import { ActionConflictContext, canResend, isRetryable } from './send-action';

/** Codes meaning "the application moved on without you": the answer is to reload the card. */
const STALE = new Set(['version_conflict', 'wrong_step', 'not_assignee', 'finished', 'paused', 'conflict']);

/** Fetches the card again, shows its newest state (no "changed" notice), then forgets the error. */
function useReloadCard(onReset: () => void) {
  const { detail } = useCard();
  const queryClient = useQueryClient();
  const { accept } = useCardLive();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: applicationDetailQuery(detail.application.id).queryKey });
    accept();
    onReset();
  };
}

/** Someone acted first (409 version_conflict): who, what and when, and a way to the new state. */
export function ConflictAlert(props: { error: unknown; onReset: () => void }) {
  const { t } = useTranslation('application');
  const { lng, me } = useCard();
  const changeText = useChangeText();
  const reload = useReloadCard(props.onReset);
  const error = props.error as { details?: unknown };
  const parsed = v.safeParse(versionConflictDetailsSchema, error.details);
  const d = parsed.success ? parsed.output : null;
  // The change that came first is the user's own (an earlier attempt whose answer was lost).
  const self = d?.by?.id === me.staff.id;
  return (
    <Alert color="orange" icon={<IconUsers size={18} />} title={t(self ? 'conflict.selfTitle' : 'conflict.title')} role="alert" data-testid="conflict">
      <Text size="sm">{changeText({ who: d?.by ? d.by.name[lng] : null, action: d?.action, outcome: d?.outcome, at: d?.at })}</Text>
      <Text size="sm" mt={4}>
        {t(self ? 'conflict.selfKept' : 'conflict.kept')}
      </Text>
      <Button mt="sm" size="xs" leftSection={<IconRefresh size={14} />} onClick={() => void reload()}>
        {t('conflict.reload')}
      </Button>
    </Alert>
  );
}

/**
 * What went wrong with an action, in the user's language: who acted first (409), or the
 * server's refusal, or a network failure; the typed input stays in the form and its draft.
 * Inside the action panel a conflict is shown by the panel (it outlives the refused form, which
 * the refreshed card may no longer offer); elsewhere (comments) it is shown here.
 */
export function ActionError(props: { error: unknown; onReset: () => void; onRetry?: () => void }) {
  const { t, i18n } = useTranslation('application');
  const panelShowsConflicts = useContext(ActionConflictContext) !== null;
  const reload = useReloadCard(props.onReset);
  const { error } = props;
  if (!error) return null;

  if (isApiError(error, 'version_conflict')) return panelShowsConflicts ? null : <ConflictAlert error={error} onReset={props.onReset} />;

  const code = isApiError(error) ? error.code : 'unknown';
  const commonKey = `common:apiError.${code}`;
  const message = i18n.exists(commonKey) ? t(commonKey) : t('common:apiError.unknown');
  const stale = STALE.has(code);
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('error.title')} role="alert" data-testid="action-error">
      <Text size="sm">{message}</Text>
      <Text size="sm" mt={4}>
        {t(canResend(error) ? 'error.retrySafe' : 'error.kept')}
      </Text>
      <Group mt="sm" gap="xs">
        {canResend(error) && props.onRetry && (
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
