import { Button, Checkbox, CloseButton, Group, Popover, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconChevronDown, IconSearch } from '@tabler/icons-react';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

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

export const FilterChip = memo(function FilterChip(props: FilterChipProps) {
  const { t } = useTranslation('inbox');
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const listId = useId();
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
  const needle = search.trim().toLocaleLowerCase();
  const shown = needle ? props.options.filter((o) => o.label.toLocaleLowerCase().includes(needle)) : props.options;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" width={320} trapFocus hideDetached={false}>
      <Popover.Target>
        <Button
          size="xs"
          variant={chosen.length ? 'light' : 'default'}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          onClick={() => setOpened((o) => !o)}
          data-filter={props.name}
          maw={260}
          styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
          title={chosen.length > 1 ? chosen.map((c) => c.label).join(', ') : undefined}
        >
          {summary}
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={listId}>
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" fw={600} id={listId}>
              {props.label}
            </Text>
            <CloseButton size="sm" aria-label={t('filters.close')} onClick={() => setOpened(false)} />
          </Group>
          {props.options.length > 8 ? (
            <TextInput
              size="xs"
              leftSection={<IconSearch size={14} aria-hidden />}
              placeholder={t('filters.findOption')}
              aria-label={t('filters.findOptionIn', { filter: props.label })}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
          ) : null}
          <ScrollArea.Autosize mah={280} type="auto">
            <Checkbox.Group value={value} onChange={change} aria-labelledby={listId}>
              <Stack gap={8} py={2}>
                {shown.map((o) => (
                  <Checkbox key={o.value} value={o.value} size="xs" label={o.label} description={o.hint} />
                ))}
                {shown.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('filters.noOptions')}
                  </Text>
                ) : null}
              </Stack>
            </Checkbox.Group>
          </ScrollArea.Autosize>
          <Group justify="flex-end">
            <Button size="compact-xs" variant="subtle" disabled={value.length === 0} onClick={() => change([])}>
              {t('filters.clear')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}, sameChip);
