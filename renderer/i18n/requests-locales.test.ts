import { describe, expect, it } from 'vitest';
import en from './en.json';
import itLocale from './it.json';
import requestsEn from './requests.en.json';
import requestsIt from './requests.it.json';

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

/** Every key at every level, as written. */
const rawKeys = (tree: Tree): string[] => Object.entries(tree).flatMap(([key, value]) => [key, ...(typeof value === 'string' ? [] : rawKeys(value))]);

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

describe('Requests translations', () => {
  const english = leaves(requestsEn);
  const italian = leaves(requestsIt);

  it('English and Italian have exactly the same keys', () => {
    expect([...italian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no value is empty, and no key holds a dot (i18next would read it as nesting)', () => {
    for (const [key, value] of [...english, ...italian]) expect(value.trim(), key).not.toBe('');
    for (const key of [...rawKeys(requestsEn), ...rawKeys(requestsIt)]) expect(key, key).not.toContain('.');
  });

  it('each Italian string uses the same placeholders as its English one', () => {
    for (const [key, value] of english) expect(placeholders(italian.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('do not collide with the main translation files, into which they are merged under "requests"', () => {
    expect(Object.keys(en)).not.toContain('requests');
    expect(Object.keys(itLocale)).not.toContain('requests');
  });

  it('translate the statuses and rights the way an Italian DPO says them', () => {
    expect(requestsIt.statuses).toEqual({
      received: 'Ricevuta',
      'awaiting-identity': 'In attesa di identificazione',
      'in-progress': 'In lavorazione',
      extended: 'Prorogata',
      responded: 'Evasa',
      withdrawn: 'Ritirata',
    });
    expect(requestsIt.types.erasure).toBe('Cancellazione');
    expect(requestsIt.clocks.legal).toBe('Scadenza di legge');
    expect(requestsIt.clocks.organisation).toBe('Impegno aziendale');
  });
});
