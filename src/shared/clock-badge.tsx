import { Badge } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconCheck,
  IconClock,
  IconMinus,
  IconPlayerPause,
  IconX,
} from '@tabler/icons-react';
import { formatDateTime } from './format-date';
import { LazyTip, useLazyTip } from './lazy-tip';
import { durationText } from './use-duration-text';
import { useFixedT } from './use-fixed-t';

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

/** The deadline tooltip opens after a short hover (a list is crossed by the pointer all the time). */
const OPEN_DELAY_MS = 200;

let userZone: string | undefined;
/** This browser's zone (asked once: a DateTimeFormat per badge is what made long lists slow). */
function browserZone(): string {
  userZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return userZone;
}

const deadlineTexts = new Map<string, string>();
/** The absolute deadline as text; a list shows the same deadlines render after render. */
function deadlineText(iso: string, lng: string, timeZone: string): string {
  const key = `${lng}|${timeZone}|${iso}`;
  let text = deadlineTexts.get(key);
  if (text === undefined) {
    text = formatDateTime(iso, lng, timeZone);
    if (deadlineTexts.size >= 20_000) deadlineTexts.clear();
    deadlineTexts.set(key, text);
  }
  return text;
}

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
  const { t, lng } = useFixedT('clock');
  const clock = props.clock ?? { state: 'no_norm' as const, deadline: null, remainingMinutes: null };
  const { color, Icon } = LOOK[clock.state];
  const underMinute = Math.abs(clock.remainingMinutes ?? 0) < 1;
  const text =
    clock.state === 'paused' && props.pauseGround
      ? t('text.pausedWithGround', { ground: props.pauseGround })
      : (clock.state === 'overdue' || clock.state === 'missed') && underMinute
        ? t(`text.${clock.state}UnderMinute`)
        : t(`text.${clock.state}`, { duration: durationText(t, clock.remainingMinutes ?? 0, props.minutesPerDay) });
  const deadline = clock.deadline
    ? t(props.timeZone === browserZone() ? 'deadline' : 'deadlineWithZone', {
        date: deadlineText(clock.deadline, lng, props.timeZone),
        zone: props.timeZone,
      })
    : t('noDeadline');
  const label = t(`label.${props.kind}`);
  const tip = useLazyTip<HTMLDivElement>(OPEN_DELAY_MS);
  return (
    <>
      <Badge
        ref={tip.ref}
        {...tip.handlers}
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
        // A text longer than its column ends in "…"; the tooltip says it whole.
        styles={{ root: { maxWidth: '100%' }, label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
      >
        {props.withLabel ? `${label}: ${text}` : text}
      </Badge>
      <LazyTip
        tip={tip}
        withArrow
        label={
          <>
            <div>{text}</div>
            <div>{deadline}</div>
          </>
        }
      />
    </>
  );
}
