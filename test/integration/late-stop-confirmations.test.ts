import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * A confirmation that marketing or consent-based processing stopped, dated past the
 * `action-delayed` caution's threshold, owns the delay in the letter itself (review 5, E17):
 * "Article 21(3) … required us to stop as soon as we received your objection on …; we stopped
 * on …. We apologise for the delay.", never "as … requires"; the same for a withdrawal of
 * consent (Art. 7(3)). The caution cites the request's own law: "UK GDPR" for a UK request.
 */
const NOW = new Date('2026-12-04T10:00:00Z');

describe('a confirmation of a stop dated well after the request', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  async function received(regime: 'gdpr' | 'uk-gdpr', type: RequestType): Promise<string> {
    const request = { regime, types: [type], receivedAt: '2026-10-30T10:00:00Z', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.com', confirmOldReceipt: true };
    return (await call<{ reference: string }>('requests.create', { request })).reference;
  }

  async function preview(reference: string, kind: string, language: LetterLanguage, actionDate: string): Promise<{ text: string; warnings: LetterPreview['warnings'] }> {
    const result = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date: '2026-12-04', inputs: { 'action.date': actionDate } });
    expect(result.missing).toEqual([]);
    return { text: pdfText(Buffer.from(result.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' '), warnings: result.warnings };
  }

  it('UK GDPR opt-out stopped 35 days late: says when it had to stop and when it did, apologises; the caution cites UK GDPR (EN/IT)', async () => {
    const reference = await received('uk-gdpr', 'marketing-opt-out');
    const en = await preview(reference, 'opt-out-confirmation', 'en', '2026-12-04');
    expect(en.text).toContain('We confirm that we no longer process your personal data for direct marketing purposes. Article 21(3) UK GDPR required us to stop as soon as we received your objection on 30 October 2026; we stopped on 4 December 2026. We apologise for the delay.');
    expect(en.text).not.toMatch(/requires\.|since 4 December 2026/);
    const caution = en.warnings.find((w) => w.code === 'action-delayed');
    expect(caution?.message.en).toContain('an objection to direct marketing (Art. 21(3) UK GDPR) requires it to stop');
    expect(caution?.message.it).toContain('l’opposizione al marketing diretto (art. 21, par. 3, UK GDPR)');
    const it_ = await preview(reference, 'opt-out-confirmation', 'it', '2026-12-04');
    expect(it_.text).toContain('L’art. 21, par. 3, UK GDPR ci imponeva di interrompere il trattamento non appena ricevuta la Sua opposizione, il 30 ottobre 2026; lo abbiamo interrotto il 4 dicembre 2026. Ci scusiamo per il ritardo.');
    expect(it_.text).not.toContain('come previsto dall’art. 21');
  });

  it('GDPR opt-out stopped at once keeps "as … requires", with no apology', async () => {
    const reference = await received('gdpr', 'marketing-opt-out');
    const en = await preview(reference, 'opt-out-confirmation', 'en', '2026-11-02');
    expect(en.text).toContain('We confirm that since 2 November 2026 we no longer process your personal data for direct marketing purposes, as Article 21(2) and (3)');
    expect(en.text).not.toContain('apologise');
    expect(en.warnings.filter((w) => w.code === 'action-delayed')).toEqual([]);
  });

  it('a withdrawal of consent stopped weeks later: the same sentence under Article 7(3), the caution citing the GDPR (EN/IT)', async () => {
    const reference = await received('gdpr', 'consent-withdrawal');
    const en = await preview(reference, 'withdrawal-confirmation', 'en', '2026-11-20');
    expect(en.text).toContain('Article 7(3) of Regulation (EU) 2016/679');
    expect(en.text).toMatch(/required us to stop as soon as we received the withdrawal on 30 October 2026; we stopped on 20 November 2026\. We apologise for the delay\./);
    expect(en.warnings.find((w) => w.code === 'action-delayed')?.message.en).toContain('a withdrawal of consent (Art. 7(3) GDPR)');
    const it_ = await preview(reference, 'withdrawal-confirmation', 'it', '2026-11-20');
    expect(it_.text).toMatch(/ci imponeva di interrompere il trattamento non appena ricevuta la revoca, il 30 ottobre 2026; lo abbiamo interrotto il 20 novembre 2026\. Ci scusiamo per il ritardo\./);
    expect(it_.text).not.toContain('che ha revocato il');
  });
});
