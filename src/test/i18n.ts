import { createI18n, resourcesOf, type Language } from '../app/i18n';

/** Tests get every language at once, without the app's lazy chunks. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true });
const resources = resourcesOf(files);

export function createTestI18n(lng: Language = 'ru') {
  return createI18n(lng, resources);
}
