import { Anchor, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applicationListQuery } from '../../../api/applications';
import { useCard } from '../card-context';

/** After my act: the next application in my tasks (most urgent first) and the way back. */
export function NextTask() {
  const { t } = useTranslation('application');
  const { detail } = useCard();
  const list = useQuery(applicationListQuery({ tab: 'my', sort: 'service_left', dir: 'asc', limit: 5 }));
  const next = list.data?.items.find((row) => row.id !== detail.application.id);
  return (
    <Paper withBorder p="md" radius="md" bg="var(--mantine-color-teal-light)" data-testid="next-task">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color="teal" variant="light" radius="xl">
          <IconCircleCheck size={18} aria-hidden />
        </ThemeIcon>
        <div>
          <Text size="sm" fw={600}>
            {t('next.done')}
          </Text>
          <Group gap="lg" mt={4}>
            {next ? (
              <Anchor component={Link} to={`/applications/${encodeURIComponent(next.id)}`} size="sm">
                {t('next.open', { regNo: next.regNo })} <IconArrowRight size={14} style={{ verticalAlign: 'middle' }} aria-hidden />
              </Anchor>
            ) : (
              list.isSuccess && (
                <Text size="sm" c="dimmed">
                  {t('next.none')}
                </Text>
              )
            )}
            <Anchor component={Link} to="/inbox" size="sm">
              {t('next.inbox')}
            </Anchor>
          </Group>
        </div>
      </Group>
    </Paper>
  );
}
