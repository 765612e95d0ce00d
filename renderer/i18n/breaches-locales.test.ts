import { describe, expect, it } from 'vitest';
import breachesEn from './breaches.en.json';
import breachesIt from './breaches.it.json';
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

/** Every key at every level, as written. */
const rawKeys = (tree: Tree): string[] => Object.entries(tree).flatMap(([key, value]) => [key, ...(typeof value === 'string' ? [] : rawKeys(value))]);

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

describe('Breaches translations', () => {
  const english = leaves(breachesEn);
  const italian = leaves(breachesIt);

  it('English and Italian have exactly the same keys', () => {
    expect([...italian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no value is empty, and no key holds a dot (i18next would read it as nesting)', () => {
    for (const [key, value] of [...english, ...italian]) expect(value.trim(), key).not.toBe('');
    for (const key of [...rawKeys(breachesEn), ...rawKeys(breachesIt)]) expect(key, key).not.toContain('.');
  });

  it('each Italian string uses the same placeholders as its English one', () => {
    for (const [key, value] of english) expect(placeholders(italian.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('do not collide with the main translation files, into which they are merged under "breaches"', () => {
    expect(Object.keys(en)).not.toContain('breaches');
    expect(Object.keys(itLocale)).not.toContain('breaches');
  });

  it('say what an Italian DPO says: Garante, interessati, the CIA triad, the phases and the special categories', () => {
    expect(breachesIt.detail.eyebrow).toBe('Violazione dei dati personali');
    expect(breachesIt.notices.authorityTitle).toBe('Notifica al Garante');
    expect(breachesIt.notices.formTitles.subjects).toBe('Comunicazione agli interessati');
    expect(breachesIt.notices.phases).toEqual({ preliminary: 'Notifica preliminare', complete: 'Notifica completa', supplementary: 'Notifica integrativa' });
    expect([breachesIt.facts.names.confidentiality, breachesIt.facts.names.integrity, breachesIt.facts.names.availability]).toEqual(['Riservatezza', 'Integrità', 'Disponibilità']);
    expect(breachesIt.facts.groups.special).toContain('Categorie particolari di dati');
    expect(breachesIt.notices.delayReasons).toBe('Motivi del ritardo');
    expect(breachesIt.actions.title).toBe('Misure adottate');
    expect(breachesIt.triage.notifyAuthority).toContain('entro 72 ore');
  });
});
