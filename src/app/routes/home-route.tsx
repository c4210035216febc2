import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

/** Temporary landing shown until the inbox feature is composed here; proves the API wiring. */
export function Component() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: async () => {
      const res = await fetch('/api/health');
      if (!res.ok) throw Object.assign(new Error('health'), { status: res.status });
      return (await res.json()) as { ok: boolean };
    },
  });
  return (
    <Group>
      <Text>{t('app.fullName')}</Text>
      <Badge color={health.data?.ok ? 'teal' : 'gray'}>
        {health.data?.ok ? t('health.ok') : t('health.down')}
      </Badge>
    </Group>
  );
}
