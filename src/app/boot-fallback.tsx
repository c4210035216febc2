import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown in the page frame while a screen's code or the session check loads (instead of an empty page). */
export function BootFallback() {
  const { t } = useTranslation();
  return (
    <Center mih="50vh" role="status" aria-label={t('loading')}>
      <Loader color="flag" />
    </Center>
  );
}
