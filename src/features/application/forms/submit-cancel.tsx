import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The primary button of a secondary form (return, reassign) and its "cancel". */
export function SubmitCancel(props: { label: string; sending: boolean; onCancel: () => void; color?: string; icon?: ReactNode; disabled?: boolean }) {
  const { t } = useTranslation('application');
  return (
    <Group gap="sm">
      <Button type="submit" color={props.color} leftSection={props.icon} loading={props.sending} disabled={props.sending || props.disabled}>
        {props.label}
      </Button>
      <Button variant="default" onClick={props.onCancel} disabled={props.sending}>
        {t('return.cancel')}
      </Button>
    </Group>
  );
}
