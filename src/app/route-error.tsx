import { Alert, Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useRouteError } from 'react-router';

/** A route's error screen: translated, with a retry and a way back; never a white screen. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const detail = error instanceof Error ? error.message : String(error ?? '');
  return (
    <Container size="sm" py="xl">
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertOctagon aria-hidden />}
        title={<Title order={2} size="h4">{t('routeError.title')}</Title>}
        role="alert"
      >
        <Stack gap="sm">
          <Text>{t('routeError.text')}</Text>
          <Group>
            <Button onClick={() => void navigate(0)}>{t('routeError.retry')}</Button>
            <Button component={Link} to="/" variant="default">
              {t('routeError.back')}
            </Button>
          </Group>
          {detail && (
            <details>
              <summary>{t('routeError.details')}</summary>
              <Code block>{detail}</Code>
            </details>
          )}
        </Stack>
      </Alert>
    </Container>
  );
}
