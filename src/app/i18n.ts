import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';

/** Every namespace of both languages is bundled: no network round trip before first paint. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', {
  eager: true,
});

export const languages = ['ru', 'kk'] as const;
export type Language = (typeof languages)[number];
export const LANGUAGE_STORAGE_KEY = 'kz-licensing.lang';

function buildResources() {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match;
    (resources[lng] ??= {})[ns] = mod.default;
  }
  return resources;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'ru';
  } catch {
    return 'ru';
  }
}

/** Keeps `<html lang>`, the document title, dayjs and the stored choice in step with i18next. */
function reflectLanguage(instance: I18n) {
  const lng = isLanguage(instance.language) ? instance.language : 'ru';
  dayjs.locale(lng);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
  }
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    /* storage may be unavailable (private mode); the choice then lasts for the session */
  }
}

/** Creates and initialises an i18next instance (one per app, a fresh one per test). */
export function createI18n(lng: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  const resources = buildResources();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'ru',
    supportedLngs: [...languages],
    ns: Object.keys(resources.ru ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  reflectLanguage(instance);
  instance.on('languageChanged', () => reflectLanguage(instance));
  return instance;
}
