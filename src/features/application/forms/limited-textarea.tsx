import { Textarea, type TextareaProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format-date';

/**
 * A textarea that says its limit before sending: a counter near the limit, a warning past it.
 * The text is never cut; the form's rule refuses to send it until it fits.
 */
export function LimitedTextarea(props: TextareaProps & { max: number; value?: string }) {
  const { t, i18n } = useTranslation('application');
  const { max, ...rest } = props;
  const length = typeof props.value === 'string' ? props.value.length : 0;
  const over = length > max;
  const counter =
    length > max * 0.8
      ? t(over ? 'rule.counterOver' : 'rule.counter', {
          length: formatNumber(length, i18n.language),
          max: formatNumber(max, i18n.language),
        })
      : undefined;
  return (
    <Textarea
      autosize
      minRows={2}
      maxRows={10}
      {...rest}
      description={counter ?? rest.description}
      error={rest.error ?? (over ? counter : undefined)}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
      styles={over ? { description: { color: 'var(--mantine-color-red-8)' } } : undefined}
    />
  );
}
