import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import type { ActionRequest } from '../../../api/schemas/action';
import type { ApplicationDetail } from '../../../api/schemas/applications';
import type { Action } from '../../../domain/workflow/types';
import { applicationDetailQuery, invalidateApplications, postAction } from '../../../api/applications';
import { useCard } from '../card-context';
import { useCardLive } from '../live-detail';
import { useIntentKey } from './intent-key';

/** Set by the action panel: what to do once an action went through (offer the next task). */
export const ActionDoneContext = createContext<(detail: ApplicationDetail, action: Action) => void>(() => {});

/**
 * Set by the action panel: a refused action's conflict (or null to forget it) goes to the panel,
 * which keeps showing who acted first after the card refreshes and the refused form is gone.
 */
export const ActionConflictContext = createContext<((error: unknown) => void) | null>(null);

/** Failures worth repeating with the same idempotency key: nothing reached the server, or it was busy. */
export function isRetryable(error: unknown): boolean {
  return isApiError(error, 'network') || isApiError(error, 'timeout') || isApiError(error, 'unavailable');
}

/**
 * Failures the user may send again by hand with the same idempotency key: the retryable ones and
 * a server error (500), which may have come after the change was stored: the same key then gets
 * the stored result instead of a second change. (Not repeated automatically: a real bug would
 * only fail again.)
 */
export function canResend(error: unknown): boolean {
  return isRetryable(error) || isApiError(error, 'internal');
}

/**
 * Sends one action of the current step: expected version of the card, one idempotency key per
 * intent (automatic retries of network failures reuse it), the card updated from the answer.
 */
export function useSendAction(options: { onSuccess?: () => void } = {}) {
  const { detail } = useCard();
  const { t } = useTranslation('application');
  const queryClient = useQueryClient();
  const onDone = useContext(ActionDoneContext);
  const { markOwn } = useCardLive();
  const reportConflict = useContext(ActionConflictContext);
  const intent = useIntentKey();
  const id = detail.application.id;
  const version = detail.application.version;
  const inFlight = useRef(false);
  const onSuccessRef = useRef(options.onSuccess);
  onSuccessRef.current = options.onSuccess;

  const mutation = useMutation({
    mutationFn: (body: ActionRequest) => postAction(id, body),
    retry: (count, error) => count < 2 && isRetryable(error),
    retryDelay: (attempt) => Math.min(400 * 2 ** attempt, 3_000),
    meta: { silent: true },
    onSettled: () => {
      inFlight.current = false;
    },
    onError: (err) => {
      // Someone acted first: fetch the card in the background (the form keeps the input).
      if (isApiError(err, 'version_conflict')) {
        reportConflict?.(err);
        void invalidateApplications(queryClient, id);
      }
    },
    onSuccess: (data, body) => {
      intent.done();
      onSuccessRef.current?.();
      markOwn(data);
      queryClient.setQueryData(applicationDetailQuery(id).queryKey, data);
      void invalidateApplications(queryClient);
      notifications.show({
        color: 'teal',
        title: t('done.title'),
        message: t(`done.message.${body.action.type}`, { regNo: data.application.regNo, defaultValue: t('done.message.default', { regNo: data.application.regNo }) }),
        autoClose: 5000,
      });
      onDone(data, body.action as Action);
    },
  });

  const { mutate, isPending, error, reset } = mutation;
  const send = useCallback(
    (action: Action) => {
      // A second submit while the first is on its way is the same intent: ignore it.
      if (inFlight.current) return;
      inFlight.current = true;
      reportConflict?.(null);
      const idempotencyKey = intent.keyFor({ action, version });
      mutate({ action: action as ActionRequest['action'], expectedVersion: version, idempotencyKey });
    },
    [intent, mutate, version, reportConflict],
  );

  return { send, sending: isPending, error, reset };
}
