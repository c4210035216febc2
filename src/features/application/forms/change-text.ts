import { useTranslation } from 'react-i18next';
import { useCardFormat } from '../use-card-format';

export type ChangeFacts = { who: string | null; action?: string | null; outcome?: string | null; at?: string | null };

/** "Who: «what» (outcome), when." of a change someone else made (a conflict, a live update). */
export function useChangeText(): (change: ChangeFacts) => string {
  const { t } = useTranslation('application');
  const fmt = useCardFormat();
  return (c) =>
    t('conflict.text', {
      who: c.who ?? t('conflict.someone'),
      what: c.action ? t(`actionName.${c.action}`, { defaultValue: c.action }) : t('conflict.someAction'),
      outcome: c.outcome ? ` (${fmt.outcome(c.outcome)})` : '',
      when: c.at ? fmt.dateTime(c.at) : t('conflict.justNow'),
    });
}
