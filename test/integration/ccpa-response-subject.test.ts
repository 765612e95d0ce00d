import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';
import { CCPA_KNOW_INPUTS } from '../support/letter-fixtures';

/**
 * The CCPA letters name what the request asks for as parallel noun phrases, the data once per
 * group ("la conoscenza e la cancellazione dei Suoi dati personali"), never "il diritto di
 * conoscere i dati e cancellazione…"; and a sentence says "as set out below" only when the
 * section it names is printed (review 4, D21). Set LETTERS_OUT=/tmp/letters to keep the PDFs.
 */
const NOW = new Date('2026-04-20T08:00:00Z');

/** Each "as set out below under “X”" / "come indicato di seguito alla voce «X»" names a heading printed after it. */
function crossReferencesMet(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/(?:as set out below under “([^”]+)”|come indicato di seguito alla voce «([^»]+)»)/g)) {
    const heading = (m[1] ?? m[2]) as string;
    if (!text.slice((m.index ?? 0) + m[0].length).includes(heading)) problems.push(heading);
  }
  return problems;
}

describe('the subject and cross-references of CCPA letters', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  async function closed(types: RequestType[]): Promise<string> {
    const request = { regime: 'ccpa', types, receivedAt: '2026-04-08T10:00:00-07:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Answered', at: '2026-04-15T12:00:00-07:00' } });
    return reference;
  }

  async function letter(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs = {}): Promise<string> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date: '2026-04-16', inputs });
    expect(preview.missing.map((m) => m.key)).toEqual([]);
    const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
    if (process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `ccpa-subject-${reference}.${kind}.${language}.pdf`), pdf);
    return pdfText(pdf, tmp.dir);
  }

  it('know and delete: one subject of parallel nouns; no "as set out below" for a deletion with nothing below', async () => {
    const reference = await closed(['delete', 'know']);
    const it_ = await letter(reference, 'ccpa-response', 'it', CCPA_KNOW_INPUTS);
    expect(it_).toContain('avente a oggetto: la conoscenza e la cancellazione dei Suoi dati personali.');
    expect(it_).toContain('abbiamo cancellato i dati personali in questione.');
    expect(it_).not.toMatch(/diritto di conoscere i dati e|cancellato i dati personali in questione, come indicato/);
    const en = await letter(reference, 'ccpa-response', 'en', CCPA_KNOW_INPUTS);
    expect(en).toContain('concerning the disclosure and deletion of your personal information.');
    expect(en).toContain('we have deleted the personal information concerned.');
    expect(en).not.toMatch(/the right to know and|deleted the personal information concerned, as set out/);
    for (const text of [it_, en]) expect(crossReferencesMet(text)).toEqual([]);
  });

  it('delete and correct with what was done: the sentence names the section printed below it', async () => {
    const reference = await closed(['correct', 'delete']);
    const done = { 'ccpa.details': 'See the sections above.', 'ccpa.deleted': 'Your order history and saved addresses.', 'ccpa.corrected': 'Your date of birth, now 4 May 1990.' };
    const en = await letter(reference, 'ccpa-response', 'en', done);
    expect(en).toContain('concerning the deletion and correction of your personal information.');
    expect(en).toContain('as set out below under “What we deleted”.');
    expect(en).toContain('What we deleted Your order history and saved addresses.');
    expect(en).toContain('as set out below under “What we corrected”.');
    const it_ = await letter(reference, 'ccpa-response', 'it', done);
    expect(it_).toContain('avente a oggetto: la cancellazione e la rettifica dei Suoi dati personali.');
    expect(it_).toContain('come indicato di seguito alla voce «Che cosa abbiamo cancellato».');
    expect(it_).toContain('Che cosa abbiamo rettificato Your date of birth');
    for (const text of [it_, en]) expect(crossReferencesMet(text)).toEqual([]);
  });

  it('the acknowledgement names the request alike, rights on other data in groups of their own', async () => {
    const request = { regime: 'ccpa', types: ['limit', 'know', 'opt-out'], receivedAt: '2026-04-08T10:00:00-07:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com' };
    const { reference } = await call<{ reference: string }>('requests.create', { request });
    const it_ = await letter(reference, 'acknowledgement', 'it');
    expect(it_).toContain(
      'La richiesta riguarda: la conoscenza dei Suoi dati personali, l’opposizione alla vendita o condivisione dei Suoi dati personali e la limitazione dell’uso dei Suoi dati personali sensibili.',
    );
    const en = await letter(reference, 'acknowledgement', 'en');
    expect(en).toContain(
      'It concerns the disclosure of your personal information, the opt-out of the sale or sharing of your personal information, and the limitation of the use of your sensitive personal information.',
    );
  });
});
