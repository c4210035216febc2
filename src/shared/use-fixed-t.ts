import type { i18n as I18n, Namespace, TFunction } from 'i18next';
import { useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

const subscribers = new WeakMap<I18n, (onChange: () => void) => () => void>();
const fixed = new WeakMap<I18n, Map<string, TFunction>>();

/** One subscription function per i18n instance (a new one each render would resubscribe each render). */
function subscribeTo(i18n: I18n) {
  let subscribe = subscribers.get(i18n);
  if (!subscribe) {
    subscribe = (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    };
    subscribers.set(i18n, subscribe);
  }
  return subscribe;
}

/**
 * `t` of one namespace in the current language, and that language; renders again when the
 * language changes, as `useTranslation` does. For components mounted by the dozen (a table's
 * cells): `useTranslation` builds a copy of the i18n instance for every component it mounts in.
 */
export function useFixedT<N extends Namespace>(ns: N): { t: TFunction<N>; lng: string } {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const lng = useSyncExternalStore(subscribeTo(i18n), () => i18n.language);
  let byKey = fixed.get(i18n);
  if (!byKey) {
    byKey = new Map();
    fixed.set(i18n, byKey);
  }
  const key = `${lng}|${String(ns)}`;
  let t = byKey.get(key);
  if (!t) {
    t = i18n.getFixedT(lng, ns) as TFunction;
    byKey.set(key, t);
  }
  return { t: t as TFunction<N>, lng };
}
