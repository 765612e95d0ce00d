import { describe, expect, it } from 'vitest';
import { BREACH_NOTICE_KINDS, DOCUMENT_KINDS, type CaseType, type DocumentKind } from '../../../shared/document-contract';
import { loadFrame, loadTemplate } from './template-files';
import { letterTemplateFileSchema, type Reader } from './template-schema';

/** Who each document is written to; every other kind goes to a person. */
const READER_OF: Partial<Record<DocumentKind, Reader>> = {
  'client-notice': 'client',
  'client-forwarding-notice': 'client',
  'authority-notification': 'authority',
  'nis2-report': 'csirt',
  'subject-notice': 'people',
};
const caseOf = (kind: DocumentKind): CaseType => ((BREACH_NOTICE_KINDS as readonly DocumentKind[]).includes(kind) ? 'breach' : 'request');

describe('one salutation and closing per kind of reader (review C36)', () => {
  it('opens a letter to a person with their name, to a client "Dear Sir or Madam," (IT by its name), to an authority "Dear Sir or Madam,"', () => {
    const { readers } = loadFrame();
    // A person is greeted by the recipient's name ("Dear Giulia Bianchi,"), a company agent "Dear Sir or Madam," … "Yours faithfully," (recipient-greeting.ts; review 7, G18).
    expect(readers.person.salutation).toEqual({ en: '{{recipient.greeting}},', it: '{{recipient.greeting}},' });
    expect(readers.person.closing).toEqual({ en: '{{recipient.closing}}', it: '{{recipient.closing}}' });
    // A company is not greeted by its name in English (review 6, F19); "Spettabile Rossi Arredamenti Srl," is right in Italian.
    expect(readers.client.salutation).toEqual({ en: 'Dear Sir or Madam,', it: 'Spettabile {{recipient.name}},' });
    expect(readers.client.closing.en).toBe('Yours faithfully,');
    expect(readers.authority.salutation.en).toBe('Dear Sir or Madam,');
    // "Dear Sir or Madam," closes "Yours faithfully,"; a named reader "Yours sincerely,".
    expect(readers.authority.closing.en).toBe('Yours faithfully,');
    expect(readers.people.closing.en).toBe('Yours sincerely,');
    // In English the CSIRT is greeted "Dear Sir or Madam," (review 6, F19); in Italian by its name, without the bracket its settings name may carry (review 4, D30).
    expect(readers.csirt.salutation).toEqual({ en: 'Dear Sir or Madam,', it: 'Spettabile {{csirt.addressee}},' });
    expect(readers.csirt.closing.en).toBe('Yours faithfully,');
  });

  it('gives every template the words of its reader, in both languages', () => {
    const { readers } = loadFrame();
    for (const kind of DOCUMENT_KINDS) {
      const template = loadTemplate(caseOf(kind), kind);
      const reader = READER_OF[kind] ?? 'person';
      expect(template.reader, kind).toBe(reader);
      for (const language of ['en', 'it'] as const) {
        expect(template[language].salutation, `${kind}/${language}`).toBe(readers[reader].salutation[language]);
        expect(template[language].closing, `${kind}/${language}`).toBe(readers[reader].closing[language]);
      }
    }
  });

  it('refuses a template that writes its own salutation or closing', () => {
    const file = { kind: 'refusal', caseType: 'request', appliesTo: { gdpr: '*' }, required: [], inputs: [], it: { title: 't', subject: 's', blocks: [{ type: 'paragraph', text: 'x' }] } };
    expect(letterTemplateFileSchema.safeParse({ ...file, en: { title: 't', subject: 's', blocks: [{ type: 'paragraph', text: 'x' }] } }).success).toBe(true);
    expect(letterTemplateFileSchema.safeParse({ ...file, en: { title: 't', subject: 's', salutation: 'Dear Sir or Madam,', blocks: [{ type: 'paragraph', text: 'x' }] } }).success).toBe(false);
  });
});
