import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApplicationRow } from '../../api/schemas/applications.ts';
import { invalidateApplications, postAction } from '../../api/applications.ts';
import { newIdempotencyKey } from '../../api/client.ts';
import { useErrorText } from './error-text';

/** "Take" for a row waiting in my role's queue: it becomes mine (the server checks the rules). */
export function TakeButton({ row }: { row: ApplicationRow }) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const take = useMutation({
    mutationFn: () => postAction(row.id, { action: { type: 'take' }, expectedVersion: row.version, idempotencyKey: newIdempotencyKey() }),
    meta: { silent: true },
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('take.done', { regNo: row.regNo }) });
    },
    onError: (error) => {
      notifications.show({ color: 'red', title: t('take.failed', { regNo: row.regNo }), message: errorText(error) });
    },
    onSettled: () => invalidateApplications(queryClient, row.id),
  });
  return (
    <Button
      size="compact-xs"
      variant="light"
      loading={take.isPending}
      onClick={() => take.mutate()}
      aria-label={t('take.labelFor', { regNo: row.regNo })}
    >
      {t('take.label')}
    </Button>
  );
}
