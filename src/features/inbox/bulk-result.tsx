import { Alert, Button, Group, List, ScrollArea, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRow, BulkAssignResponse } from '../../api/schemas/applications.ts';
import { useErrorText } from './error-text';

/** Per application: assigned, or not and why (translated error code). */
export function BulkResult(props: { rows: ApplicationRow[]; result: BulkAssignResponse; onDone: () => void }) {
  const { t } = useTranslation('inbox');
  const errorText = useErrorText();
  const regNo = new Map(props.rows.map((r) => [r.id, r.regNo]));
  const done = props.result.results.filter((r) => r.ok).length;
  const failed = props.result.results.length - done;
  return (
    <Stack gap="sm">
      <Alert color={failed === 0 ? 'teal' : done === 0 ? 'red' : 'orange'} variant="light" role="status">
        <Text size="sm" fw={500}>
          {t('bulk.summaryDone', { count: done })}
          {failed > 0 ? ` · ${t('bulk.summaryFailed', { count: failed })}` : ''}
        </Text>
      </Alert>
      <ScrollArea.Autosize mah={360} type="auto">
        <List spacing={6} size="sm" aria-label={t('bulk.resultList')} center>
          {props.result.results.map((r) => (
            <List.Item
              key={r.id}
              data-result={r.ok ? 'done' : 'failed'}
              icon={
                <ThemeIcon size={20} radius="xl" color={r.ok ? 'teal' : 'red'} variant="light">
                  {r.ok ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
                </ThemeIcon>
              }
            >
              <Text size="sm" span fw={600}>
                {regNo.get(r.id) ?? r.id}
              </Text>
              <Text size="sm" span c={r.ok ? 'teal.8' : 'red.8'}>
                {' — '}
                {r.ok ? t('bulk.itemDone') : t('bulk.itemFailed', { reason: errorText(r.code ?? 'unknown') })}
              </Text>
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      <Group justify="flex-end">
        <Button onClick={props.onDone}>{t('bulk.close')}</Button>
      </Group>
    </Stack>
  );
}
