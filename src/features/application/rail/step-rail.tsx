import { Badge, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconClock, IconFlag, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ClockBadge } from '../../../shared/clock-badge';
import { localized, useCard } from '../card-context';
import { railItems, type RailItem } from '../card-model';
import { toClockView, useLiveClocks } from '../header/live-clocks';
import { useCardFormat } from '../use-card-format';
import { PlanSummary } from './plan-summary';
import { stepMet } from './rail-timing';

function Bullet(props: { item: RailItem; met: 'met' | 'missed' | null }) {
  const { item } = props;
  if (item.type === 'done') {
    return props.met === 'missed' ? <IconX size={12} aria-hidden /> : <IconCheck size={12} aria-hidden />;
  }
  if (item.type === 'current') return <IconClock size={12} aria-hidden />;
  if (item.type === 'end') return <IconFlag size={12} aria-hidden />;
  return <IconCircleDashed size={12} aria-hidden />;
}

/** The side column: the variant's chain as a timeline (done, current, planned) and the plan. */
export function StepRail() {
  const { t } = useTranslation('application');
  const card = useCard();
  const fmt = useCardFormat();
  const { detail, steps, lng, sla, timeZone, minutesPerDay } = card;
  const app = detail.application;
  const clocks = useLiveClocks();
  const items = useMemo(() => railItems(app, steps), [app, steps]);
  const met = useMemo(
    () => items.map((i) => (i.type === 'done' ? stepMet(i.record, i.step, app, sla) : null)),
    [items, app, sla],
  );
  const active = Math.max(
    0,
    items.findIndex((i) => i.type === 'current'),
  );
  const lastDone = items.reduce((acc, i, idx) => (i.type === 'done' || (i.type === 'end' && !i.planned) ? idx : acc), -1);

  return (
    <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="rail-title">
      <Stack gap="md">
        <Title order={3} size="h5" id="rail-title">
          {t('rail.title')}
        </Title>
        <Timeline active={items.some((i) => i.type === 'current') ? active : lastDone} bulletSize={22} lineWidth={2} data-testid="step-rail">
          {items.map((item, idx) => {
            const planned = item.type === 'planned' || (item.type === 'end' && item.planned);
            const color = item.type === 'done' && met[idx] === 'missed' ? 'red' : item.type === 'current' ? 'flag' : 'teal';
            const title =
              item.type === 'end'
                ? t(`rail.end.${item.end}`)
                : item.step
                  ? localized(item.step.action, lng)
                  : item.type === 'done'
                    ? fmt.stepKind(item.record.kind)
                    : item.stepId;
            return (
              <Timeline.Item
                key={`${item.type}-${idx}`}
                color={color}
                lineVariant={planned ? 'dashed' : 'solid'}
                bullet={<Bullet item={item} met={met[idx]} />}
                aria-current={item.type === 'current' ? 'step' : undefined}
                data-rail={item.type}
                title={
                  <Text size="sm" fw={item.type === 'current' ? 700 : 500} c={planned ? 'dimmed' : undefined} lineClamp={3}>
                    {title}
                  </Text>
                }
              >
                {item.type !== 'end' && item.step && (
                  <Text size="xs" c="dimmed">
                    {[fmt.role(item.step.role), fmt.tier(item.step.tier), item.step.norm ? t('rail.norm', { norm: fmt.norm(item.step.norm) }) : t('rail.noNorm')]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                )}
                {item.type === 'done' && (
                  <Stack gap={2} mt={4}>
                    <Text size="xs">
                      {t('rail.doneBy', { name: fmt.person(item.record.actorId), date: fmt.dateTime(item.record.finishedAt) })}
                      {item.record.onBehalfOf ? ` ${t('rail.onBehalfOf', { name: fmt.person(item.record.onBehalfOf) })}` : ''}
                    </Text>
                    <Group gap={6}>
                      <Badge size="xs" variant="light" color="gray" tt="none">
                        {fmt.outcome(item.record.outcome)}
                      </Badge>
                      {met[idx] && (
                        <Badge size="xs" variant="light" color={met[idx] === 'met' ? 'green' : 'red'} tt="none">
                          {t(`rail.${met[idx]}`)}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                )}
                {item.type === 'current' && (
                  <Stack gap={4} mt={4}>
                    <Text size="xs">
                      {fmt.person(app.assigneeId)
                        ? t('rail.heldBy', { name: fmt.person(app.assigneeId) })
                        : t('rail.inQueue', { role: fmt.role(item.step.role) })}
                    </Text>
                    <ClockBadge clock={toClockView(clocks.step)} kind="step" timeZone={timeZone} minutesPerDay={minutesPerDay} />
                  </Stack>
                )}
                {item.type === 'end' && !item.planned && item.at && (
                  <Text size="xs">{fmt.dateTime(item.at)}</Text>
                )}
              </Timeline.Item>
            );
          })}
        </Timeline>
        <PlanSummary items={items} />
      </Stack>
    </Paper>
  );
}
