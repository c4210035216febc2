import { Badge, Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemoUsers } from '../../api/schemas/session';
import classes from './staff-picker.module.css';

const ROLE_ORDER = ['chancellery', 'director', 'department_head', 'specialist', 'commission', 'admin'];

/** Staff of the chosen provider by role, each with their current load; a click signs in. */
export function StaffPicker(props: {
  staff: DemoUsers['providers'][number]['staff'];
  lng: 'ru' | 'kk';
  busyId: string | null;
  onPick: (staffId: string) => void;
}) {
  const { t } = useTranslation('session');
  if (props.staff.length === 0) {
    return (
      <Text c="dimmed" p="md">
        {t('pickProvider')}
      </Text>
    );
  }
  const sorted = [...props.staff].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name[props.lng].localeCompare(b.name[props.lng]),
  );
  return (
    <Paper withBorder p="xs" style={{ flex: 1 }}>
      <Text size="sm" fw={600} px="xs" pb={4} id="staff-list-label">
        {t('staff')}
      </Text>
      <Stack gap={2} role="list" aria-labelledby="staff-list-label">
        {sorted.map((s) => (
          <div role="listitem" key={s.id}>
          <UnstyledButton
            className={classes.row}
            aria-busy={props.busyId === s.id}
            onClick={() => props.onPick(s.id)}
          >
            {/* The name is the visible text (label in name) after the verb: "Войти Нурланова … В работе: 2". */}
            <VisuallyHidden>{t('submit')}</VisuallyHidden>
            <Group justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={500}>
                  {s.name[props.lng]}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`role.${s.role}`)} · {s.login}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                <Badge variant="light" color="gray" tt="none">
                  {t('load', { open: s.load.open })}
                </Badge>
                {s.load.atRisk > 0 && (
                  <Badge variant="light" color="orange" tt="none">
                    {t('atRisk', { count: s.load.atRisk })}
                  </Badge>
                )}
                {s.load.overdue > 0 && (
                  <Badge variant="light" color="red" tt="none">
                    {t('overdue', { count: s.load.overdue })}
                  </Badge>
                )}
              </Group>
            </Group>
          </UnstyledButton>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
