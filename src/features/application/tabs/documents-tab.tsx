import { Button, Table, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format-date';
import { useCard } from '../card-context';
import { useCardFormat } from '../use-card-format';
import { DocumentPreview } from './document-preview';

type Doc = ReturnType<typeof useCard>['detail']['application']['documents'][number];

/** Attached documents with a preview of each file. */
export function DocumentsTab() {
  const { t, i18n } = useTranslation('application');
  const { detail } = useCard();
  const fmt = useCardFormat();
  const [open, setOpen] = useState<Doc | null>(null);
  const docs = detail.application.documents;
  if (docs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('documents.empty')}
      </Text>
    );
  }
  const size = (bytes?: number) => (bytes === undefined ? '' : t('documents.kb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), i18n.language) }));
  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing={6} fz="sm" data-testid="documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.name')}</Table.Th>
              <Table.Th>{t('documents.kind')}</Table.Th>
              <Table.Th>{t('documents.added')}</Table.Th>
              <Table.Th w={140} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {docs.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">{d.name}</Text>
                  <Text size="xs" c="dimmed">
                    {size(d.size)}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`docKind.${d.kind}`, { defaultValue: d.kind })}</Table.Td>
                <Table.Td>
                  <Text size="sm">{fmt.dateTime(d.uploadedAt)}</Text>
                  <Text size="xs" c="dimmed">
                    {fmt.person(d.uploadedBy)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="light" leftSection={<IconEye size={14} />} onClick={() => setOpen(d)} aria-label={t('documents.previewOf', { name: d.name })}>
                    {t('documents.preview')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {open && <DocumentPreview doc={open} onClose={() => setOpen(null)} />}
    </>
  );
}
