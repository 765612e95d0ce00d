import { describe, expect, it } from 'vitest';
import { IDENTITY_METHODS, REFUSAL_GROUNDS, REQUEST_TYPES_BY_REGIME } from '../../../shared/requests';
import { REQUEST_LETTER_KINDS } from '../document-contract';
import { conditionKeys } from './conditions';
import { FIELD_CATALOGUE, REQUEST_FLAGS } from './field-catalogue';
import { placeholdersIn } from './placeholders';
import { loadFrame, loadLabels, loadLawTable, loadTemplate } from './template-files';
import type { LetterTemplate } from './template-schema';

function placeholders(template: LetterTemplate, language: 'en' | 'it'): Set<string> {
  const text = template[language];
  return new Set([
    ...placeholdersIn(text.title),
    ...placeholdersIn(text.subject),
    ...text.blocks.flatMap((b) => (b.type !== 'list' ? placeholdersIn(b.text) : 'from' in b ? [b.from] : b.items.flatMap(placeholdersIn))),
  ]);
}

describe('request letter templates', () => {
  for (const kind of REQUEST_LETTER_KINDS) {
    it(`${kind}: every field is known, nameable, and used alike in both languages`, () => {
      const template = loadTemplate('request', kind);
      const en = placeholders(template, 'en');
      expect([...en].sort()).toEqual([...placeholders(template, 'it')].sort());
      for (const key of [...en, ...template.required, ...template.inputs]) expect(FIELD_CATALOGUE, key).toHaveProperty([key]);
      for (const key of template.inputs) expect(FIELD_CATALOGUE[key]?.source, key).toBe('input');
      const conditions = (['en', 'it'] as const).flatMap((lang) => template[lang].blocks.flatMap((b) => conditionKeys(b.when)));
      for (const key of conditions) expect([...REQUEST_FLAGS, ...Object.keys(FIELD_CATALOGUE)], key).toContain(key);
      const regimes = Object.keys(template.appliesTo);
      expect(regimes.length).toBeGreaterThan(0);
      for (const [regime, types] of Object.entries(template.appliesTo)) {
        if (Array.isArray(types)) for (const type of types) expect(REQUEST_TYPES_BY_REGIME[regime as keyof typeof REQUEST_TYPES_BY_REGIME], `${kind}/${regime}`).toContain(type);
      }
    });
  }

  it('has words for every request type, identity check and refusal ground the letters can meet', () => {
    const labels = loadLabels();
    for (const regime of ['gdpr', 'uk-gdpr', 'ccpa'] as const) {
      for (const type of REQUEST_TYPES_BY_REGIME[regime]) expect(labels.requestTypes, type).toHaveProperty([type]);
      expect(loadLawTable()[regime]?.short).toBeTruthy();
    }
    for (const method of IDENTITY_METHODS) expect(labels.identityNeeds).toHaveProperty([method]);
    for (const ground of REFUSAL_GROUNDS) expect(labels.refusalGrounds).toHaveProperty([ground]);
    expect(loadFrame().page.it).toBe('Pagina {{page.number}} di {{page.count}}');
  });
});
