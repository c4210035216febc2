import '@mantine/dates/styles.css';
import { DateInput, DatesProvider } from '@mantine/dates';
import '../../../shared/dayjs-locales';
import { IconCalendar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** '20.03.2026', '20/03/2026' or '2026-03-20' → '2026-03-20'; anything else → null. */
export function parseDay(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2].padStart(2, '0'), dmy[1].padStart(2, '0')] : [];
  if (!y) return null;
  const value = `${y}-${m}-${d}`;
  const check = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === value ? value : null;
}

/**
 * A date field in the user's language (calendar with Monday first, typed as ДД.ММ.ГГГГ), whose
 * value is 'YYYY-MM-DD' like the API's; the same look whatever the browser's own locale.
 */
export function DateField(props: {
  label: string;
  value?: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: ReactNode;
  withAsterisk?: boolean;
}) {
  const { t, i18n } = useTranslation('application');
  const lng = i18n.language === 'kk' ? 'kk' : 'ru';
  return (
    <DatesProvider settings={{ locale: lng, firstDayOfWeek: 1 }}>
      <DateInput
        label={props.label}
        withAsterisk={props.withAsterisk}
        value={props.value || null}
        onChange={(v) => props.onChange(v ?? '')}
        onBlur={props.onBlur}
        error={props.error}
        valueFormat="DD.MM.YYYY"
        dateParser={(text) => parseDay(text)}
        placeholder={t('fields.datePlaceholder')}
        leftSection={<IconCalendar size={16} aria-hidden />}
        clearable
        maw={240}
      />
    </DatesProvider>
  );
}
