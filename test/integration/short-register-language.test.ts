import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { FIELD_CATALOGUE } from '../../electron/core/documents/letters/field-catalogue';
import { letterVault, NOVENTIA } from '../support/letter-vault';

/**
 * Review 8, H11's remainder: a register text of a stopword or two in the other language ("See
 * the letter", "Vedi lettera"), printed as the register holds it, is judged by its words and
 * gives the language-mix warning; the same words typed by the DPO are judged as before, and a
 * short register text of a name, an id, an e-mail address or a date gives none.
 */
const NOW = new Date('2026-12-04T10:00:00Z');
/** The field as the warning names it. */
const LABEL = FIELD_CATALOGUE['refusal.explanation']?.label ?? { en: 'refusal.explanation', it: 'refusal.explanation' };

describe('a short register text in the other language, printed verbatim (H11’s remainder)', () => {
  const { call } = letterVault(NOW, NOVENTIA);

  /** A GDPR access request refused as manifestly excessive, the reason recorded as given: the refusal prints it as its explanation. */
  async function refusedWith(reason: string): Promise<string> {
    const request = { regime: 'gdpr', types: ['access'], receivedAt: '2026-12-01T10:00:00+01:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'manifestly-excessive', reason, at: '2026-12-03T10:00:00+01:00' } });
    return reference;
  }

  async function mixed(reference: string, language: LetterLanguage, inputs: LetterInputs = {}): Promise<string[]> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'refusal', language, date: '2026-12-04', inputs });
    return preview.warnings.filter((w) => w.code === 'language-mix').map((w) => `${w.field ?? ''}: ${w.message[language]}`);
  }

  it('"See the letter" in an Italian letter, "Vedi lettera" in an English one: the language-mix warning, EN/IT', async () => {
    const english = await refusedWith('See the letter');
    expect(await mixed(english, 'it')).toEqual([`refusal.explanation: “${LABEL.it}” sembra scritto in inglese, ma questa lettera è in italiano.`]);
    expect(await mixed(english, 'en')).toEqual([]);
    const italian = await refusedWith('Vedi lettera');
    expect(await mixed(italian, 'en')).toEqual([`refusal.explanation: “${LABEL.en}” looks written in Italian, but this letter is in English.`]);
    expect(await mixed(italian, 'it')).toEqual([]);
  });

  it('the same short words typed by the DPO are judged as before: no warning on two words', async () => {
    const reference = await refusedWith('The request repeats the three before it.');
    expect(await mixed(reference, 'it', { 'refusal.explanation': 'See the letter' })).toEqual([]);
  });

  it('no false alarm on a short register text of a name, an id, an e-mail address, a date or a word both languages use', async () => {
    for (const reason of ['Paola Neri', 'REQ-2026-0042', 'paola.neri@example.it', '3 dicembre 2026', 'Backup online']) {
      const reference = await refusedWith(reason);
      for (const language of ['en', 'it'] as const) expect(await mixed(reference, language), `${reason} in ${language}`).toEqual([]);
    }
  });

});
