import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { DocumentSummary, LetterInputs, LetterPreview } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault } from '../support/letter-vault';

/**
 * A letter that gives the person their data is held back until their identity is verified
 * (or recorded as not needed), as the register already holds back closing the request
 * (Arts 12(6), 5(1)(f) GDPR): the draft carries a warning, finalising is refused with the
 * reason in both languages, and once identity is verified the same letter is finalised.
 */
const NOW = new Date('2026-04-10T08:00:00Z');
const ACCESS: LetterInputs = {
  'access.purposes': ['Providing the service'],
  'access.categories': ['Identity and contact data'],
  'access.recipients': ['Hosting provider'],
  'access.transfers': 'None.',
  'access.retention': 'The contract plus 3 years.',
  'access.source': 'You gave us the data.',
  'access.automatedDecisions': 'None.',
  'access.enclosures': ['export.json'],
};

describe('no data before identity', () => {
  const { app, call } = letterVault(NOW);

  it('an access response to a request awaiting identity: a warned draft, no finalising until identity is verified', async () => {
    const request = { regime: 'gdpr', types: ['access'], receivedAt: '2026-04-08T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' } });
    const letter = { caseType: 'request', caseId: reference, kind: 'access-response', language: 'it', inputs: ACCESS };
    const draft = await call<LetterPreview>('documents.preview', letter);
    expect(draft.pdfBase64).not.toBeNull();
    expect(draft.warnings.map((w) => w.code)).toContain('identity-not-verified');
    expect(draft.warnings.find((w) => w.code === 'identity-not-verified')?.message.it).toContain('verifica la sua identità sulla richiesta');
    // The letter by its title in each language, never by its code (review 7, G18's screens).
    expect(draft.warnings.find((w) => w.code === 'identity-not-verified')?.message.it).toContain(`La lettera «Riscontro alla richiesta di accesso ${reference}» fornisce all’interessato i suoi dati`);
    expect(draft.warnings.find((w) => w.code === 'identity-not-verified')?.message.en).not.toContain('access-response');

    const refused = await app.dispatch('documents.finalise', letter);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('ILLEGAL_TRANSITION');
    expect(refused.error.message).toContain(`The letter “Response to access request ${reference}” gives the person their data: verify their identity on request ${reference}`);
    expect(renderText('it', refused.error.detail as Message)).toContain('prima di finalizzarla (artt. 12, par. 6, e 5, par. 1, lett. f), GDPR)');
    expect(await call<DocumentSummary[]>('documents.list', { caseType: 'request', caseId: id })).toEqual([]);

    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    expect((await call<LetterPreview>('documents.preview', letter)).warnings.map((w) => w.code)).not.toContain('identity-not-verified');
    expect((await call<DocumentSummary>('documents.finalise', letter)).kind).toBe('access-response');
  });
  it('cites the request’s own law: UK GDPR on a UK request, the CCPA regulations on a CCPA request to know', async () => {
    const uk = { regime: 'uk-gdpr', types: ['access'], receivedAt: '2026-04-08T10:00:00+01:00', channel: 'email', subjectName: 'Jane Smith', subjectEmail: 'jane@example.co.uk' };
    const ukCase = await call<{ id: string; reference: string }>('requests.create', { request: uk });
    await call('requests.transition', { id: ukCase.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' } });
    const ukRefused = await app.dispatch('documents.finalise', { caseType: 'request', caseId: ukCase.reference, kind: 'access-response', language: 'en', inputs: ACCESS });
    expect(ukRefused.ok).toBe(false);
    if (ukRefused.ok) return;
    expect(ukRefused.error.message).toContain('(Arts 12(6) and 5(1)(f) UK GDPR)');
    expect(renderText('it', ukRefused.error.detail as Message)).toContain('(artt. 12, par. 6, e 5, par. 1, lett. f), UK GDPR)');

    const ccpa = { regime: 'ccpa', types: ['know'], receivedAt: '2026-04-08T10:00:00-07:00', channel: 'email', subjectName: 'Ann Lee', subjectEmail: 'ann@example.com' };
    const ccpaCase = await call<{ id: string; reference: string }>('requests.create', { request: ccpa });
    await call('requests.transition', { id: ccpaCase.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' } });
    const ccpaPreview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: ccpaCase.reference, kind: 'ccpa-response', language: 'en', inputs: {} });
    const warning = ccpaPreview.warnings.find((w) => w.code === 'identity-not-verified');
    expect(warning?.message.en).toContain('(CCPA regulations, sections 7060 to 7062)');
    expect(warning?.message.en).not.toContain('GDPR');
    expect(warning?.message.it).toContain('(regolamento attuativo del CCPA, sezioni 7060–7062)');
  });
});
