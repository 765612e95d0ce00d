import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterPreview } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { NewRequest, RequestType } from '../../electron/shared/requests';
import { letterVault, pdfText } from '../support/letter-vault';

/**
 * An objection to direct marketing stops the marketing at once (Art. 21(3) GDPR) and consent
 * is withdrawn as easily as it was given (Art. 7(3)): neither request is ever extended, and no
 * extension notice is written for it ("Le risponderemo quindi al più tardi entro…" was wrong);
 * the opt-out confirmation is the letter to send, and it says so without any extended date.
 */
const NOW = new Date('2026-04-10T08:00:00Z');

const request = (types: RequestType[]): NewRequest => ({
  regime: 'gdpr',
  types,
  receivedAt: '2026-04-08T10:00:00+02:00',
  channel: 'email',
  subjectName: 'Giulia Bianchi',
  subjectEmail: 'giulia@example.it',
});

describe('no extension for a marketing objection or a consent withdrawal', () => {
  const { app, tmp, call } = letterVault(NOW);
  const verified = { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } };

  for (const types of [['marketing-opt-out'], ['consent-withdrawal'], ['access', 'marketing-opt-out']] as RequestType[][]) {
    it(`${types.join(' + ')}: the extension is refused by the service and its letter is refused too`, async () => {
      const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(types) });
      await call('requests.transition', { id, transition: verified });
      const move = await app.dispatch('requests.transition', { id, transition: { to: 'extended', reason: 'Several systems' } });
      expect(move.ok).toBe(false);
      if (move.ok) return;
      expect(move.error.code).toBe('ILLEGAL_TRANSITION');
      expect(move.error.message).toContain('cannot be extended: it includes an objection to direct marketing or a withdrawal of consent');
      expect(move.error.message).toContain('Art. 21(3) and Art. 7(3) GDPR');
      expect(renderText('it', move.error.detail as Message)).toContain('non può essere prorogata: comprende un’opposizione al marketing diretto o una revoca del consenso');
      const detail = await call<{ status: string }>('requests.get', { id });
      expect(detail.status).toBe('in-progress');

      const kinds = (await call<{ kind: string }[]>('documents.kinds', { caseType: 'request', caseId: id })).map((k) => k.kind);
      expect(kinds).not.toContain('extension-notice');
      const letter = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'extension-notice', language: 'it' });
      expect(letter.ok).toBe(false);
      if (letter.ok) return;
      expect(letter.error.code).toBe('VALIDATION');
      expect(letter.error.message).toContain(`No extension notice for request ${reference}`);
      const italian = renderText('it', letter.error.detail as Message);
      expect(italian).toContain('all’opposizione al marketing diretto va dato seguito subito (art. 21, par. 3, GDPR)');
      expect(italian).toContain('conferma di opposizione (opt-out-confirmation)');
    });
  }

  it('the opt-out confirmation is written instead, with no extended date', async () => {
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(['marketing-opt-out']) });
    await call('requests.transition', { id, transition: verified });
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'opt-out-confirmation', language: 'it', inputs: { 'action.date': '2026-04-09' } });
    expect(preview.missing).toEqual([]);
    const text = pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir);
    expect(text).toContain('marketing diretto');
    expect(text).not.toMatch(/prorog|al più tardi entro/);
  });

  it('an access request alone is still extended', async () => {
    const { id } = await call<{ id: string }>('requests.create', { request: request(['access']) });
    await call('requests.transition', { id, transition: verified });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'Several systems' } });
    expect((await call<{ status: string }>('requests.get', { id })).status).toBe('extended');
  });
});
