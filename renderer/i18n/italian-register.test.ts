import { describe, expect, it } from 'vitest';
import { resources } from './resources';

/** Every string of a catalogue with its key path. */
function* strings(node: unknown, path: string): Generator<[string, string]> {
  if (typeof node === 'string') yield [path, node];
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) yield* strings(value, path ? `${path}.${key}` : key);
}

/** The plural "voi" (addressing the reader as a group), which no Italian text of the app uses. */
const voi = /\b(vostr[oaie]|potete|avete|dovete|volete|siete|inserite|scegliete|controllate|vi (avvisa|avvisiamo|chiediamo|ricordiamo|siete))\b/i;

describe('Italian register', () => {
  it('never addresses the reader as "voi", in the UI or in the messages core renders', () => {
    const found = [...strings(resources.it.translation, '')].filter(([, text]) => voi.test(text)).map(([path, text]) => `${path}: ${text}`);
    expect(found).toEqual([]);
  });

  it('has a rule that would catch it', () => {
    expect(voi.test("l'impegno che vi siete dati")).toBe(true);
    expect(voi.test('Le attività indicate trattano categorie particolari')).toBe(false);
  });
});
