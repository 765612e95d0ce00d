import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RefusalGround, RequestOutcome } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The CCPA denial of a request to delete (CCPA regs §7022(f)–(g)): it says whether it denies
 * the request in whole or in part (the outcome is known), that what the exception does not
 * cover was deleted, and, when the business sells or shares personal information (a setting),
 * offers the opt-out with the Notice of Right to Opt-out. Until the organisation has said
 * whether it sells or shares, the letter names that setting as missing.
 */
const NOW = new Date('2026-04-20T16:00:00Z');
const NOTICE = 'https://noventia.example/do-not-sell-or-share';

describe('CCPA denial of a request to delete', () => {
  const { tmp, call } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'yes', 'ccpa.optOutNoticeUrl': NOTICE });

  async function denied(outcome: RequestOutcome, refusalGround?: RefusalGround): Promise<string> {
    const request = { regime: 'ccpa', types: ['delete'], receivedAt: '2026-04-08T10:00:00-07:00', channel: 'email', subjectName: 'Dana Reyes', subjectEmail: 'dana@example.com' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    if (refusalGround !== 'identity-not-verified') await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome, ...(refusalGround ? { refusalGround } : {}), reason: 'Records kept for tax law', at: '2026-04-15T09:00:00-07:00' } });
    return reference;
  }

  const EXCEPTION = { 'denial.exception': 'Civil Code §1798.105(d)(8), compliance with a legal obligation' };

  async function denial(reference: string, language: LetterLanguage, inputs: Record<string, string> = EXCEPTION): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'ccpa-denial', language, inputs: { 'denial.reasons': 'We must keep your invoices for seven years under tax law.', ...inputs } });
    // A web address may break after a slash at the end of a line: read it joined.
    const text = preview.pdfBase64 ? pdfText(Buffer.from(preview.pdfBase64, 'base64'), tmp.dir).replace(/\s+/g, ' ').replace(/\/ /g, '/') : '';
    return { missing: preview.missing.map((m) => m.key), text };
  }

  it('denied in whole on an exception: says so, deletes what the exception does not cover, offers the opt-out', async () => {
    const reference = await denied('refused', 'exemption');
    const en = await denial(reference, 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We are unable to comply with it, for the reasons set out below.');
    expect(en.text).toContain('Our denial rests on the following exception to the CCPA, or conflict with federal or state law (section 7022(f)(1) of the CCPA regulations): Civil Code §1798.105(d)(8), compliance with a legal obligation.');
    expect(en.text).toContain('We have deleted your personal information that this exception does not cover (section 7022(f)(2) of the CCPA regulations)');
    expect(en.text).toContain(`you may ask us not to sell or share your personal information: ${NOTICE}`);
    expect(en.text).toContain('section 7022(g)');
    expect(en.text).not.toContain('in whole or in part');
    const it_ = await denial(reference, 'it');
    expect(it_.text).toContain('Non possiamo dare seguito alla Sua richiesta, per i motivi indicati di seguito.');
    expect(it_.text).toContain('Il diniego si fonda sulla seguente eccezione prevista dal CCPA, o sul seguente conflitto con la legge federale o statale (sezione 7022(f)(1)');
    expect(it_.text).toContain('Abbiamo cancellato i Suoi dati personali non coperti da tale eccezione (sezione 7022(f)(2)');
    expect(it_.text).toContain('Se lo desidera, può chiederci di non vendere né condividere i Suoi dati personali');
    expect(it_.text).not.toMatch(/in tutto o in parte|darvi seguito/);
  });

  it('denied in part: says it is a part', async () => {
    const reference = await denied('partially-fulfilled');
    const ground = { ...EXCEPTION, 'denial.ground': 'exception' };
    expect((await denial(reference, 'en', ground)).text).toContain('We are unable to comply with part of it, for the reasons set out below.');
    expect((await denial(reference, 'it', ground)).text).toContain('Non possiamo dare seguito a una parte della Sua richiesta');
  });

  it('denied because identity could not be verified: says so and what the person can do, nothing about an exception (review D20)', async () => {
    const reference = await denied('refused', 'identity-not-verified');
    const en = await denial(reference, 'en', {});
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We could not verify your identity to the degree of certainty the CCPA regulations require (sections 7022(d) and 7060 to 7062');
    expect(en.text).toContain('You may make your request again at any time, with information that lets us verify that it comes from you');
    expect(en.text).toContain('section 7063 of the CCPA regulations');
    expect(en.text).toContain('section 7022(g)');
    expect(en.text).not.toMatch(/7022\(f\)|exception/);
    const it_ = await denial(reference, 'it', {});
    expect(it_.text).toContain('Non abbiamo potuto verificare la Sua identità');
    expect(it_.text).toContain('Può ripresentare la richiesta in qualsiasi momento');
    expect(it_.text).not.toMatch(/7022\(f\)|eccezione/);
  });

  it('identity not verified on a request to know: the DPO\'s reason right after "We could not verify your identity", before the privacy policy (review 5, E7)', async () => {
    const request = { regime: 'ccpa', types: ['know'], receivedAt: '2026-04-08T10:00:00-07:00', channel: 'email', subjectName: 'Lee Park', subjectEmail: 'lee@example.com' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No match', at: '2026-04-15T09:00:00-07:00' } });
    await call('settings.update', { changes: { 'organisation.privacyPolicyUrl': 'https://noventia.example/privacy' } });
    for (const [language, reason, verify, policy] of [
      ['en', 'The details you gave do not match our records.', 'We could not verify your identity', 'Our information practices'],
      ['it', 'I dati che ci ha fornito non corrispondono ai nostri archivi.', 'Non abbiamo potuto verificare la Sua identità', 'Le nostre pratiche in materia di dati personali'],
    ] as const) {
      const { missing, text } = await denial(reference, language, { 'denial.reasons': reason });
      expect(missing).toEqual([]);
      expect(text.indexOf(reason)).toBeGreaterThan(text.indexOf(verify));
      expect(text.indexOf(reason)).toBeLessThan(text.indexOf(policy));
    }
  });

  it('on a request not closed with a ground, refuses until the DPO chooses one; an exception must be named (review D20)', async () => {
    const request = { regime: 'ccpa', types: ['delete'], receivedAt: '2026-04-08T10:00:00-07:00', channel: 'email', subjectName: 'Sam Lee', subjectEmail: 'sam@example.com' };
    const { reference } = await call<{ reference: string }>('requests.create', { request });
    const open = await denial(reference, 'en', {});
    expect(open.missing).toEqual(['denial.ground']);
    expect(open.text).toBe('');
    const unnamed = await denial(reference, 'it', { 'denial.ground': 'exception' });
    expect(unnamed.missing).toEqual(['denial.exception']);
    const identity = await denial(reference, 'en', { 'denial.ground': 'identity' });
    expect(identity.missing).toEqual([]);
    expect(identity.text).toContain('We could not verify your identity');
    expect(identity.text).not.toContain('7022(f)');
    const named = await denial(reference, 'en', { ...EXCEPTION, 'denial.ground': 'exception' });
    expect(named.text).toContain('that this exception does not cover (section 7022(f)(2)');
    expect(named.text).not.toContain('We could not verify your identity');
  });

  it('a business that neither sells nor shares offers no opt-out; one that has not said is asked to, before the letter can go', async () => {
    const reference = await denied('refused', 'exemption');
    await call('settings.update', { changes: { 'ccpa.sellsOrShares': 'no' } });
    const none = await denial(reference, 'en');
    expect(none.missing).toEqual([]);
    expect(none.text).not.toContain('7022(g)');
    await call('settings.update', { changes: { 'ccpa.sellsOrShares': null } });
    expect((await denial(reference, 'it')).missing).toEqual(['ccpa.sellsOrShares']);
  });
});
