import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the first route's data loads (instead of an empty page). */
export function BootFallback() {
  const { t } = useTranslation();
  return (
    <Center h="100vh" role="status" aria-label={t('loading')}>
      <Loader color="flag" />
    </Center>
  );
}
