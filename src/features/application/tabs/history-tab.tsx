import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized, useCard } from '../card-context';
import { useCardFormat } from '../use-card-format';

/** The audit trail: who, when, which action, which outcome, comment, on whose behalf. */
export function HistoryTab() {
  const { t } = useTranslation('application');
  const { detail, steps, lng } = useCard();
  const fmt = useCardFormat();
  const entries = [...detail.application.audit].reverse();
  const stepName = (id: string | null) => {
    const s = id ? steps.find((x) => x.id === id) : null;
    return s ? localized(s.action, lng) : '';
  };
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('history.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} fz="sm" striped="even" data-testid="history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('history.when')}</Table.Th>
            <Table.Th w={200}>{t('history.who')}</Table.Th>
            <Table.Th>{t('history.what')}</Table.Th>
            <Table.Th>{t('history.comment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={`${e.version}-${e.at}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(e.at)}</Table.Td>
              <Table.Td>
                <Text size="sm">{fmt.person(e.actorId)}</Text>
                {e.onBehalfOf && (
                  <Text size="xs" c="dimmed">
                    {t('history.onBehalfOf', { name: fmt.person(e.onBehalfOf) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t(`actionName.${e.action}`, { defaultValue: e.action })}
                  {e.outcome ? ` — ${fmt.outcome(e.outcome)}` : ''}
                </Text>
                {e.fromStep && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {stepName(e.fromStep)}
                  </Text>
                )}
                {e.assigneeId && e.action !== 'comment' && (
                  <Text size="xs" c="dimmed">
                    {t('history.nowWith', { name: fmt.person(e.assigneeId) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={6}>
                  {e.comment ?? ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
