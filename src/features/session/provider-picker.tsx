import { NavLink, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoUsers } from '../../api/schemas/session';

/** The five providers as a list; the chosen one is kept in the URL. */
export function ProviderPicker(props: {
  providers: DemoUsers['providers'];
  value: string | null;
  lng: 'ru' | 'kk';
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation('session');
  return (
    <Paper withBorder p="xs" w={420} miw={320} component="nav" aria-label={t('provider')}>
      <Text size="sm" fw={600} px="xs" pb={4}>
        {t('provider')}
      </Text>
      {props.providers.map((p) => (
        <NavLink
          key={p.id}
          component="button"
          active={p.id === props.value}
          aria-current={p.id === props.value ? 'true' : undefined}
          label={p.name[props.lng]}
          onClick={() => props.onChange(p.id)}
          styles={{ label: { whiteSpace: 'normal' } }}
        />
      ))}
    </Paper>
  );
}
