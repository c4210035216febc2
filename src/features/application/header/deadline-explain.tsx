import { List, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCalendarOff, IconClockPlay, IconFlag, IconPlayerPause, IconRuler2, IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClockWithTrace } from '../../../api/schemas/common';
import { useCard } from '../card-context';
import { useCardFormat } from '../use-card-format';
import { explainTrace, type ExplainLine } from './explain';

const ICONS: Record<string, typeof IconFlag> = {
  regulation: IconScale,
  start: IconClockPlay,
  startMoved: IconClockPlay,
  rule: IconRuler2,
  skipped: IconCalendarOff,
  skippedRun: IconCalendarOff,
  moreSkipped: IconCalendarOff,
  workedWeekend: IconCalendarOff,
  pause: IconPlayerPause,
  pauseOpen: IconPlayerPause,
};

function iconOf(line: ExplainLine) {
  return ICONS[line.key.split('.')[1]] ?? IconFlag;
}

function Trace(props: { title: string; clock: ClockWithTrace | null }) {
  const { t } = useTranslation('application');
  const { lng } = useCard();
  const fmt = useCardFormat();
  const lines = explainTrace(props.clock?.trace, { dateTime: fmt.dateTime, day: fmt.day, norm: fmt.norm, ground: fmt.ground }, lng);
  return (
    <Stack gap={6}>
      <Text fw={600} size="sm">
        {props.title}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('explain.empty')}
        </Text>
      ) : (
        <List spacing={4} size="sm" center>
          {lines.map((line, i) => {
            const Icon = iconOf(line);
            return (
              <List.Item
                key={i}
                icon={
                  <ThemeIcon size={20} radius="xl" variant="light" color={line.key === 'explain.deadline' ? 'flag' : 'gray'}>
                    <Icon size={13} aria-hidden />
                  </ThemeIcon>
                }
              >
                <Text size="sm" fw={line.key === 'explain.deadline' ? 600 : undefined}>
                  {t(line.key, line.values)}
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

/** "Why this deadline?" for both clocks, side by side, in the user's language. */
export function DeadlineExplain() {
  const { t } = useTranslation('application');
  const { detail } = useCard();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" data-testid="deadline-explain">
      <Trace title={t('explain.stepTitle')} clock={detail.stepClock} />
      <Trace title={t('explain.serviceTitle')} clock={detail.serviceClock} />
    </SimpleGrid>
  );
}
