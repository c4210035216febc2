import { Badge, Loader, Tabs } from '@mantine/core';
import { IconChecks, IconEye, IconListCheck, IconStack2 } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Counters, Tab } from '../../api/schemas/applications.ts';
import { formatNumber } from '../../shared/format-date';

const ICONS = { my: IconListCheck, queue: IconStack2, control: IconEye, finished: IconChecks } as const;

/** The four lists with their live counts (Under control only for heads and the director). */
export const InboxTabs = memo(function InboxTabs(props: { value: Tab; tabs: Tab[]; counters: Counters | undefined; onChange: (tab: Tab) => void }) {
  const { t, i18n } = useTranslation('inbox');
  return (
    <Tabs value={props.value} onChange={(v) => v && props.onChange(v as Tab)} color="gold.5" activateTabWithKeyboard={false}>
      <Tabs.List aria-label={t('tabs.label')}>
        {props.tabs.map((tab) => {
          const Icon = ICONS[tab];
          const count = props.counters?.[tab];
          return (
            <Tabs.Tab
              key={tab}
              value={tab}
              leftSection={<Icon size={16} aria-hidden />}
              rightSection={
                typeof count === 'number' ? (
                  <Badge size="sm" variant={tab === props.value ? 'filled' : 'light'} color={tab === 'finished' ? 'gray' : 'flag'}>
                    {formatNumber(count, i18n.language)}
                  </Badge>
                ) : (
                  <Loader size={12} aria-hidden />
                )
              }
            >
              {t(`tabs.${tab}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
    </Tabs>
  );
});
