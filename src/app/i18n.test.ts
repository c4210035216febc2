// @vitest-environment jsdom
import { loadI18n, namespaces, ROUTE_NAMESPACES } from './i18n';

describe('loadI18n (the app: one language at a time, from lazy chunks)', () => {
  it('loads the first screens’ namespaces of the chosen language and nothing of the other', async () => {
    const i18n = await loadI18n('kk');
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'inbox', 'application', 'clock', 'session']));
    for (const ns of namespaces) expect(i18n.hasResourceBundle('kk', ns), ns).toBe(!ROUTE_NAMESPACES.includes(ns));
    for (const ns of namespaces) expect(i18n.hasResourceBundle('ru', ns), ns).toBe(false);
    expect(i18n.t('language.kk')).toBe('ҚАЗ');
    expect(document.documentElement.lang).toBe('kk');
  });

  it('switching the language loads its texts, a route’s namespace included, before the switch takes effect', async () => {
    const i18n = await loadI18n('ru');
    await i18n.loadNamespaces(['application']);
    expect(i18n.hasResourceBundle('ru', 'application')).toBe(true);
    expect(i18n.hasResourceBundle('kk', 'common')).toBe(false);
    await i18n.changeLanguage('kk');
    expect(i18n.language).toBe('kk');
    expect(i18n.hasResourceBundle('kk', 'inbox')).toBe(true);
    expect(i18n.hasResourceBundle('kk', 'application')).toBe(true);
    expect(i18n.hasResourceBundle('kk', 'registration')).toBe(false);
    expect(i18n.t('language.ru')).toBe('РУС');
    expect(localStorage.getItem('kz-licensing.lang')).toBe('kk');
  });
});
