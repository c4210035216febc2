import { Button, Checkbox, CloseButton, Group, Popover, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChipOption } from './filter-chip';

/** A filter chip's popover with its checklist: loaded on first use, see `filter-chip.tsx`. */
export function FilterChipPopover(props: {
  label: string;
  options: ChipOption[];
  value: string[];
  onChange: (value: string[]) => void;
  trigger: ReactElement;
  opened: boolean;
  onOpenedChange: (opened: boolean) => void;
}) {
  const { t } = useTranslation('inbox');
  const [search, setSearch] = useState('');
  const listId = useId();
  const needle = search.trim().toLocaleLowerCase();
  const shown = needle ? props.options.filter((o) => o.label.toLocaleLowerCase().includes(needle)) : props.options;
  return (
    <Popover opened={props.opened} onChange={props.onOpenedChange} position="bottom-start" shadow="md" width={320} trapFocus hideDetached={false}>
      <Popover.Target>{props.trigger}</Popover.Target>
      <Popover.Dropdown aria-labelledby={listId}>
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" fw={600} id={listId}>
              {props.label}
            </Text>
            <CloseButton size="sm" aria-label={t('filters.close')} onClick={() => props.onOpenedChange(false)} />
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
            <Checkbox.Group value={props.value} onChange={props.onChange} aria-labelledby={listId}>
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
            <Button size="compact-xs" variant="subtle" disabled={props.value.length === 0} onClick={() => props.onChange([])}>
              {t('filters.clear')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
