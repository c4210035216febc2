import { Badge, Paper, Tabs } from '@mantine/core';
import { IconFileText, IconHistory, IconMessage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCard } from '../card-context';
import { CommentsTab } from './comments-tab';
import { DocumentsTab } from './documents-tab';
import { HistoryTab } from './history-tab';

function Count(props: { value: number }) {
  return (
    <Badge size="xs" variant="light" color="gray" circle={props.value < 10}>
      {props.value}
    </Badge>
  );
}

/** Documents, comments and the audit trail of the application. */
export function CardTabs() {
  const { t } = useTranslation('application');
  const { detail } = useCard();
  const app = detail.application;
  return (
    <Paper withBorder radius="md">
      <Tabs defaultValue="documents" keepMounted={false}>
        <Tabs.List px="sm">
          <Tabs.Tab value="documents" leftSection={<IconFileText size={16} />} rightSection={<Count value={app.documents.length} />}>
            {t('tabs.documents')}
          </Tabs.Tab>
          <Tabs.Tab value="comments" leftSection={<IconMessage size={16} />} rightSection={<Count value={app.comments.length} />}>
            {t('tabs.comments')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />} rightSection={<Count value={app.audit.length} />}>
            {t('tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="documents" p="md">
          <DocumentsTab />
        </Tabs.Panel>
        <Tabs.Panel value="comments" p="md">
          <CommentsTab />
        </Tabs.Panel>
        <Tabs.Panel value="history" p="md">
          <HistoryTab />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
