import { describe, expect, it } from 'vitest';
import en from './en.json';
import itLocale from './it.json';

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

describe('translations', () => {
  const english = leaves(en);
  const italian = leaves(itLocale);

  it('English and Italian have exactly the same keys', () => {
    expect([...italian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no value is empty', () => {
    for (const [key, value] of [...english, ...italian]) expect(value.trim(), key).not.toBe('');
  });

  it('each Italian string uses the same placeholders as its English one', () => {
    for (const [key, value] of english) expect(placeholders(italian.get(key) ?? ''), key).toEqual(placeholders(value));
  });
});
