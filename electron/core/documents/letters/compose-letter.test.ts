import { describe, expect, it } from 'vitest';
import { composeLetter } from './compose-letter';
import type { LetterTemplate } from './template-schema';

const template: LetterTemplate = {
  kind: 'acknowledgement',
  caseType: 'request',
  appliesTo: { gdpr: '*' },
  required: ['request.receivedDate'],
  inputs: ['access.purposes'],
  reader: 'person',
  en: {
    title: 'Letter {{request.reference}}',
    subject: 'Your request of {{request.receivedDate}}',
    salutation: 'Dear Sir or Madam,',
    closing: 'Yours faithfully,',
    blocks: [
      { type: 'paragraph', text: 'It concerns {{request.types}}.' },
      { type: 'paragraph', when: 'regime.ukGdpr', text: 'UK only: {{deadlines.extendedDue}}' },
      { type: 'paragraph', when: '!regime.ukGdpr', text: 'Not UK.' },
      { type: 'list', from: 'access.purposes' },
    ],
  },
  it: { title: 'Lettera', subject: 'Oggetto', salutation: 'Spettabile,', closing: 'Distinti saluti,', blocks: [{ type: 'paragraph', text: 'Testo' }] },
};

describe('composing a letter from its template', () => {
  it('fills placeholders, joins lists in words and keeps only the blocks whose condition holds', () => {
    const letter = composeLetter(template, 'en', { 'request.reference': '2026-0001', 'request.receivedDate': '31 March 2026', 'request.types': ['access', 'erasure'], 'regime.ukGdpr': false, 'access.purposes': ['Billing', ' '] }, []);
    expect(letter.missing).toEqual([]);
    expect(letter.title).toBe('Letter 2026-0001');
    expect(letter.body).toEqual({
      subject: 'Your request of 31 March 2026',
      blocks: [
        { type: 'paragraph', text: 'It concerns access and erasure.' },
        { type: 'paragraph', text: 'Not UK.' },
        { type: 'list', items: ['Billing'] },
      ],
    });
  });

  it('names what is missing, frame and required fields first, and marks it instead of printing a blank', () => {
    const letter = composeLetter(template, 'en', { 'request.reference': '2026-0001', 'request.receivedDate': ' ', 'regime.ukGdpr': true, 'access.purposes': [] }, ['organisation.dpoEmail']);
    expect(letter.missing.map((m) => m.key)).toEqual(['organisation.dpoEmail', 'request.receivedDate', 'request.types', 'deadlines.extendedDue', 'access.purposes']);
    expect(letter.missing[0]).toEqual({ key: 'organisation.dpoEmail', label: 'DPO e-mail (Settings → Organisation)', source: 'settings' });
    expect(letter.body.subject).toBe('Your request of ⟦Date the request was received⟧');
    expect(letter.body.blocks[1]).toEqual({ type: 'paragraph', text: 'UK only: ⟦Extended deadline (extend the request first)⟧' });
    expect(letter.body.blocks[2]).toEqual({ type: 'list', items: ['⟦Purposes of the processing (Art. 15(1)(a))⟧'] });
  });

  it('fills form tables row by row, lists one item a line, and lets deferrable fields wait while the condition holds', () => {
    const form: LetterTemplate = {
      kind: 'authority-notification',
      caseType: 'breach',
      appliesTo: { gdpr: '*' },
      required: [],
      inputs: [],
      deferrable: { when: 'notice.phase=preliminary', keys: ['breach.cause'] },
      reader: 'authority',
      en: {
        title: 'Notice {{breach.reference}}',
        subject: 'Notice',
        salutation: 'Dear Sir or Madam,',
        closing: 'Yours faithfully,',
        deferred: 'To follow',
        blocks: [
          { type: 'table', rows: [
            { label: 'Type', value: 'Preliminary', when: 'notice.phase=preliminary' },
            { label: 'Type', value: 'Complete', when: 'notice.phase=complete' },
            { label: 'Cause', value: '{{breach.cause}}' },
            { label: 'Systems', from: 'breach.systems' },
          ] },
          { type: 'table', when: 'notice.late', rows: [{ label: 'Delay', value: '{{notice.delayReasons}}' }] },
        ],
      },
      it: { title: 'Notifica', subject: 'Notifica', salutation: 'Spettabile Autorità,', closing: 'Distinti saluti,', deferred: 'Seguirà', blocks: [{ type: 'paragraph', text: 'Testo' }] },
    };
    const fields = { 'breach.reference': 'B-2026-001', 'notice.phase=preliminary': true, 'breach.cause': null, 'breach.systems': ['Portal', 'Mail'], 'notice.late': false };
    const preliminary = composeLetter(form, 'en', fields, []);
    expect(preliminary.missing).toEqual([]);
    expect(preliminary.salutation).toBe('Dear Sir or Madam,');
    expect(preliminary.body.blocks).toEqual([
      { type: 'table', rows: [{ label: 'Type', value: 'Preliminary' }, { label: 'Cause', value: 'To follow' }, { label: 'Systems', value: '• Portal\n• Mail' }] },
    ]);
    const complete = composeLetter(form, 'en', { ...fields, 'notice.phase=preliminary': false, 'notice.phase=complete': true }, []);
    expect(complete.missing.map((m) => m.key)).toEqual(['breach.cause']);
    expect(complete.body.blocks[0]).toMatchObject({ rows: [{ value: 'Complete' }, { value: '⟦Cause of the breach (breach register)⟧' }, { value: '• Portal\n• Mail' }] });
  });
});
