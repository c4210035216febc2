import type { QueryClient } from '@tanstack/react-query';
import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RouteArgs } from '../../app/router';
import { countersQuery } from '../../api/applications.ts';
import { catalogQuery } from '../../api/catalog.ts';
import { meQuery } from '../../api/session.ts';
import { listPage } from './use-list-pages';
import { InboxScreen } from './inbox-screen';
import { parseInboxSearch, toListQuery } from './inbox-search-params';
import { ListError, ListSkeleton, useSlow } from './inbox-states';

/**
 * Route /inbox. The prefetch starts every request the screen needs at once and does not wait for
 * them: a slow backend shows the skeleton with progress (and then a retry), never a blank page.
 */
export async function prefetch(queryClient: QueryClient, args: RouteArgs) {
  const { filters } = parseInboxSearch(args.search);
  void queryClient.prefetchQuery(meQuery());
  void queryClient.prefetchQuery(catalogQuery());
  void queryClient.prefetchQuery(countersQuery());
  void queryClient.prefetchQuery(listPage(toListQuery(filters), 0));
}

export function Component() {
  const { t } = useTranslation('inbox');
  const me = useQuery(meQuery());
  const catalog = useQuery(catalogQuery());
  const ready = me.data !== undefined && catalog.data !== undefined;
  const slow = useSlow(!ready);
  if (me.data && catalog.data) return <InboxScreen me={me.data} catalog={catalog.data} />;
  const failed = me.isError ? me : catalog.isError ? catalog : null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('title')}
      </Title>
      {failed ? (
        <ListError
          error={failed.error}
          retrying={me.isFetching || catalog.isFetching}
          onRetry={() => {
            if (me.isError) void me.refetch();
            if (catalog.isError) void catalog.refetch();
          }}
        />
      ) : (
        <ListSkeleton slow={slow} />
      )}
    </Stack>
  );
}
