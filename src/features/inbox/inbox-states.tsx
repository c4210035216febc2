import { Alert, Button, EmptyState, Group, Loader, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconFilterOff, IconInbox, IconRefresh, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tab } from '../../api/schemas/applications.ts';
import { useErrorText } from './error-text';
import classes from './inbox-table.module.css';

/** First load: the table's shape in grey, with a line saying it is loading. */
export function ListSkeleton(props: { slow: boolean }) {
  const { t } = useTranslation('inbox');
  return (
    <div className={classes.scroller} aria-busy="true">
      <Stack gap={0} p="xs">
        <Group gap="xs" h={36} role="status">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {props.slow ? t('state.slow') : t('state.loading')}
          </Text>
        </Group>
        {Array.from({ length: 10 }, (_, i) => (
          <Group key={i} h={44} gap="md" wrap="nowrap" aria-hidden>
            <Skeleton h={12} w={110} />
            <Skeleton h={12} style={{ flex: 1 }} />
            <Skeleton h={12} style={{ flex: 1 }} />
            <Skeleton h={12} w={160} />
            <Skeleton h={20} w={180} radius="sm" />
            <Skeleton h={20} w={190} radius="sm" />
          </Group>
        ))}
      </Stack>
    </div>
  );
}

/** The list could not be loaded at all: what happened and a retry (never a blank table). */
export function ListError(props: { error: unknown; retrying: boolean; onRetry: () => void }) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  return (
    <Paper withBorder p="xl" className={classes.scroller}>
      <EmptyState
        icon={<IconAlertCircle size={28} />}
        variant="light"
        color="red"
        title={t('state.errorTitle')}
        description={errorText(props.error)}
      >
        <EmptyState.Actions>
          <Button leftSection={<IconRefresh size={16} />} loading={props.retrying} onClick={props.onRetry}>
            {t('state.retry')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

/** Nothing to show, and why: no work in this tab, or the filters / search are too narrow. */
export function EmptyInbox(props: { tab: Tab; narrowed: boolean; q: string; onReset: () => void }) {
  const { t } = useTranslation('inbox');
  const reason = props.q ? 'search' : props.narrowed ? 'filtered' : props.tab;
  const Icon = props.q ? IconSearch : props.narrowed ? IconFilterOff : IconInbox;
  return (
    <Paper withBorder p="xl" className={classes.scroller} role="status">
      <EmptyState
        icon={<Icon size={28} />}
        variant="light"
        title={t(`empty.${reason}.title`, { q: props.q })}
        description={t(`empty.${reason}.text`)}
      >
        {props.narrowed || props.q ? (
          <EmptyState.Actions>
            <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={props.onReset}>
              {t('filters.reset')}
            </Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    </Paper>
  );
}

/** Some later page failed: the rows stay grey; say so and offer a retry. */
export function PageRetry(props: { onRetry: () => void }) {
  const { t } = useTranslation('inbox');
  return (
    <Alert color="orange" variant="light" py={6} icon={<IconAlertCircle size={16} />}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('state.pageFailed')}</Text>
        <Button size="compact-sm" variant="subtle" onClick={props.onRetry}>
          {t('state.retry')}
        </Button>
      </Group>
    </Alert>
  );
}

/** True once `busy` has lasted longer than `afterMs` (a slow backend gets a word, not silence). */
export function useSlow(busy: boolean, afterMs = 3000): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) {
      setSlow(false);
      return;
    }
    const id = setTimeout(() => setSlow(true), afterMs);
    return () => clearTimeout(id);
  }, [busy, afterMs]);
  return slow;
}
