import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { errorCode, errorMessageKey } from './error-code';

/** Errors the screens handle themselves (no global toast). */
const SILENT = new Set(['version_conflict', 'invalid_payload', 'unauthorized']);

function notifyError(i18n: I18n, error: unknown, retry?: () => void) {
  if (SILENT.has(errorCode(error))) return;
  const key = errorMessageKey(error, (k) => i18n.exists(k));
  notifications.show({
    id: `api-error-${errorCode(error)}`,
    color: 'red',
    title: i18n.t('common:apiError.title'),
    message: i18n.t(key),
    autoClose: 6000,
    onClick: retry,
  });
}

/** The app's QueryClient: failed requests raise a translated notification. */
export function createQueryClient(i18n: I18n): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // Only background refetch failures toast; a first load shows its own error state with retry.
        if (query.state.data !== undefined) notifyError(i18n, error, () => void query.fetch());
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (mutation.options.meta?.silent) return;
        notifyError(i18n, error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A refusal (4xx) is final; a fault or no answer is tried three more times, quickly: one
        // request in five failing (the demo's fault injection) leaves a screen on its error state
        // about once in 600 loads instead of once in 125, and an outage shows within 3.5 s.
        retry: (count, error) => {
          const status = (error as { status?: number }).status ?? 0;
          return status !== 0 && status < 500 ? false : count < 3;
        },
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
        refetchOnWindowFocus: true,
      },
    },
  });
  return client;
}
