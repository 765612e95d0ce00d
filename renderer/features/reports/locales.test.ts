import { describe, expect, it } from 'vitest';
import documentsEn from '../../i18n/documents.en.json';
import documentsIt from '../../i18n/documents.it.json';
import reportsEn from '../../i18n/reports.en.json';
import reportsIt from '../../i18n/reports.it.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a translation tree as a dotted key and its value. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [childPath, childValue] of leaves(value, path)) out.set(childPath, childValue);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

describe.each([
  ['documents', documentsEn, documentsIt],
  ['reports', reportsEn, reportsIt],
])('%s translations', (_name, en, itLocale) => {
  const english = leaves(en);
  const italian = leaves(itLocale);
  it('English and Italian have the same keys, none empty', () => {
    expect([...italian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const value of [...english.values(), ...italian.values()]) expect(value.trim()).not.toBe('');
  });
  it('each Italian text keeps the placeholders of its English one', () => {
    for (const [key, text] of english) expect(placeholders(italian.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
