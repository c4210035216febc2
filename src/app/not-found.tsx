import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';

/** Translated 404 for any unknown address. */
export function NotFound() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${t('notFound.title')} · ${t('app.name')}`;
  }, [t]);
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2">{t('notFound.title')}</Title>
        <Text>{t('notFound.text', { path: pathname })}</Text>
        <Button component={Link} to="/">{t('notFound.back')}</Button>
      </Stack>
    </Container>
  );
}
