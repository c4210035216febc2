import { useTranslation } from 'react-i18next';
import { Segmented } from '../shared/segmented';
import { languages, isLanguage, type Language } from './i18n';

/** РУС / ҚАЗ switch; the choice is persisted and reflected in `<html lang>` by i18n.ts. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      label={t('language.label')}
      value={isLanguage(i18n.language) ? i18n.language : 'ru'}
      onChange={(value) => void i18n.changeLanguage(value)}
      data={languages.map((lng) => ({
        value: lng,
        label: <span title={t(`language.${lng}Full`)} lang={lng}>{t(`language.${lng}`)}</span>,
      }))}
    />
  );
}
