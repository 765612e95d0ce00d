import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { RequestOutcome } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The CCPA denial follows the recorded outcome as the confirmations do (review 6, F15's last
 * sentence; demo 2026-0140, a deletion answered in full on 29 November): on a request closed as
 * fulfilled it is refused naming the outcome, its day and the letter that fits (the CCPA
 * response), EN/IT, and is not offered; on a request partly fulfilled it denies the part, and on
 * an open one (the denial closes it when sent) it is written as before.
 */
const NOW = new Date('2026-12-04T10:00:00Z');

describe('a CCPA denial against the recorded outcome', () => {
  const { app, call, tmp } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'no' });

  async function deletion(outcome: RequestOutcome | null): Promise<{ id: string; reference: string }> {
    const request = { regime: 'ccpa', types: ['delete'], receivedAt: '2026-11-05T09:13:00+01:00', channel: 'email', subjectName: 'Carlos Dubois', subjectEmail: 'carlos@example.com' };
    const created = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' }, at: '2026-11-11T11:13:00+01:00' } });
    if (outcome !== null) await call('requests.transition', { id: created.id, transition: { to: 'responded', outcome, reason: 'Answered by e-mail.', at: '2026-11-29T13:13:00+01:00' } });
    return created;
  }

  const inputs = { 'denial.ground': 'exception', 'denial.exception': 'Civil Code §1798.105(d)(8), a legal obligation', 'denial.reasons': 'We must keep your invoices under tax law.' };
  const denial = (reference: string, language: LetterLanguage) => app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'ccpa-denial', language, date: '2026-12-04', inputs });

  it('on a deletion answered in full: refused, naming the outcome, its day and the CCPA response (EN/IT); not offered', async () => {
    const { id, reference } = await deletion('fulfilled');
    const result = await denial(reference, 'en');
    if (result.ok) throw new Error('the denial was written on a fulfilled request');
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toBe(
      `No ccpa-denial letter for request ${reference}: it was closed as fulfilled on Sunday 29 November 2026, and this letter would deny what the register records as done. The response (ccpa-response) is the one to send. If the request was closed as fulfilled in error, reopen it first.`,
    );
    expect(renderText('it', result.error.detail as Message)).toBe(
      `Nessuna lettera di tipo ccpa-denial per la richiesta ${reference}: è stata chiusa come accolta in data domenica 29 novembre 2026 e questa lettera negherebbe ciò che il registro indica come fatto. La lettera da inviare è la risposta (ccpa-response). Se la richiesta è stata chiusa come accolta per errore, riaprila prima.`,
    );
    const kinds = await call<{ kind: string }[]>('documents.kinds', { caseType: 'request', caseId: id });
    expect(kinds.map((k) => k.kind)).toContain('ccpa-response');
    expect(kinds.map((k) => k.kind)).not.toContain('ccpa-denial');
  });

  it('on a deletion met in part it denies the part; on an open one it is written as before (EN/IT)', async () => {
    const part = await deletion('partially-fulfilled');
    for (const [language, words] of [['en', 'We are unable to comply with part of it'], ['it', 'Non possiamo dare seguito a una parte della Sua richiesta']] as const) {
      const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: part.reference, kind: 'ccpa-denial', language, date: '2026-12-04', inputs });
      expect(pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir)).toContain(words);
    }
    const open = await deletion(null);
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: open.reference, kind: 'ccpa-denial', language: 'en', date: '2026-12-04', inputs });
    expect(preview.missing).toEqual([]);
    expect(pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir)).toContain('We are unable to comply with it, for the reasons set out below.');
  });
});
