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

  async function denial(reference: string, language: LetterLanguage): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'ccpa-denial', language, inputs: { 'denial.reasons': 'We must keep your invoices for seven years under tax law.' } });
    // A web address may break after a slash at the end of a line: read it joined.
    const text = preview.pdfBase64 ? pdfText(Buffer.from(preview.pdfBase64, 'base64'), tmp.dir).replace(/\s+/g, ' ').replace(/\/ /g, '/') : '';
    return { missing: preview.missing.map((m) => m.key), text };
  }

  it('denied in whole on an exception: says so, deletes what the exception does not cover, offers the opt-out', async () => {
    const reference = await denied('refused', 'exemption');
    const en = await denial(reference, 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We are unable to comply with it, for the reasons set out below.');
    expect(en.text).toContain('We have deleted your personal information that the exception does not cover (section 7022(f)(2) of the CCPA regulations)');
    expect(en.text).toContain(`you may ask us not to sell or share your personal information: ${NOTICE}`);
    expect(en.text).toContain('section 7022(g)');
    expect(en.text).not.toContain('in whole or in part');
    const it_ = await denial(reference, 'it');
    expect(it_.text).toContain('Non possiamo dare seguito alla Sua richiesta, per i motivi indicati di seguito.');
    expect(it_.text).toContain('Abbiamo cancellato i Suoi dati personali non coperti dall’eccezione (sezione 7022(f)(2)');
    expect(it_.text).toContain('Se lo desidera, può chiederci di non vendere né condividere i Suoi dati personali');
    expect(it_.text).not.toMatch(/in tutto o in parte|darvi seguito/);
  });

  it('denied in part: says it is a part', async () => {
    const reference = await denied('partially-fulfilled');
    expect((await denial(reference, 'en')).text).toContain('We are unable to comply with part of it, for the reasons set out below.');
    expect((await denial(reference, 'it')).text).toContain('Non possiamo dare seguito a una parte della Sua richiesta');
  });

  it('denied because identity could not be verified: nothing about deleting what an exception does not cover', async () => {
    const reference = await denied('refused', 'identity-not-verified');
    const en = await denial(reference, 'en');
    expect(en.text).not.toContain('7022(f)(2)');
    expect(en.text).toContain('section 7022(g)');
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
