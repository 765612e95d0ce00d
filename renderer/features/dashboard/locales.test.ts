import { describe, expect, it } from 'vitest';
import en from '../../i18n/dashboard.en.json';
import itLocale from '../../i18n/dashboard.it.json';

/** Every key path of a nested translation object, plural forms reduced to their base. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('dashboard translations', () => {
  it('have the same keys in English and Italian', () => {
    expect(keys(itLocale).sort()).toEqual(keys(en).sort());
  });

  it('keep every placeholder in Italian', () => {
    const get = (tree: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
    for (const path of keys(en)) {
      expect(placeholders(String(get(itLocale, path))), path).toEqual(placeholders(String(get(en, path))));
    }
  });
});
