import { describe, expect, it } from 'vitest';
import type { DocumentSummary, LetterPreview } from '../../electron/shared/document-contract';
import { renderText } from '../../electron/core/i18n';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The extension notice of review 6, F13 (the demo's 2026-0136): a request received on
 * 3 November, extended on 18 November, and the notice generated on 4 December. Under Art. 12(3)
 * GDPR (and UK GDPR) the person must be told of the extension within the first month: the
 * notice is dated by default on the day the extension was recorded, as the forwarding notice is
 * on the forwarding, and one dated after the original deadline is refused in the DPO's language,
 * since the extension can no longer be notified. Up to that deadline it is written, with a caution
 * when written after it (it extends only if it reached the person in time).
 */
const NOW = new Date('2026-12-04T09:00:00Z');
const REASONS = { 'extension.reasons': 'Your data is held in six systems and by two processors.' };

describe('an extension notice of an extended request', () => {
  const { app, tmp, call } = letterVault(NOW, NOVENTIA);

  async function extended(regime: 'gdpr' | 'uk-gdpr'): Promise<string> {
    const request = { regime, types: ['access'], receivedAt: '2026-11-03T10:00:00+01:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.com', confirmOldReceipt: true };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'The data is held in six systems and by two processors.', at: '2026-11-18T10:00:00+01:00' } });
    return reference;
  }

  async function preview(reference: string, language: 'en' | 'it', date?: string) {
    return app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'extension-notice', language, inputs: REASONS, ...(date ? { date } : {}) });
  }

  for (const regime of ['gdpr', 'uk-gdpr'] as const) {
    it(`${regime}: dated by default on the day the extension was recorded, not the day it is generated`, async () => {
      const reference = await extended(regime);
      const result = await preview(reference, 'en');
      if (!result.ok) throw new Error(result.error.message);
      const letter = result.value as LetterPreview;
      expect(letter.date).toBe('2026-11-18');
      expect(letter.warnings.map((w) => w.code)).not.toContain('dated-after-deadline');
      // Written on 4 December under an earlier date: it extends only if it reached the person by 3 December.
      const late = letter.warnings.find((w) => w.code === 'extension-month-over');
      expect(late?.message.en).toBe(
        `This extension notice is dated Wed 18 Nov 2026, within the first month, but that month ended on Thu 3 Dec 2026: unless the notice reached the person by then, the extension can no longer be notified (Art. 12(3) ${regime === 'gdpr' ? 'GDPR' : 'UK GDPR'}), and it must not be sent now under an earlier date. Answer now, or send a late acknowledgement.`,
      );
      expect(late?.message.it).toContain('la proroga non può più essere comunicata');
      const text = pdfText(Buffer.from(letter.pdfBase64 ?? '', 'base64'), tmp.dir);
      expect(text).toContain('18 November 2026');
      expect(text).toContain('3 February 2027');
      const document = await call<DocumentSummary>('documents.finalise', { caseType: 'request', caseId: reference, kind: 'extension-notice', language: 'it', inputs: REASONS, confirmLanguage: true });
      expect(document.letterDate).toBe('2026-11-18');
    });

    it(`${regime}: dated after the original deadline, refused in both languages: the extension can no longer be notified`, async () => {
      const reference = await extended(regime);
      const law = regime === 'gdpr' ? 'GDPR' : 'UK GDPR';
      for (const language of ['en', 'it'] as const) {
        const result = await preview(reference, language, '2026-12-04');
        const error = result.ok ? null : result.error;
        expect(error?.code).toBe('VALIDATION');
        expect(error?.issues?.map((i) => i.path)).toEqual(['date']);
        const detail = error?.detail as Message;
        expect(renderText('en', detail)).toBe(
          `An extension notice dated Fri 4 Dec 2026 comes after the end of the first month (Thu 3 Dec 2026), within which the person must be told of the extension: the extension can no longer be notified (Art. 12(3) ${law}). Answer now, or send a late acknowledgement giving the day you will answer by.`,
        );
        expect(renderText('it', detail)).toBe(
          `Una comunicazione di proroga datata ven 4 dic 2026 arriva dopo la fine del primo mese (gio 3 dic 2026), entro cui l’interessato va informato della proroga: la proroga non può più essere comunicata (art. 12, par. 3, ${law}). Rispondi ora, oppure invia una conferma di ricezione tardiva che indichi entro quando risponderai.`,
        );
      }
      const finalised = await app.dispatch('documents.finalise', { caseType: 'request', caseId: reference, kind: 'extension-notice', language: 'en', date: '2026-12-04', inputs: REASONS });
      expect(finalised.ok).toBe(false);
    });

    it(`${regime}: dated on the original deadline, written in both languages with the extended day`, async () => {
      const reference = await extended(regime);
      for (const [language, extendedDay] of [
        ['en', '3 February 2027'],
        ['it', '3 febbraio 2027'],
      ] as const) {
        const result = await preview(reference, language, '2026-12-03');
        if (!result.ok) throw new Error(result.error.message);
        const letter = result.value as LetterPreview;
        expect(letter.missing).toEqual([]);
        expect(letter.warnings.map((w) => w.code)).not.toContain('dated-after-deadline');
        expect(letter.warnings.map((w) => w.code)).toContain('extension-month-over');
        expect(pdfText(Buffer.from(letter.pdfBase64 ?? '', 'base64'), tmp.dir)).toContain(extendedDay);
      }
    });
  }
});
