import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterPreview } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault } from '../support/letter-vault';

/**
 * A refusal on an exemption names a provision that can answer the request (lawyer's second
 * review, A6 and B12): Art. 17(3) only for erasure, Art. 21(1) only for an objection, never
 * Art. 15(4) (that is the partial access letter); a 2-undecies letter only with Art. 23 and
 * only for a controller established in Italy, which must name it with Art. 23.
 */
const NOW = new Date('2026-04-10T08:00:00Z');

describe('a refusal on an exemption names a provision that fits the request', () => {
  const { app, call, refused } = letterVault(NOW);

  async function refusedRequest(types: RequestType[]): Promise<string> {
    const created = await call<{ id: string; reference: string }>('requests.create', {
      request: { regime: 'gdpr', types, receivedAt: '2026-04-01T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' },
    });
    await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    await call('requests.transition', { id: created.id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'Invoices must be kept for ten years.' } });
    return created.reference;
  }
  const letter = (caseId: string, inputs: Record<string, string>) => ({ caseId, kind: 'refusal', language: 'it', inputs: { 'refusal.explanation': 'Le fatture vanno conservate per dieci anni.', ...inputs } });

  it('refuses Art. 17(3) for access and portability, naming the rights in the reader’s language; accepts it for erasure', async () => {
    const access = await refusedRequest(['access', 'portability']);
    const wrong = await refused('documents.preview', letter(access, { 'refusal.exemptionProvision': 'art-17-3-b' }));
    expect(wrong).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'refusal.exemptionProvision' }] });
    expect(renderText('it', wrong.detail ?? { key: '' })).toBe(`L’art. 17, par. 3, GDPR è un’eccezione al solo diritto alla cancellazione: la richiesta ${access} riguarda anche «accesso ai Suoi dati personali», «portabilità dei dati»`);
    expect(wrong.message).toBe(`Article 17(3) GDPR is an exception to the right to erasure only: request ${access} also asks for “access to your personal data”, “data portability”`);

    const erasure = await refusedRequest(['erasure']);
    const right = await call<LetterPreview>('documents.preview', letter(erasure, { 'refusal.exemptionProvision': 'art-17-3-b', 'refusal.exemptionExtent': 'all' }));
    expect(right.missing).toEqual([]);
    expect(await refused('documents.preview', letter(erasure, { 'refusal.exemptionProvision': 'art-21-1' }))).toMatchObject({ code: 'VALIDATION' });
    const objection = await refusedRequest(['objection']);
    expect((await call<LetterPreview>('documents.preview', letter(objection, { 'refusal.exemptionProvision': 'art-21-1' }))).missing).toEqual([]);
  });

  it('sends Art. 15(4) to the partial access letter', async () => {
    const access = await refusedRequest(['access']);
    const wrong = await refused('documents.preview', letter(access, { 'refusal.exemptionProvision': 'art-15-4' }));
    expect(wrong.message).toContain('send the partial access letter (access-partial)');
  });

  it('takes a 2-undecies letter only with Art. 23, and for an Italian controller needs it with Art. 23', async () => {
    const erasure = await refusedRequest(['erasure']);
    const mixed = await refused('documents.preview', letter(erasure, { 'refusal.exemptionProvision': 'art-17-3-b', 'refusal.undeciesLetter': 'e' }));
    expect(mixed).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'refusal.undeciesLetter' }] });
    expect(renderText('it', mixed.detail ?? { key: '' })).toContain('va indicata solo con l’art. 23 GDPR');
    const bare = await refused('documents.preview', letter(erasure, { 'refusal.exemptionProvision': 'art-23' }));
    expect(bare.message).toContain('Article 23 GDPR creates no exception by itself');
    const named = await call<LetterPreview>('documents.preview', letter(erasure, { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'e' }));
    const text = named.body.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(text).toContain('si applica la limitazione prevista dall’art. 2-undecies, comma 1, lett. e), del Codice in materia di protezione dei dati personali (D.Lgs. 196/2003), disposizione adottata ai sensi dell’art. 23 GDPR');
    expect(text).toContain('Ai sensi dell’art. 2-undecies, comma 3, del Codice, può inoltre esercitare i Suoi diritti tramite il Garante per la protezione dei dati personali (Piazza Venezia 11, 00187 Roma, https://www.garanteprivacy.it)');
    // The complaint stays beside the route through the Garante: Art. 23 GDPR cannot restrict Art. 77 (review 7, G3).
    expect(text).toContain('art. 77');
    expect(text).toContain('art. 79');
  });

  it('on 2-undecies, asks for the "pregiudizio effettivo e concreto" per right refused and how long the restriction lasts (review D12)', async () => {
    const three = await refusedRequest(['access', 'rectification', 'restriction']);
    const undecies = { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'e' };
    const preview = (inputs: Record<string, string>) => call<LetterPreview>('documents.preview', letter(three, { ...undecies, ...inputs }));
    const prefilled = await preview({});
    // The field starts with one line per right, for the DPO to complete; until every right has its reason, the letter names it as missing.
    expect(prefilled.inputs.find((i) => i.key === 'refusal.prejudice')?.value).toEqual(['accesso ai Suoi dati personali:', 'rettifica dei Suoi dati personali:', 'limitazione del trattamento:']);
    expect(prefilled.missing.map((m) => m.key).sort()).toEqual(['refusal.limitationUntil', 'refusal.prejudiceByRight']);
    const accessOnly = await preview({ 'refusal.prejudice': 'accesso ai Suoi dati personali: la copia rivelerebbe la strategia difensiva.\nrettifica dei Suoi dati personali:\nlimitazione del trattamento:', 'refusal.limitationUntil': 'fino alla conclusione del giudizio' });
    expect(accessOnly.missing.map((m) => m.key)).toEqual(['refusal.prejudiceByRight']);
    const each = [
      'accesso ai Suoi dati personali: la copia rivelerebbe alla controparte la strategia difensiva.',
      'rettifica dei Suoi dati personali: la correzione dei dati contestati pregiudicherebbe la prova in giudizio.',
      'limitazione del trattamento: ci impedirebbe di usare i dati nella difesa in giudizio.',
    ];
    const full = await preview({ 'refusal.prejudice': each.join('\n'), 'refusal.limitationUntil': 'fino alla conclusione del giudizio dinanzi al Tribunale di Milano' });
    expect(full.missing).toEqual([]);
    const text = full.body.blocks.map((b) => ('text' in b ? b.text : b.type === 'list' ? b.items.join(' ') : '')).join(' ');
    expect(text).toContain('consente la limitazione solo se dall’esercizio del diritto possa derivare un pregiudizio effettivo e concreto');
    for (const line of each) expect(text).toContain(line);
    expect(text).toContain('La limitazione vale per il tempo e nei limiti in cui costituisce una misura necessaria e proporzionata (art. 2-undecies, comma 3, del Codice): fino alla conclusione del giudizio dinanzi al Tribunale di Milano.');
    expect(full.pdfBase64).toBeTruthy();
  });

  it('refuses a 2-undecies letter for a controller not established in Italy', async () => {
    await app.handlers['settings.update']({ changes: { 'organisation.country': 'FR' } });
    try {
      const erasure = await refusedRequest(['erasure']);
      const foreign = await refused('documents.preview', letter(erasure, { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'e' }));
      expect(foreign.message).toContain('only for a controller established in Italy');
      expect((await call<LetterPreview>('documents.preview', letter(erasure, { 'refusal.exemptionProvision': 'art-23' }))).missing).toEqual([]);
    } finally {
      await app.handlers['settings.update']({ changes: { 'organisation.country': 'IT' } });
    }
  });
});
