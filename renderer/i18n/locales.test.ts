import { describe, expect, it } from 'vitest';
import backupEn from './backup.en.json';
import backupIt from './backup.it.json';
import breachesEn from './breaches.en.json';
import breachesIt from './breaches.it.json';
import clientsEn from './clients.en.json';
import clientsIt from './clients.it.json';
import dashboardEn from './dashboard.en.json';
import dashboardIt from './dashboard.it.json';
import documentsEn from './documents.en.json';
import documentsIt from './documents.it.json';
import messagesEn from '../../electron/shared/pure/i18n/messages.en.json';
import messagesIt from '../../electron/shared/pure/i18n/messages.it.json';
import en from './en.json';
import itLocale from './it.json';
import reportsEn from './reports.en.json';
import reportsIt from './reports.it.json';
import requestsEn from './requests.en.json';
import requestsIt from './requests.it.json';
import ropaEn from './ropa.en.json';
import ropaIt from './ropa.it.json';
import teamEn from './team.en.json';
import teamIt from './team.it.json';

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

/** The names inside `{{name}}` and `{{name, format}}`, sorted. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '').sort();

/** The main file, and each feature's files merged into it under their own name. */
const namespaces: [string, Tree, Tree][] = [
  ['main', en, itLocale],
  ['requests', requestsEn, requestsIt],
  ['breaches', breachesEn, breachesIt],
  ['documents', documentsEn, documentsIt],
  ['reports', reportsEn, reportsIt],
  ['dashboard', dashboardEn, dashboardIt],
  ['msg', messagesEn, messagesIt],
  ['ropa', ropaEn, ropaIt],
  ['team', teamEn, teamIt],
  ['clients', clientsEn, clientsIt],
  ['backup', backupEn, backupIt],
];

describe.each(namespaces)('%s translations', (name, english, italian) => {
  const enLeaves = leaves(english);
  const itLeaves = leaves(italian);

  it('English and Italian have exactly the same keys', () => {
    expect([...itLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('no value is empty, and no key holds a dot (i18next would read it as nesting)', () => {
    for (const [key, value] of [...enLeaves, ...itLeaves]) expect(value.trim(), key).not.toBe('');
    for (const key of [...rawKeys(english), ...rawKeys(italian)]) expect(key, key).not.toContain('.');
  });

  it('each Italian string uses the same placeholders as its English one', () => {
    for (const [key, value] of enLeaves) expect(placeholders(itLeaves.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('keeps the UI register of the glossary: Italian "tu", never "voi" nor the formal "Lei" of letters', () => {
    for (const [key, value] of itLeaves) {
      expect(value, key).not.toMatch(/\b(voi|vostr[oaie])\b/i);
      expect(value, key).not.toMatch(/\b(Lei(?! \d)|Suo|Sua|Suoi|Sue)\b/);
    }
  });

  it('does not collide with the main files, into which it is merged under its name', () => {
    if (name === 'main') return;
    expect(Object.keys(en)).not.toContain(name);
    expect(Object.keys(itLocale)).not.toContain(name);
  });
});
