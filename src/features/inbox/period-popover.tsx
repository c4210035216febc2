import { Button, Group, Popover, Skeleton, Stack } from '@mantine/core';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { lazy, Suspense, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Range } from './period-filter';

dayjs.extend(utc);
dayjs.extend(timezone);

/** @mantine/dates is needed only when the period filter opens. */
const PeriodCalendar = lazy(() => import('./period-calendar'));

/** The period filter's popover (presets, calendar): loaded on first use, see `period-filter.tsx`. */
export function PeriodPopover(
  props: Range & {
    onChange: (value: Range) => void;
    now: Date;
    timeZone: string;
    trigger: ReactElement;
    opened: boolean;
    onOpenedChange: (opened: boolean) => void;
  },
) {
  const { t, i18n } = useTranslation('inbox');
  const { from, to, opened } = props;
  const [draft, setDraft] = useState<[string | null, string | null]>([from, to]);
  // Each opening starts from the applied period.
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setDraft([from, to]);
  }
  const lng = i18n.language;
  const today = dayjs(props.now).tz(props.timeZone).format('YYYY-MM-DD');
  const daysBack = (n: number) => dayjs(today).subtract(n, 'day').format('YYYY-MM-DD');
  const apply = (from: string | null, to: string | null) => {
    props.onChange({ from, to });
    props.onOpenedChange(false);
  };
  return (
    <Popover opened={opened} onChange={props.onOpenedChange} position="bottom-start" shadow="md" trapFocus hideDetached={false}>
      <Popover.Target>{props.trigger}</Popover.Target>
      <Popover.Dropdown aria-labelledby={undefined} aria-label={t('filters.period')}>
        <Stack gap="xs">
          <Group gap={6}>
            <Button size="compact-xs" variant="light" onClick={() => apply(today, today)}>
              {t('filters.presetToday')}
            </Button>
            <Button size="compact-xs" variant="light" onClick={() => apply(daysBack(6), today)}>
              {t('filters.presetWeek')}
            </Button>
            <Button size="compact-xs" variant="light" onClick={() => apply(daysBack(29), today)}>
              {t('filters.presetMonth')}
            </Button>
          </Group>
          <Suspense fallback={<Skeleton w={252} h={272} aria-busy="true" />}>
            <PeriodCalendar lng={lng} value={draft} onChange={setDraft} maxDate={today} />
          </Suspense>
          <Group justify="space-between">
            <Button size="compact-xs" variant="subtle" disabled={!from && !to} onClick={() => apply(null, null)}>
              {t('filters.clear')}
            </Button>
            <Button size="compact-xs" disabled={!draft[0]} onClick={() => apply(draft[0], draft[1] ?? draft[0])}>
              {t('filters.apply')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
