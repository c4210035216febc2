import dayjs from 'dayjs';
import '../../shared/dayjs-locales';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../shared/format-date';
import { useCard, localized } from './card-context';
import { personName } from './card-model';

type NormLike = { unit: string; value?: number; min?: number; max?: number };

/** Formatting in the user's language and the provider's zone: dates, norms, names. */
export function useCardFormat() {
  const card = useCard();
  const { t } = useTranslation('application');
  const { lng, timeZone, catalog, detail } = card;
  return useMemo(() => {
    const dateTime = (iso: string | null | undefined) => (iso ? formatDateTime(iso, lng, timeZone) : '');
    const date = (iso: string | null | undefined) => (iso ? formatDate(iso, lng, timeZone) : '');
    const day = (d: string) => {
      const at = dayjs(`${d}T12:00:00`).locale(lng);
      return at.isValid() ? at.format('D MMMM, dddd') : d;
    };
    const norm = (n: NormLike | null | undefined) => {
      if (!n) return t('norm.none');
      if (typeof n.min === 'number' && typeof n.max === 'number') {
        return t(`norm.range.${n.unit}`, { count: n.max, min: n.min, max: n.max });
      }
      return n.value === 0 && n.unit === 'working_days' ? t('norm.sameDay') : t(`norm.value.${n.unit}`, { count: n.value ?? 0 });
    };
    const role = (id: string | null | undefined) => localized(catalog.roles.find((r) => r.id === id)?.name, lng) || (id ?? '');
    const outcome = (id: string | null | undefined) => (id ? localized(catalog.outcomeNames[id], lng) || id : '');
    const stepKind = (id: string) => localized(catalog.stepKinds.find((k) => k.id === id)?.name, lng) || id;
    const channel = (id: string) => localized(catalog.channels.find((c) => c.id === id)?.name, lng) || id;
    const ground = (g: string) => t(`pauseGround.${g}`, { defaultValue: g });
    // 'system': the intake of an electronic application (portal, State Corporation), not a person.
    const person = (id: string | null | undefined) => (id === 'system' ? t('systemActor') : personName(detail, id, lng));
    const tier = (id: string | undefined) => (id ? localized(catalog.provider.tiers?.find((x) => x.id === id)?.name, lng) : '');
    return { dateTime, date, day, norm, role, outcome, stepKind, channel, ground, person, tier };
  }, [t, lng, timeZone, catalog, detail]);
}

export type CardFormat = ReturnType<typeof useCardFormat>;
