import { Alert, Button, Group, Loader, Modal, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRow, BulkAssignResponse } from '../../api/schemas/applications.ts';
import { newIdempotencyKey } from '../../api/client.ts';
import { formatNumber } from '../../shared/format-date';
import { bulkAssignMutation } from '../../api/applications.ts';
import { staffQuery } from '../../api/staff.ts';
import { BulkResult } from './bulk-result';
import { useErrorText } from './error-text';

/**
 * Department head: give the selected applications to one specialist, choosing by current load
 * and on-time share; then show, per application, whether it was assigned or why not.
 */
export function BulkAssignModal(props: {
  opened: boolean;
  rows: ApplicationRow[];
  tier: string | undefined;
  onClose: (succeeded: string[]) => void;
}) {
  const { t, i18n } = useTranslation('inbox');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const staff = useQuery({ ...staffQuery(), enabled: props.opened });
  const [assignee, setAssignee] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const assign = useMutation({ ...bulkAssignMutation(queryClient), meta: { silent: true } });
  const result: BulkAssignResponse | undefined = assign.data;
  const close = () => {
    const ok = result?.results.filter((r) => r.ok).map((r) => r.id) ?? [];
    assign.reset();
    setAssignee(null);
    setKey(newIdempotencyKey());
    props.onClose(ok);
  };
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';
  const specialists = (staff.data?.items ?? [])
    .filter((s) => s.role === 'specialist' && s.active && (props.tier === undefined || s.tier === undefined || s.tier === props.tier))
    .sort((a, b) => a.load.open - b.load.open || a.name[lng].localeCompare(b.name[lng]));
  const percent = (share: number | null) =>
    share === null ? t('bulk.noHistory') : t('bulk.onTime', { percent: formatNumber(Math.round(share * 100), lng) });

  return (
    <Modal opened={props.opened} onClose={close} title={t('bulk.title', { count: props.rows.length })} size="lg" closeButtonProps={{ 'aria-label': t('filters.close') }}>
      {result ? (
        <BulkResult rows={props.rows} result={result} onDone={close} />
      ) : (
        <Stack gap="sm">
          {staff.isPending ? <Loader size="sm" aria-label={t('state.loading')} /> : null}
          {staff.isError ? (
            <Alert color="red" icon={<IconAlertCircle size={16} />}>
              <Group justify="space-between">
                <Text size="sm">{errorText(staff.error)}</Text>
                <Button size="compact-sm" variant="subtle" onClick={() => void staff.refetch()}>
                  {t('state.retry')}
                </Button>
              </Group>
            </Alert>
          ) : null}
          {assign.isError ? (
            <Alert color="red" icon={<IconAlertCircle size={16} />} title={t('bulk.failedAll')}>
              {errorText(assign.error)}
            </Alert>
          ) : null}
          <Radio.Group value={assignee} onChange={setAssignee} label={t('bulk.pick')} description={t('bulk.pickHint')}>
            <ScrollArea.Autosize mah={360} type="auto" mt="xs">
              <Stack gap={6}>
                {specialists.map((s) => (
                  <Radio.Card key={s.id} value={s.id} p="xs" radius="sm" aria-label={s.name[lng]}>
                    <Group wrap="nowrap" gap="sm">
                      <Radio.Indicator size="xs" />
                      <div style={{ flex: 1, minWidth: 0 }}>
                        <Text size="sm" fw={500} truncate="end">
                          {s.name[lng]}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('bulk.load', { open: s.load.open, atRisk: s.load.atRisk, overdue: s.load.overdue })}
                        </Text>
                      </div>
                      <Text size="xs" c={s.onTimeShare !== null && s.onTimeShare < 0.8 ? 'orange.8' : 'dimmed'} ta="right">
                        {percent(s.onTimeShare)}
                      </Text>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('bulk.cancel')}
            </Button>
            <Button
              disabled={!assignee}
              loading={assign.isPending}
              onClick={() => assignee && assign.mutate({ ids: props.rows.map((r) => r.id), assigneeId: assignee, idempotencyKey: key })}
            >
              {t('bulk.submit', { count: props.rows.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
