import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RefusalGround, RequestOutcome, RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The CCPA denial cites the section of the regulations for the request's own type (review 7,
 * G4): a request to know § 7024, not the deletion section § 7022: identity not verified
 * § 7024(a) and (b) with §§ 7060–7062, and the request weighed as one for categories before those
 * are denied too (§ 7024(a)); an exception § 7024(e), with the rest disclosed when denied in
 * part; a request to correct § 7023(f)(1); a request to know and delete both sections. EN and
 * IT, read from the PDF (demo 2026-0046, 2026-0142).
 */
const NOW = new Date('2026-04-20T16:00:00Z');
const EXCEPTION = { 'denial.exception': 'Civil Code §1798.145(a)(1)(C), cooperation with law enforcement' };

describe('CCPA denial: the sections by request type', () => {
  const { tmp, call } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'no', 'organisation.privacyPolicyUrl': 'https://noventia.example/privacy' });

  async function denied(types: RequestType[], outcome: RequestOutcome, refusalGround?: RefusalGround): Promise<string> {
    const request = { regime: 'ccpa', types, receivedAt: '2026-04-08T10:00:00-07:00', channel: 'email', subjectName: 'Lee Park', subjectEmail: 'lee@example.com' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    if (refusalGround !== 'identity-not-verified') await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome, ...(refusalGround ? { refusalGround } : {}), reason: 'See the letter', at: '2026-04-15T09:00:00-07:00' } });
    return reference;
  }

  async function denial(reference: string, language: LetterLanguage = 'en', inputs: Record<string, string> = {}): Promise<string> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'ccpa-denial', language, inputs: { 'denial.reasons': 'The details you gave do not match our records.', ...inputs } });
    expect(preview.missing.map((m) => m.key)).toEqual([]);
    return pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ').replace(/\/ /g, '/');
  }

  it('a request to know not verified: § 7024(a) and (b), weighed as one for categories, never § 7022', async () => {
    const reference = await denied(['know'], 'refused', 'identity-not-verified');
    const en = await denial(reference);
    expect(en).toContain('We could not verify your identity to the degree of certainty the CCPA regulations require (sections 7024(a), 7024(b) and 7060 to 7062, California Code of Regulations, title 11).');
    expect(en).toContain('We therefore disclose no specific pieces of personal information about you (section 7024(a)). As that section requires, we have also considered your request as one for the categories of personal information we hold about you');
    expect(en).toContain('so we cannot disclose the categories (section 7024(b))');
    expect(en).toContain('https://noventia.example/privacy');
    expect(en).not.toContain('7022');
    expect(en).toContain('Your request of 8 April 2026: we cannot comply Dear');
    const it_ = await denial(reference, 'it', { 'denial.reasons': 'I dati che ci ha fornito non corrispondono ai nostri archivi.' });
    expect(it_).toContain('(sezioni 7024(a), 7024(b) e 7060–7062, California Code of Regulations, titolo 11)');
    expect(it_).toContain('abbiamo esaminato la richiesta anche come richiesta di conoscere le categorie di dati personali che La riguardano');
    expect(it_).not.toContain('7022');
  });

  it('a request to know denied in part on an exception: § 7024(e), and the rest disclosed', async () => {
    const reference = await denied(['know'], 'partially-fulfilled');
    const inputs = { ...EXCEPTION, 'denial.ground': 'exception', 'denial.reasons': 'An investigation is under way.' };
    const en = await denial(reference, 'en', inputs);
    expect(en).toContain('Our denial rests on the following exception to the CCPA, or conflict with federal or state law (section 7024(e) of the CCPA regulations): Civil Code §1798.145(a)(1)(C)');
    expect(en).toContain('The other information you asked for, which the exception does not cover, is disclosed to you in our response to your request (section 7024(e) of the CCPA regulations).');
    expect(en).not.toMatch(/7022|We have deleted/);
    // The subject says "in part", as the body does (review 8, H7).
    expect(en).toContain('Your request of 8 April 2026: we cannot comply in part');
    const it_ = await denial(reference, 'it', { ...inputs, 'denial.exception': 'Civil Code §1798.145(a)(1)(C), cooperazione con le autorità', 'denial.reasons': 'È in corso un’indagine.' });
    expect(it_).toContain('Sua richiesta dell’8 aprile 2026: impossibilità di dare seguito in parte');
    expect(it_).toContain('(sezione 7024(e) del regolamento attuativo del CCPA): Civil Code');
    expect(it_).toContain('Le altre informazioni che ha richiesto, non coperte dall’eccezione, Le sono comunicate nel nostro riscontro alla richiesta');
    expect(it_).not.toContain('7022');
  });

  it('a request to know and delete cites both sections; a request to correct § 7023(a) on identity, § 7023(f)(1) on an exception', async () => {
    const both = await denied(['know', 'delete'], 'refused', 'exemption');
    expect(await denial(both, 'en', EXCEPTION)).toContain('(sections 7024(e) and 7022(f)(1) of the CCPA regulations)');
    expect(await denial(both, 'it', { ...EXCEPTION, 'denial.reasons': 'Dobbiamo conservare i dati per legge.' })).toContain('(sezioni 7024(e) e 7022(f)(1) del regolamento attuativo del CCPA)');
    const correct = await denied(['correct'], 'refused', 'identity-not-verified');
    const en = await denial(correct);
    // § 7023(a): a request to correct whose requestor cannot be verified (checked against the regulations' text); § 7023(f)(1) is the basis of a denial on the merits.
    expect(en).toContain('(sections 7023(a) and 7060 to 7062, California Code of Regulations, title 11)');
    expect(en).not.toMatch(/7022|7024|7023\(f\)/);
    const correctException = await denied(['correct'], 'refused', 'exemption');
    expect(await denial(correctException, 'en', EXCEPTION)).toContain('(section 7023(f)(1) of the CCPA regulations)');
  });
});
