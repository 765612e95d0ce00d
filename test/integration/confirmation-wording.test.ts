import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * Polish of the fifth review on the letters to the person: the no-data-held letter puts the
 * reference with the person's reply (E12); the restriction confirmation gives Art. 18(2) in
 * full, with the public interest of the Union or a Member State (GDPR) or of the United Kingdom
 * (UK GDPR) (E14).
 */
const NOW = new Date('2026-12-04T10:00:00Z');

describe('wording of the no-data-held letter and the restriction confirmation', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  async function letter(regime: 'gdpr' | 'uk-gdpr', type: RequestType, kind: string, language: LetterLanguage, inputs: Record<string, string | string[]>): Promise<{ reference: string; text: string }> {
    const request = { regime, types: [type], receivedAt: '2026-11-25T10:00:00Z', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.com' };
    const { reference } = await call<{ reference: string }>('requests.create', { request });
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date: '2026-12-01', inputs });
    expect(preview.missing).toEqual([]);
    return { reference, text: pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ') };
  }

  it('no data held (E12): "please tell us, quoting reference …, and we will search again"', async () => {
    const { reference, text } = await letter('gdpr', 'access', 'no-data-held', 'en', { 'nodata.searched': ['CRM', 'Newsletter platform'] });
    expect(text).toContain(`please tell us, quoting reference ${reference}, and we will search again.`);
    expect(text).not.toContain('search again, quoting');
  });

  it('restriction (E14): Art. 18(2) in full, GDPR and UK GDPR, EN/IT', async () => {
    const inputs = { 'action.date': '2026-11-30', 'action.recipientsTold': 'notified' };
    const eu = await letter('gdpr', 'restriction', 'restriction-confirmation', 'en', inputs);
    expect(eu.text).toContain('for the protection of the rights of another natural or legal person or for reasons of important public interest of the Union or of a Member State (Article 18(2)).');
    const euIt = await letter('gdpr', 'restriction', 'restriction-confirmation', 'it', inputs);
    expect(euIt.text).toContain('per tutelare i diritti di un’altra persona fisica o giuridica o per motivi di interesse pubblico rilevante dell’Unione o di uno Stato membro (art. 18, par. 2).');
    const uk = await letter('uk-gdpr', 'restriction', 'restriction-confirmation', 'en', inputs);
    expect(uk.text).toContain('another natural or legal person or for reasons of important public interest of the United Kingdom (Article 18(2)).');
    expect(uk.text).not.toContain('Member State');
    const ukIt = await letter('uk-gdpr', 'restriction', 'restriction-confirmation', 'it', inputs);
    expect(ukIt.text).toContain('interesse pubblico rilevante del Regno Unito (art. 18, par. 2).');
  });
});
