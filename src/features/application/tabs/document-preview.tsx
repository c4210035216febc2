import { Alert, Anchor, Center, Loader, Modal, ScrollArea, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDocumentFile } from '../../../api/applications';
import { useCard } from '../card-context';

type Loaded = { kind: 'text'; text: string } | { kind: 'image' | 'pdf' | 'other'; url: string; type: string };

function kindOf(type: string): Loaded['kind'] {
  if (type.startsWith('text/') || type === 'application/json' || type === 'application/xml') return 'text';
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'pdf';
  return 'other';
}

/** The file of a document (fetched with the session), shown as text, image or PDF. */
export function DocumentPreview(props: { doc: { id: string; name: string; mimeType?: string }; onClose: () => void }) {
  const { t } = useTranslation('application');
  const { detail } = useCard();
  const [state, setState] = useState<{ loaded?: Loaded; error?: boolean }>({});
  const appId = detail.application.id;
  const { id, mimeType } = props.doc;

  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    fetchDocumentFile(appId, id, controller.signal)
      .then(async (blob) => {
        const type = blob.type || mimeType || 'application/octet-stream';
        const kind = kindOf(type.split(';')[0]);
        if (kind === 'text') setState({ loaded: { kind, text: await blob.text() } });
        else {
          url = URL.createObjectURL(blob);
          setState({ loaded: { kind, url, type } });
        }
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ error: true });
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [appId, id, mimeType]);

  const { loaded, error } = state;
  return (
    <Modal opened onClose={props.onClose} title={props.doc.name} size="xl">
      {error && (
        <Alert color="red" role="alert">
          {t('documents.loadError')}
        </Alert>
      )}
      {!error && !loaded && (
        <Center mih={200}>
          <Loader aria-label={t('page.loading')} />
        </Center>
      )}
      {loaded?.kind === 'text' && (
        <ScrollArea.Autosize mah="70vh">
          <Text component="pre" size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="document-text">
            {loaded.text}
          </Text>
        </ScrollArea.Autosize>
      )}
      {loaded?.kind === 'image' && <img src={loaded.url} alt={props.doc.name} style={{ maxWidth: '100%' }} />}
      {loaded?.kind === 'pdf' && <iframe src={loaded.url} title={props.doc.name} style={{ width: '100%', height: '70vh', border: 0 }} />}
      {loaded?.kind === 'other' && (
        <Anchor href={loaded.url} download={props.doc.name}>
          {t('documents.download')}
        </Anchor>
      )}
    </Modal>
  );
}
