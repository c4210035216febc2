import { Badge, useMantineTheme, type BadgeProps, type MantineTheme } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconCheck,
  IconClock,
  IconMinus,
  IconPlayerPause,
  IconX,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
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

type Look = { color: string; variant: 'filled' | 'light' };

/**
 * Mantine's Badge variables (colours, size md, radius sm) for a look, worked out once per theme:
 * the badge below is drawn with Badge's own classes and variables, without the component, whose
 * props, styles and colour resolution on every render were the largest share of drawing a row.
 */
const badgeStyles = new WeakMap<MantineTheme, Map<string, CSSProperties>>();
function badgeStyle(theme: MantineTheme, look: Look): CSSProperties {
  let byLook = badgeStyles.get(theme);
  if (!byLook) {
    byLook = new Map();
    badgeStyles.set(theme, byLook);
  }
  const key = `${look.color}|${look.variant}`;
  let style = byLook.get(key);
  if (!style) {
    const props = { color: look.color, variant: look.variant, size: 'md', radius: 'sm' } as BadgeProps;
    style = { ...(Badge.varsResolver(theme, props, {}).root as CSSProperties), maxWidth: '100%', textTransform: 'none', fontWeight: 500 };
    byLook.set(key, style);
  }
  return style;
}

type BadgeTexts = { text: string; deadline: string; label: string };
const badgeTexts = new Map<string, BadgeTexts>();
const MAX_BADGE_TEXTS = 20_000;

/**
 * The badge's words, remembered: a list draws the same clocks again at every search and scroll,
 * and a clock's words change only with its minute.
 */
function textsOf(t: TFunction<'clock'>, lng: string, clock: ClockView, props: { kind: 'step' | 'service'; timeZone: string; minutesPerDay?: number; pauseGround?: string }): BadgeTexts {
  const key = `${lng}|${props.kind}|${props.timeZone}|${props.minutesPerDay}|${props.pauseGround ?? ''}|${clock.state}|${clock.remainingMinutes}|${clock.deadline}`;
  let texts = badgeTexts.get(key);
  if (texts) return texts;
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
  texts = { text, deadline, label: t(`label.${props.kind}`) };
  if (badgeTexts.size >= MAX_BADGE_TEXTS) badgeTexts.clear();
  badgeTexts.set(key, texts);
  return texts;
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
  const theme = useMantineTheme();
  const clock = props.clock ?? { state: 'no_norm' as const, deadline: null, remainingMinutes: null };
  const { color, Icon } = LOOK[clock.state];
  const variant = clock.state === 'overdue' || clock.state === 'missed' ? 'filled' : 'light';
  const { text, deadline, label } = textsOf(t, lng, clock, props);
  const tip = useLazyTip<HTMLDivElement>(OPEN_DELAY_MS);
  return (
    <>
      <div
        ref={tip.ref}
        {...tip.handlers}
        tabIndex={0}
        className={`${Badge.classes.root} mantine-Badge-root`}
        data-variant={variant}
        data-size="md"
        data-with-left-section
        style={badgeStyle(theme, { color, variant })}
        data-clock-state={clock.state}
        aria-label={`${label}: ${text}. ${deadline}`}
      >
        <span className={`${Badge.classes.section} mantine-Badge-section`} data-position="left">
          <Icon size={14} aria-hidden />
        </span>
        {/* A text longer than its column ends in "…" (Badge's label class); the tooltip says it whole. */}
        <span className={`${Badge.classes.label} mantine-Badge-label`}>{props.withLabel ? `${label}: ${text}` : text}</span>
      </div>
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
