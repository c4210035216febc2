import { Button, Group, Popover, Skeleton, Stack } from '@mantine/core';
import { IconCalendar, IconChevronDown } from '@tabler/icons-react';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { lazy, memo, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format-date';

dayjs.extend(utc);
dayjs.extend(timezone);

/** @mantine/dates is needed only when the period filter opens. */
const PeriodCalendar = lazy(() => import('./period-calendar'));

type Range = { from: string | null; to: string | null };

/** "Received from … to …" in the provider's calendar days, with quick presets. */
export const PeriodFilter = memo(function PeriodFilter(props: Range & { onChange: (value: Range) => void; now: Date; timeZone: string }) {
  const { t, i18n } = useTranslation('inbox');
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState<[string | null, string | null]>([props.from, props.to]);
  const lng = i18n.language;
  const today = dayjs(props.now).tz(props.timeZone).format('YYYY-MM-DD');
  const daysBack = (n: number) => dayjs(today).subtract(n, 'day').format('YYYY-MM-DD');
  const apply = (from: string | null, to: string | null) => {
    props.onChange({ from, to });
    setOpened(false);
  };
  const label = (iso: string) => formatDate(`${iso}T12:00:00Z`, lng, 'UTC');
  const { from, to } = props;
  const summary =
    from && to
      ? from === to
        ? t('filters.periodOn', { date: label(from) })
        : t('filters.periodRange', { from: label(from), to: label(to) })
      : from
        ? t('filters.periodFrom', { date: label(from) })
        : to
          ? t('filters.periodTo', { date: label(to) })
          : t('filters.period');
  return (
    <Popover
      opened={opened}
      onChange={(o) => {
        setOpened(o);
        if (o) setDraft([from, to]);
      }}
      position="bottom-start"
      shadow="md"
      trapFocus
      hideDetached={false}
    >
      <Popover.Target>
        <Button
          size="xs"
          variant={from || to ? 'light' : 'default'}
          leftSection={<IconCalendar size={14} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          onClick={() => {
            setDraft([from, to]);
            setOpened((o) => !o);
          }}
          data-filter="period"
        >
          {summary}
        </Button>
      </Popover.Target>
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
});
