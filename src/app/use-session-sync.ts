import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { onSessionChangedElsewhere } from '../api/client';

/**
 * When another tab signs in as someone else or signs out, this tab must not go on showing (and
 * acting on) the previous person's data: the cache is dropped and the page moves to the new
 * person's inbox or to sign-in. Typed input is not lost: form drafts are kept per user.
 */
export function useSessionSync() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation();
  useEffect(
    () =>
      onSessionChangedElsewhere((token) => {
        // Every cached answer belonged to the previous person: drop them, refetch what is shown.
        void queryClient.resetQueries();
        notifications.show({
          id: token ? 'session-changed-elsewhere' : 'signed-out-elsewhere',
          color: 'blue',
          message: t(token ? 'header.changedElsewhere' : 'header.signedOutElsewhere'),
          autoClose: 8000,
        });
        void navigate(token ? '/inbox' : '/sign-in', { replace: true });
      }),
    [queryClient, navigate, t],
  );
}
