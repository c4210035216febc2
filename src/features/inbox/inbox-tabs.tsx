import { Badge, Loader } from '@mantine/core';
import { IconChecks, IconEye, IconListCheck, IconStack2 } from '@tabler/icons-react';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Counters, Tab } from '../../api/schemas/applications.ts';
import { formatNumber } from '../../shared/format-date';
import classes from './inbox-tabs.module.css';

const ICONS = { my: IconListCheck, queue: IconStack2, control: IconEye, finished: IconChecks } as const;
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The four lists with their live counts (Under control only for heads and the director).
 *
 * A tab list as WAI-ARIA describes it: Tab enters at the chosen tab; the arrow keys (round the
 * ends), Home and End move the focus without opening; Enter or Space opens the focused tab.
 * Plain elements drawn as Mantine's Tabs (`inbox-tabs.module.css`): the first screen loads
 * without the Tabs component's code.
 */
export const InboxTabs = memo(function InboxTabs(props: { value: Tab; tabs: Tab[]; counters: Counters | undefined; onChange: (tab: Tab) => void }) {
  const { t, i18n } = useTranslation('inbox');
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = MOVES[e.key];
    const tabs = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const from = tabs.indexOf(e.target as HTMLButtonElement);
    if (!move || from < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    tabs[move(from, tabs.length)].focus();
  };
  return (
    <div role="tablist" aria-label={t('tabs.label')} aria-orientation="horizontal" className={classes.list} onKeyDown={onKeyDown}>
      {props.tabs.map((tab) => {
        const Icon = ICONS[tab];
        const count = props.counters?.[tab];
        const active = tab === props.value;
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={active}
            tabIndex={active ? 0 : -1}
            data-active={active || undefined}
            className={`mantine-focus-auto ${classes.tab}`}
            onClick={() => {
              if (!active) props.onChange(tab);
            }}
          >
            <span className={classes.section}>
              <Icon size={16} aria-hidden />
            </span>
            <span className={classes.label}>{t(`tabs.${tab}`)}</span>
            <span className={classes.section}>
              {typeof count === 'number' ? (
                <Badge size="sm" variant={active ? 'filled' : 'light'} color={tab === 'finished' ? 'gray' : 'flag'}>
                  {formatNumber(count, i18n.language)}
                </Badge>
              ) : (
                <Loader size={12} aria-hidden />
              )}
            </span>
          </button>
        );
      })}
    </div>
  );
});
