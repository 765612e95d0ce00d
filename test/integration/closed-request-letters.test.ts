import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA } from '../support/letter-vault';

/**
 * An acknowledgement or an extension notice promises an answer still to come: on a request
 * already answered (or withdrawn) it is refused, in the DPO's language, naming the day the
 * request was closed (review 5, E27), for every regime. Once reopened, it can be written again.
 */
const NOW = new Date('2026-12-04T10:00:00Z');

describe('letters promising an answer on a closed request', () => {
  const { app, call } = letterVault(NOW, NOVENTIA);

  async function closed(regime: 'gdpr' | 'uk-gdpr' | 'ccpa', to: 'responded' | 'withdrawn'): Promise<{ id: string; reference: string }> {
    const request = { regime, types: [regime === 'ccpa' ? 'delete' : 'access'], receivedAt: '2026-11-20T10:00:00Z', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com' };
    const created = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' }, at: '2026-11-21T10:00:00Z' } });
    const close = to === 'responded' ? { to, outcome: 'fulfilled', reason: 'Answered by e-mail.', at: '2026-11-29T10:00:00Z' } : { to, reason: 'The person withdrew it.', at: '2026-11-29T10:00:00Z' };
    await call('requests.transition', { id: created.id, transition: close });
    return created;
  }

  async function refusal(reference: string, kind: string): Promise<{ code: string; en: string; it: string }> {
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind, language: 'en', date: '2026-12-04', inputs: { 'extension.reasons': 'Six systems.' } });
    if (result.ok) throw new Error(`${kind} on ${reference} was not refused`);
    return { code: result.error.code, en: result.error.message, it: renderText('it', result.error.detail as Message) };
  }

  for (const regime of ['gdpr', 'uk-gdpr', 'ccpa'] as const) {
    it(`${regime}: the acknowledgement of an answered request is refused, naming the answer's day (EN/IT)`, async () => {
      const { reference } = await closed(regime, 'responded');
      const error = await refusal(reference, 'acknowledgement');
      expect(error.code).toBe('VALIDATION');
      expect(error.en).toContain(`No acknowledgement letter for request ${reference}: it was answered on Sun 29 Nov 2026, and this letter would promise an answer already given.`);
      expect(error.it).toContain(`Nessuna lettera di tipo acknowledgement per la richiesta ${reference}: ha ricevuto risposta il dom 29 nov 2026`);
    });
  }

  it('the extension notice of an answered request is refused; a withdrawn request refuses both; reopened, the acknowledgement is written', async () => {
    const answered = await closed('gdpr', 'responded');
    expect((await refusal(answered.reference, 'extension-notice')).en).toContain(`No extension-notice letter for request ${answered.reference}: it was answered on Sun 29 Nov 2026`);
    const withdrawn = await closed('uk-gdpr', 'withdrawn');
    const error = await refusal(withdrawn.reference, 'acknowledgement');
    expect(error.en).toContain('it was withdrawn on Sun 29 Nov 2026');
    expect(error.it).toContain('è stata ritirata il dom 29 nov 2026');
    await call('requests.reopen', { id: answered.id, reason: 'The person wrote again about the same request.' });
    const preview = await app.dispatch('documents.preview', { caseType: 'request', caseId: answered.reference, kind: 'acknowledgement', language: 'en', date: '2026-12-04' });
    expect(preview.ok).toBe(true);
  });
});
