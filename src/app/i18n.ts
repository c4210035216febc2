import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

type LocaleModule = { default: Record<string, unknown> };

/**
 * Each namespace of each language is a chunk of its own: the app loads the chosen language's
 * namespaces before the first render and the other language only when the user switches to it.
 */
const lazyFiles = import.meta.glob<LocaleModule>('../../locales/*/*.json');

/** The namespaces (the same in every language; a test checks it). */
export const namespaces = [
  ...new Set(Object.keys(lazyFiles).map((path) => /locales\/\w+\/([\w-]+)\.json$/.exec(path)?.[1] ?? '')),
].filter(Boolean);

/**
 * Namespaces of screens that are not the first one: their route loads them with its chunk
 * (`router.tsx`). `scripts/size.mjs` counts the other namespaces as initial.
 */
export const ROUTE_NAMESPACES = ['application', 'registration'];

export const languages = ['ru', 'kk'] as const;
export type Language = (typeof languages)[number];
export const LANGUAGE_STORAGE_KEY = 'kz-licensing.lang';

/** Resources from `{ '../../locales/<lng>/<ns>.json': module }` (tests pass eagerly imported files). */
export function resourcesOf(files: Record<string, LocaleModule>): Resource {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match;
    (resources[lng] ??= {})[ns] = mod.default;
  }
  return resources;
}

/** i18next backend over the lazy locale chunks. */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, ns, callback) => {
    const load = lazyFiles[`../../locales/${lng}/${ns}.json`];
    if (!load) return callback(new Error(`no locale file ${lng}/${ns}`), false);
    load().then(
      (mod) => callback(null, mod.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

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

/** Keeps `<html lang>` and the stored choice in step with i18next (dayjs is given the language where it is used). */
function reflectLanguage(instance: I18n) {
  const lng = isLanguage(instance.language) ? instance.language : 'ru';
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
  }
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    /* storage may be unavailable (private mode); the choice then lasts for the session */
  }
}

function configure(instance: I18n, lng: Language) {
  instance.on('languageChanged', () => reflectLanguage(instance));
  return {
    lng,
    // No fallback language: both are complete (a test checks it), so a Kazakh user never
    // downloads the Russian texts.
    fallbackLng: false as const,
    supportedLngs: [...languages],
    load: 'currentOnly' as const,
    ns: namespaces.filter((ns) => !ROUTE_NAMESPACES.includes(ns)),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}

/** An instance over given resources, ready at once (tests: `src/test/i18n.ts`). */
export function createI18n(lng: Language, resources: Resource): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({ ...configure(instance, lng), ns: namespaces, resources, initAsync: false });
  reflectLanguage(instance);
  return instance;
}

/** The app's instance: settles when the chosen language's namespaces are loaded. */
export async function loadI18n(lng: Language = storedLanguage()): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(chunkBackend).use(initReactI18next).init(configure(instance, lng));
  reflectLanguage(instance);
  return instance;
}
