import { describe, expect, it } from 'vitest';
import type { DocumentKindInfo, LetterInputs, LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The CCPA confirmation of an opt-out or of a limit on sensitive personal information says in
 * its subject and title what it confirms (review 7, G16: never "confirmation of your opt-out"
 * over a body confirming a limit), and, when the DPO says so, that the third parties which
 * received the information after the request and before the stop were told (CCPA regs
 * § 7026(f)(2)–(3); review 7, G13). EN and IT, read from the PDF.
 */
const NOW = new Date('2026-12-04T10:00:00Z');

describe('CCPA opt-out and limit confirmations', () => {
  // A business that sells or shares (Settings): the stop and the third parties told are its sentences (review 10, K16).
  const { tmp, call } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'yes' });

  async function received(types: RequestType[]): Promise<string> {
    const request = { regime: 'ccpa', types, receivedAt: '2026-12-01T10:00:00-08:00', channel: 'email', subjectName: 'Zofia De Luca', subjectEmail: 'zofia@example.com' };
    return (await call<{ reference: string }>('requests.create', { request })).reference;
  }

  async function text(reference: string, language: LetterLanguage, inputs: LetterInputs = {}): Promise<string> {
    const result = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'opt-out-confirmation', language, date: '2026-12-04', inputs: { 'action.date': '2026-12-03', ...inputs } });
    expect(result.missing).toEqual([]);
    return pdfText(Buffer.from(result.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
  }

  async function title(reference: string, language: LetterLanguage): Promise<string> {
    const kinds = await call<DocumentKindInfo[]>('documents.kinds', { caseType: 'request', caseId: reference });
    return kinds.find((k) => k.kind === 'opt-out-confirmation')?.title[language] ?? '';
  }

  it('a limit alone: its subject and title name the limit, not an opt-out (G16, EN/IT)', async () => {
    const limit = await received(['limit']);
    const en = await text(limit, 'en');
    expect(en).toContain('Your request of 1 December 2026: confirmation that the use of your sensitive personal information is limited');
    expect(en).not.toMatch(/opt-out/i);
    const it_ = await text(limit, 'it');
    expect(it_).toContain('Sua richiesta del 1º dicembre 2026: conferma della limitazione dell’uso dei Suoi dati personali sensibili');
    expect(it_).not.toMatch(/opposizione/i);
    expect(await title(limit, 'en')).toMatch(/^Confirmation of the limit on the use of sensitive personal information for request /);
    expect(await title(limit, 'it')).toMatch(/^Conferma della limitazione dell’uso dei dati personali sensibili per la richiesta /);
  });

  it('an opt-out keeps "your opt-out"; an opt-out and a limit name both (G16, EN/IT)', async () => {
    const optOut = await received(['opt-out']);
    expect(await text(optOut, 'en')).toContain('Your request of 1 December 2026: confirmation of your opt-out');
    expect(await text(optOut, 'it')).toContain('Sua richiesta del 1º dicembre 2026: conferma della Sua opposizione');
    const both = await received(['opt-out', 'limit']);
    expect(await text(both, 'en')).toContain('confirmation of your opt-out and that the use of your sensitive personal information is limited');
    expect(await text(both, 'it')).toContain('conferma della Sua opposizione e della limitazione dell’uso dei Suoi dati personali sensibili');
  });

  it('the third parties told under § 7026(f)(2)–(3), or none to tell, when the DPO says which (G13, EN/IT)', async () => {
    const optOut = await received(['opt-out']);
    const told = await text(optOut, 'en', { 'ccpa.thirdPartiesTold': 'notified' });
    expect(told).toContain(
      'We have also told the third parties to whom we sold or shared your personal information after your request, and before we stopped, that you have opted out, and directed them to comply with your request and to forward it to anyone with whom they disclosed or shared the information in that time (section 7026(f)(2) and (3) of the CCPA regulations).',
    );
    const toldIt = await text(optOut, 'it', { 'ccpa.thirdPartiesTold': 'notified' });
    expect(toldIt).toContain('Abbiamo inoltre informato della Sua opposizione i terzi ai quali abbiamo venduto o con i quali abbiamo condiviso i Suoi dati personali dopo la Sua richiesta');
    expect(toldIt).toContain('(sezione 7026(f)(2) e (3) del regolamento attuativo del CCPA)');
    expect(await text(optOut, 'en', { 'ccpa.thirdPartiesTold': 'none' })).toContain('we did not sell or share your personal information with any third party, so there was no third party to tell of your opt-out');
    expect(await text(optOut, 'it', { 'ccpa.thirdPartiesTold': 'none' })).toContain('non abbiamo venduto né condiviso i Suoi dati personali con alcun terzo');
    // Not said: no sentence either way; on a limit alone, nothing of sale or sharing.
    expect(await text(optOut, 'en')).not.toContain('7026(f)(2)');
    expect(await text(await received(['limit']), 'en', { 'ccpa.thirdPartiesTold': 'notified' })).not.toContain('7026(f)(2)');
  });

  it('a business that neither sells nor shares records the opt-out and never writes that it stopped (review 10, K16, EN/IT)', async () => {
    await call('settings.update', { changes: { 'ccpa.sellsOrShares': 'no' } });
    const optOut = await received(['opt-out']);
    const en = await text(optOut, 'en', { 'ccpa.thirdPartiesTold': 'notified' });
    expect(en).toContain('We do not sell or share personal information, and we have not sold or shared your personal information. We have recorded your opt-out, so that we will not sell or share your personal information in future without the consent the CCPA requires (California Civil Code §§ 1798.120 and 1798.135; section 7026 of the CCPA regulations).');
    expect(en).not.toMatch(/no longer sell|we stopped|7026\(f\)/);
    const it_ = await text(optOut, 'it', { 'ccpa.thirdPartiesTold': 'none' });
    expect(it_).toContain('Non vendiamo né condividiamo dati personali e non abbiamo venduto né condiviso i Suoi dati personali. Abbiamo registrato la Sua opposizione, così che in futuro non venderemo né condivideremo i Suoi dati personali senza il consenso richiesto dal CCPA');
    expect(it_).not.toMatch(/non vendiamo né condividiamo più|interruzione|7026\(f\)/);
    // The limit of the same request follows the opt-out without a second opening (review 10, K20).
    const both = await text(await received(['opt-out', 'limit']), 'en');
    expect(both.match(/We are replying to your request/g)).toHaveLength(1);
    expect(both).toContain('As to the request to limit the use of your sensitive personal information, we confirm that since 3 December 2026 we use and disclose it only for the purposes that section 7027(m) of the CCPA regulations allows');
    await call('settings.update', { changes: { 'ccpa.sellsOrShares': 'yes' } });
  });
});
