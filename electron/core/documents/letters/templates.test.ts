import { describe, expect, it } from 'vitest';
import { IDENTITY_METHODS, REFUSAL_GROUNDS, REQUEST_TYPES_BY_REGIME } from '../../../shared/requests';
import { BREACH_NOTICE_KINDS, REQUEST_LETTER_KINDS, type CaseType, type DocumentKind } from '../../../shared/document-contract';
import { templateKeys } from './compose-letter';
import { conditionKeys } from './conditions';
import { FIELD_CATALOGUE, REQUEST_FLAGS } from './field-catalogue';
import { loadBreachLabels, loadFrame, loadLabels, loadLawTable, loadTemplate } from './template-files';
import type { LetterTemplate } from './template-schema';

/** Flags breach notices test besides their fields. */
const BREACH_FLAGS = ['notice.late', 'notice.clientLate', 'notice.completeLate', 'csirt.assessed', 'breach.atProcessor', 'notice.legalDuty', 'notice.undecided', 'breach.mixedRole', 'notice.clientFollowUp', 'csirt.late'];

/** A condition key is a flag, a catalogue field, or `choice=value` for an offered value of a choice input. */
function knownCondition(key: string, flags: readonly string[]): boolean {
  const [field, option] = key.split('=') as [string, string | undefined];
  if (option === undefined) return flags.includes(field) || field in FIELD_CATALOGUE;
  return FIELD_CATALOGUE[field]?.options?.some((o) => o.value === option) ?? false;
}

function conditions(template: LetterTemplate): string[] {
  const texts = (['en', 'it'] as const).flatMap((lang) => template[lang].blocks);
  return [
    ...texts.flatMap((b) => [...conditionKeys(b.when), ...(b.type === 'table' ? b.rows.flatMap((r) => conditionKeys(r.when)) : [])]),
    ...conditionKeys(template.deferrable?.when),
    ...Object.values(template.deferrable?.only ?? {}).flatMap((when) => conditionKeys(when)),
  ];
}

function checkTemplate(caseType: CaseType, kind: DocumentKind, flags: readonly string[]): LetterTemplate {
  const template = loadTemplate(caseType, kind);
  // The salutation is the reader's (frame.json) and may differ by language: a client is greeted by its name in Italian only (review 6, F19).
  const unsaluted = { ...template, en: { ...template.en, salutation: '' }, it: { ...template.it, salutation: '' } };
  const en = templateKeys(unsaluted, 'en');
  expect([...en].sort()).toEqual([...templateKeys(unsaluted, 'it')].sort());
  const saluted = [...templateKeys(template, 'en'), ...templateKeys(template, 'it')];
  for (const key of [...saluted, ...template.required, ...template.inputs, ...(template.deferrable?.keys ?? [])]) expect(FIELD_CATALOGUE, key).toHaveProperty([key]);
  for (const key of template.inputs) expect(FIELD_CATALOGUE[key]?.source, key).toBe('input');
  for (const key of conditions(template)) expect(knownCondition(key, flags), `${kind}: condition ${key}`).toBe(true);
  expect(Object.keys(template.appliesTo).length).toBeGreaterThan(0);
  return template;
}

describe('request letter templates', () => {
  for (const kind of REQUEST_LETTER_KINDS) {
    it(`${kind}: every field is known, nameable, and used alike in both languages`, () => {
      const template = checkTemplate('request', kind, REQUEST_FLAGS);
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

describe('breach notice templates', () => {
  for (const kind of BREACH_NOTICE_KINDS) {
    it(`${kind}: every field is known, nameable, and used alike in both languages`, () => {
      const template = checkTemplate('breach', kind, BREACH_FLAGS);
      for (const key of template.deferrable?.keys ?? []) expect(FIELD_CATALOGUE[key]?.source, key).not.toBe('settings');
    });
  }

  it('has words for every cause, category, loss, level, ground and channel (the schema checks each list whole)', () => {
    const labels = loadBreachLabels();
    expect(labels.causes.ransomware.it).toBe('Attacco ransomware');
    expect(labels.art34Exemptions.a.en).toContain('Art. 34(3)(a) GDPR');
    expect(labels.greetings.default?.it).toBeTruthy();
  });
});
