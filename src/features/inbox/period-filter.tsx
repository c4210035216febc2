import { Button } from '@mantine/core';
import { IconCalendar, IconChevronDown } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format-date';
import { lazyModule, useLazyPopup } from '../../shared/on-demand';

/** The popover (Floating UI, presets, the calendar) is not needed to show the inbox: it loads on first use. */
const popover = lazyModule(() => import('./period-popover'));

export type Range = { from: string | null; to: string | null };

/** "Received from … to …" in the provider's calendar days, with quick presets. */
export const PeriodFilter = memo(function PeriodFilter(props: Range & { onChange: (value: Range) => void; now: Date; timeZone: string }) {
  const { t, i18n } = useTranslation('inbox');
  const popup = useLazyPopup(popover, 'dialog');
  const lng = i18n.language;
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
  const trigger = (
    <Button
      ref={popup.triggerRef}
      size="xs"
      variant={from || to ? 'light' : 'default'}
      leftSection={<IconCalendar size={14} aria-hidden />}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      onClick={() => popup.setOpened((o) => !o)}
      data-filter="period"
    >
      {summary}
    </Button>
  );
  if (!popup.real) return popup.standIn(trigger);
  return <popup.real.PeriodPopover {...props} trigger={trigger} opened={popup.opened} onOpenedChange={popup.setOpened} />;
});
