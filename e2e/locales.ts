import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Expected texts come from locales/, never retyped. */
export function locale(lng: 'ru' | 'kk', ns: string): Record<string, any> {
  return JSON.parse(readFileSync(join(__dirname, '..', 'locales', lng, `${ns}.json`), 'utf8'));
}
