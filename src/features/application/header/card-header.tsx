import { Badge, Button, Collapse, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHelpCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ClockBadge } from '../../../shared/clock-badge';
import { localized, useCard } from '../card-context';
import { useCardFormat } from '../use-card-format';
import { DeadlineExplain } from './deadline-explain';
import { toClockView, useLiveClocks } from './live-clocks';

const STATUS_COLOR = { in_progress: 'flag', paused: 'gray', issued: 'green', refused: 'red' } as const;

function Field(props: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {props.label}
      </Text>
      {props.children}
    </Stack>
  );
}

/** The header band: who, what, where it stands, and both clocks with their explanation. */
export function CardHeader() {
  const { t } = useTranslation('application');
  const card = useCard();
  const fmt = useCardFormat();
  const { detail, lng, currentStep, timeZone, minutesPerDay } = card;
  const app = detail.application;
  const clocks = useLiveClocks();
  const [why, whyControls] = useDisclosure(false);
  const openPause = app.pauses.find((p) => !p.to);
  const applicantId = app.applicant.type === 'person' ? app.applicant.iin : app.applicant.bin;
  const holder = fmt.person(app.assigneeId);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="card-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={4} miw={0} style={{ flex: '1 1 420px' }}>
            <Group gap="sm" wrap="wrap">
              <Title order={2} id="card-title" size="h3">
                {t('header.title', { regNo: app.regNo })}
              </Title>
              <Badge color={STATUS_COLOR[app.status]} variant="light" size="lg" tt="none" data-testid="card-status">
                {t(`status.${app.status}`)}
              </Badge>
            </Group>
            <Text fw={500} lineClamp={2}>
              {localized(detail.service.name, lng)}
            </Text>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {localized(detail.variant.name, lng)}
            </Text>
          </Stack>
          <Stack gap={6} align="flex-end" style={{ flex: '0 1 auto' }}>
            <Group gap="xs" wrap="wrap" justify="flex-end" data-testid="card-clocks">
              <ClockBadge
                clock={toClockView(clocks.step)}
                kind="step"
                timeZone={timeZone}
                minutesPerDay={minutesPerDay}
                pauseGround={openPause ? fmt.ground(openPause.ground) : undefined}
                withLabel
              />
              <ClockBadge
                clock={toClockView(clocks.service)}
                kind="service"
                timeZone={timeZone}
                minutesPerDay={minutesPerDay}
                pauseGround={openPause ? fmt.ground(openPause.ground) : undefined}
                withLabel
              />
            </Group>
            <Text size="xs" c="dimmed" ta="right">
              {clocks.step?.deadline ? t('header.stepDeadline', { date: fmt.dateTime(clocks.step?.deadline) }) : t('header.noStepDeadline')}
              {' · '}
              {clocks.service?.deadline ? t('header.serviceDeadline', { date: fmt.dateTime(clocks.service?.deadline) }) : t('header.noServiceDeadline')}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconHelpCircle size={16} aria-hidden />}
              onClick={whyControls.toggle}
              aria-expanded={why}
              aria-controls="deadline-explain"
            >
              {t('header.why')}
            </Button>
          </Stack>
        </Group>
        <Collapse expanded={why} id="deadline-explain">
          <Divider mb="sm" />
          <DeadlineExplain />
        </Collapse>
        <Divider />
        <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="md" verticalSpacing="xs">
          <Field label={t('header.applicant')}>
            <Text size="sm" fw={500} lineClamp={2}>
              {app.applicant.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(app.applicant.type === 'person' ? 'header.iin' : 'header.bin', { id: applicantId })}
            </Text>
          </Field>
          <Field label={t('header.channel')}>
            <Text size="sm">{fmt.channel(app.channel)}</Text>
            <Text size="xs" c="dimmed">
              {t('header.received', { date: fmt.dateTime(app.receivedAt) })}
              {app.arrivedAt !== app.receivedAt ? ` ${t('header.arrived', { date: fmt.dateTime(app.arrivedAt) })}` : ''}
            </Text>
          </Field>
          <Field label={t('header.step')}>
            <Text size="sm" lineClamp={2} data-testid="card-current-step">
              {currentStep ? localized(currentStep.action, lng) : t(`header.finished.${app.status === 'refused' ? 'refused' : 'issued'}`)}
            </Text>
            {currentStep && (
              <Text size="xs" c="dimmed">
                {fmt.stepKind(currentStep.kind)}
              </Text>
            )}
          </Field>
          <Field label={t('header.performer')}>
            <Text size="sm" data-testid="card-performer">
              {currentStep ? (holder ?? t('header.queue', { role: fmt.role(currentStep.role) })) : '—'}
            </Text>
            {currentStep && (
              <Text size="xs" c="dimmed">
                {[fmt.role(currentStep.role), fmt.tier(currentStep.tier)].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
