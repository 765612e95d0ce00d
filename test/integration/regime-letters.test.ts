import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import { loadTemplate } from '../../electron/core/documents/letters/template-files';
import { REQUEST_LETTER_KINDS, type RequestLetterKind } from '../../electron/shared/document-contract';
import { hasLetters } from '../../electron/shared/pure/letter-regimes';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { REGIMES, type Regime } from '../../electron/shared/regimes';
import { letterVault, NOVENTIA } from '../support/letter-vault';

/**
 * Review 7, G2: on a request under a regime DPO Desk writes no letters for, every kind is
 * refused with the regime's proper name and what to do instead (answer outside the app, record
 * the reply), never "does not fit a lgpd request"; where kinds exist but not the one asked
 * for, the refusal lists those that fit. EN and IT.
 */
const NOW = new Date('2026-12-04T10:00:00Z');

describe('letters on a request under a regime with no letters', () => {
  const { app, call } = letterVault(NOW, NOVENTIA);

  async function created(regime: Regime, types: string[]): Promise<string> {
    const request = { regime, types, receivedAt: '2026-11-30T10:00:00+01:00', channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com' };
    return (await call<{ reference: string }>('requests.create', { request })).reference;
  }

  async function refused(reference: string, kind: RequestLetterKind): Promise<{ en: string; it: string }> {
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind, language: 'en', inputs: {} });
    if (result.ok) throw new Error(`${kind} on ${reference} was not refused`);
    expect(result.error.code).toBe('VALIDATION');
    return { en: result.error.message, it: renderText('it', result.error.detail as Message) };
  }

  it('the regimes the code says have letters are exactly those the templates name', () => {
    const named = new Set(REQUEST_LETTER_KINDS.flatMap((kind) => Object.keys(loadTemplate('request', kind).appliesTo)));
    expect(REGIMES.filter(hasLetters)).toEqual(REGIMES.filter((regime) => named.has(regime)));
  });

  it('refuses every kind on a Singapore PDPA or Québec Law 25 request, naming the regime and how to record the reply (EN/IT)', async () => {
    for (const [regime, types, en, it] of [
      ['sg-pdpa', ['access'], 'PDPA (Singapore)', 'PDPA (Singapore)'],
      ['qc-law25', ['access', 'rectification'], 'Law 25 (Québec)', 'Legge 25 (Québec)'],
    ] as const) {
      const reference = await created(regime, [...types]);
      expect(await app.handlers['documents.kinds']({ caseType: 'request', caseId: reference })).toEqual([]);
      for (const kind of ['acknowledgement', 'access-response', 'refusal'] as const) {
        const error = await refused(reference, kind);
        expect(error.en).toBe(
          `DPO Desk writes no letters for ${en} requests yet: answer request ${reference} outside the app and record the reply with \`request transition ${reference} --to responded --outcome …\` (in the app: Next step → Respond on the request’s page).`,
        );
        expect(error.it).toBe(
          `DPO Desk non scrive ancora lettere per le richieste ${it}: rispondi alla richiesta ${reference} fuori dall’app e registra la risposta con \`request transition ${reference} --to responded --outcome …\` (nell’app: Prossimo passo → Rispondi nella pagina della richiesta).`,
        );
        expect(`${error.en} ${error.it}`).not.toMatch(/does not fit|non è adatta|sg-pdpa request|qc-law25/);
      }
    }
  });

  it('where kinds exist but not the one asked for, lists those that fit (EN/IT)', async () => {
    const request = { regime: 'ccpa', types: ['opt-out'], receivedAt: '2026-11-30T10:00:00-08:00', channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com' };
    const { reference } = await call<{ reference: string }>('requests.create', { request });
    const error = await refused(reference, 'access-response');
    expect(error.en).toBe('The access-response letter does not fit a CCPA request (opt-out). The letters that fit it: acknowledgement, opt-out-confirmation');
    expect(error.it).toBe('Una lettera di tipo access-response non è adatta a una richiesta CCPA (opt-out). Le lettere adatte: acknowledgement, opt-out-confirmation');
  });
});
