import { Badge, Tooltip } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconCheck,
  IconClock,
  IconMinus,
  IconPlayerPause,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format-date';
import { useDurationText } from './use-duration-text';

export type ClockView = {
  state: 'on_track' | 'at_risk' | 'overdue' | 'paused' | 'met' | 'missed' | 'no_norm';
  deadline: string | null;
  remainingMinutes: number | null;
};

const LOOK = {
  on_track: { color: 'teal', Icon: IconClock },
  at_risk: { color: 'orange', Icon: IconAlertTriangle },
  overdue: { color: 'red', Icon: IconAlertOctagon },
  paused: { color: 'gray', Icon: IconPlayerPause },
  met: { color: 'green', Icon: IconCheck },
  missed: { color: 'red.9', Icon: IconX },
  no_norm: { color: 'gray', Icon: IconMinus },
} as const;

/**
 * The one clock badge of the product (inbox, card, dashboards): colour + icon + words, the
 * absolute deadline in the provider's zone in the tooltip (and for screen readers).
 */
export function ClockBadge(props: {
  clock: ClockView | null;
  kind: 'step' | 'service';
  timeZone: string;
  minutesPerDay?: number;
  pauseGround?: string;
  withLabel?: boolean;
}) {
  const { t, i18n } = useTranslation('clock');
  const duration = useDurationText(props.minutesPerDay);
  const clock = props.clock ?? { state: 'no_norm' as const, deadline: null, remainingMinutes: null };
  const { color, Icon } = LOOK[clock.state];
  const underMinute = Math.abs(clock.remainingMinutes ?? 0) < 1;
  const text =
    clock.state === 'paused' && props.pauseGround
      ? t('text.pausedWithGround', { ground: props.pauseGround })
      : (clock.state === 'overdue' || clock.state === 'missed') && underMinute
        ? t(`text.${clock.state}UnderMinute`)
        : t(`text.${clock.state}`, { duration: duration(clock.remainingMinutes ?? 0) });
  const userZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const deadline = clock.deadline
    ? t(props.timeZone === userZone ? 'deadline' : 'deadlineWithZone', {
        date: formatDateTime(clock.deadline, i18n.language, props.timeZone),
        zone: props.timeZone,
      })
    : t('noDeadline');
  const label = t(`label.${props.kind}`);
  return (
    <Tooltip label={deadline} withArrow openDelay={200} events={{ hover: true, focus: true, touch: true }}>
      <Badge
        tabIndex={0}
        color={color}
        variant={clock.state === 'overdue' || clock.state === 'missed' ? 'filled' : 'light'}
        leftSection={<Icon size={14} aria-hidden />}
        radius="sm"
        size="md"
        tt="none"
        fw={500}
        data-clock-state={clock.state}
        aria-label={`${label}: ${text}. ${deadline}`}
        styles={{ label: { overflow: 'visible' } }}
      >
        {props.withLabel ? `${label}: ${text}` : text}
      </Badge>
    </Tooltip>
  );
}
