import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(lng: string) {
  const out = new Map<string, Set<string>>();
  for (const file of readdirSync(join(ROOT, lng)).filter((f) => f.endsWith('.json'))) {
    const walk = (obj: Record<string, unknown>, prefix: string) => {
      for (const [key, value] of Object.entries(obj)) {
        const full = prefix ? `${prefix}.${key}` : key;
        if (value && typeof value === 'object') walk(value as Record<string, unknown>, full);
        else {
          const base = `${file}:${full.replace(PLURAL, '')}`;
          const suffix = PLURAL.exec(full)?.[1] ?? '';
          if (!out.has(base)) out.set(base, new Set());
          out.get(base)!.add(suffix);
          expect(typeof value, `${lng}/${base}`).toBe('string');
          expect(String(value).trim(), `${lng}/${base} is empty`).not.toBe('');
        }
      }
    };
    walk(JSON.parse(readFileSync(join(ROOT, lng, file), 'utf8')), '');
  }
  return out;
}

describe('locales', () => {
  const ru = keysOf('ru');
  const kk = keysOf('kk');

  it('ru and kk have the same keys (plural suffixes aside)', () => {
    expect([...ru.keys()].filter((k) => !kk.has(k))).toEqual([]);
    expect([...kk.keys()].filter((k) => !ru.has(k))).toEqual([]);
  });

  it('Russian plurals have one/few/many, Kazakh plurals one/other', () => {
    // A group is plural when it has the `_other` form (a key such as `too_many` alone is not).
    const plural = (forms: Set<string>) => forms.has('other');
    for (const [key, forms] of ru) {
      if (!plural(forms)) continue;
      expect([...forms].sort(), `ru ${key}`).toEqual(expect.arrayContaining(['few', 'many', 'one']));
    }
    for (const [key, forms] of kk) {
      if (!plural(forms)) continue;
      expect([...forms].sort(), `kk ${key}`).toEqual(expect.arrayContaining(['one', 'other']));
    }
  });

  it('Kazakh text is not a copy of the Russian one', () => {
    const flat = (lng: string) =>
      readdirSync(join(ROOT, lng)).map((f) => readFileSync(join(ROOT, lng, f), 'utf8')).join('\n');
    const kkText = flat('kk');
    // Letters only Kazakh has must appear: a real translation, not transliteration.
    expect(kkText).toMatch(/[әғқңөұүһі]/);
    expect(kkText).not.toEqual(flat('ru'));
  });
});
