import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format-date';

/**
 * "(12) Входящие · Лицензирование": what waits for me, visible from another browser tab.
 * Set after the layout's own title effect (parents' effects run after children's), and the
 * plain product name is put back when the inbox is left.
 */
export function useInboxTitle(count: number | undefined) {
  const { t, i18n } = useTranslation('inbox');
  const title =
    count === undefined
      ? t('documentTitle', { app: t('common:app.name') })
      : t('documentTitleCount', { app: t('common:app.name'), n: formatNumber(count, i18n.language) });
  useEffect(() => {
    document.title = title;
    let alive = true;
    queueMicrotask(() => {
      if (alive) document.title = title;
    });
    return () => {
      alive = false;
    };
  }, [title]);
  useEffect(() => () => void (document.title = i18n.t('common:app.name')), [i18n]);
}
