import { Alert, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RouteArgs } from '../../app/router';
import { isApiError } from '../../api/client';
import { applicationDetailQuery } from '../../api/applications';
import { catalogQuery } from '../../api/catalog';
import { meQuery } from '../../api/session';
import { buildCard } from './build-card';
import { CardContext } from './card-context';
import { CardPage } from './card-page';
import { CardLiveContext, useLiveDetail } from './live-detail';

/** Starts the card's requests before the screen renders; errors are shown by the screen itself. */
export async function prefetch(queryClient: QueryClient, args: RouteArgs) {
  const id = args.params.id ?? '';
  await Promise.allSettled([
    queryClient.ensureQueryData(applicationDetailQuery(id)),
    queryClient.ensureQueryData(catalogQuery()),
    queryClient.ensureQueryData(meQuery()),
  ]);
  return null;
}

/** /applications/:id — the application card. */
export function Component() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('application');
  const detail = useQuery(applicationDetailQuery(id));
  const { shown, controls } = useLiveDetail(id, detail.data);
  const catalog = useQuery(catalogQuery());
  const me = useQuery(meQuery());
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';

  const card = useMemo(
    () =>
      shown && catalog.data && me.data
        ? buildCard({ detail: shown, catalog: catalog.data, me: me.data, lng, fetchedAt: detail.dataUpdatedAt })
        : null,
    [shown, catalog.data, me.data, lng, detail.dataUpdatedAt],
  );

  const error = detail.error ?? catalog.error ?? me.error;
  if (error && !card) {
    const missing = isApiError(error, 'not_found') || isApiError(error, 'forbidden') || isApiError(error, 'wrong_provider');
    return (
      <Stack maw={640} mx="auto" mt="xl">
        <Alert color={missing ? 'gray' : 'red'} title={t(missing ? 'page.notFoundTitle' : 'page.errorTitle')} role="alert">
          {t(missing ? 'page.notFound' : 'page.error')}
        </Alert>
        <Group>
          {!missing && (
            <Button onClick={() => void Promise.all([detail.refetch(), catalog.refetch(), me.refetch()])}>{t('page.retry')}</Button>
          )}
          <Button variant="default" component={Link} to="/inbox">
            {t('page.toInbox')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (!card) {
    return (
      <Center mih={240} aria-busy>
        <Loader aria-label={t('page.loading')} />
      </Center>
    );
  }
  return (
    <CardLiveContext.Provider value={controls}>
      <CardContext.Provider value={card}>
        <CardPage key={card.detail.application.id} />
      </CardContext.Provider>
    </CardLiveContext.Provider>
  );
}
