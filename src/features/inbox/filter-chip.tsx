import { Button } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { lazyModule, useLazyPopup } from '../../shared/on-demand';

export type ChipOption = { value: string; label: string; hint?: string };

/**
 * A filter of the bar: a compact button that names the filter and what is chosen; its popover
 * holds the checklist (with a search box when the list is long).
 */
type FilterChipProps = {
  name: string;
  label: string;
  options: ChipOption[];
  value: string[];
  onChange: (value: string[]) => void;
};

/** Same chosen values (a new address gives new arrays of the same ids), same everything else. */
const sameChip = (a: FilterChipProps, b: FilterChipProps) =>
  a.name === b.name && a.label === b.label && a.options === b.options && a.onChange === b.onChange && a.value.join('\n') === b.value.join('\n');

/** The popover (Floating UI, the checklist) is not needed to show the inbox: it loads on first use. */
const popover = lazyModule(() => import('./filter-chip-popover'));

export const FilterChip = memo(function FilterChip(props: FilterChipProps) {
  const popup = useLazyPopup(popover, 'dialog');
  // The ticks follow the click at once; the address (and so props.value) catches up a moment later.
  const [value, setValue] = useState(props.value);
  const [seen, setSeen] = useState(props.value);
  if (seen.join() !== props.value.join()) {
    setSeen(props.value);
    setValue(props.value);
  }
  const change = (next: string[]) => {
    setValue(next);
    props.onChange(next);
  };
  const chosen = props.options.filter((o) => value.includes(o.value));
  const summary =
    chosen.length === 0 ? props.label : chosen.length === 1 ? `${props.label}: ${chosen[0].label}` : `${props.label}: ${chosen.length}`;
  const trigger = (
    <Button
      ref={popup.triggerRef}
      size="xs"
      variant={chosen.length ? 'light' : 'default'}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      onClick={() => popup.setOpened((o) => !o)}
      data-filter={props.name}
      maw={260}
      styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
      title={chosen.length > 1 ? chosen.map((c) => c.label).join(', ') : undefined}
    >
      {summary}
    </Button>
  );
  if (!popup.real) return popup.standIn(trigger);
  return (
    <popup.real.FilterChipPopover
      label={props.label}
      options={props.options}
      value={value}
      onChange={change}
      trigger={trigger}
      opened={popup.opened}
      onOpenedChange={popup.setOpened}
    />
  );
}, sameChip);
