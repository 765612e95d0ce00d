import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { DocumentSummary, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { RequestDetail } from '../../electron/shared/requests';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * G2's remainder: the acknowledgement of an LGPD request (what the person asked; the two answers
 * Art. 19 provides, simplified at once or the full declaration within 15 days; the day the
 * register computes; the ANPD, Art. 18, § 1) and of a PIPEDA request (30 days, s. 8(3); an
 * extension only by notice with the new time limit, the reasons and the right to complain, s.
 * 8(4); the Privacy Commissioner of Canada, s. 11(1)), read back from the PDF in EN and IT; never
 * a GDPR article, the Garante or "a LGPD". Sending one records the request as acknowledged.
 */
const NOW = new Date('2026-12-04T13:00:00Z');

describe('acknowledgements of LGPD and PIPEDA requests', () => {
  const { app, call, tmp } = letterVault(NOW, NOVENTIA);

  async function created(regime: string, types: string[], receivedAt: string): Promise<{ id: string; reference: string }> {
    const request = { regime, types, receivedAt, channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com' };
    return call<{ id: string; reference: string }>('requests.create', { request });
  }

  async function preview(reference: string, kind: RequestLetterKind, language: LetterLanguage): Promise<{ missing: string[]; text: string }> {
    const result = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, inputs: {} });
    const text = result.pdfBase64 ? pdfText(Buffer.from(result.pdfBase64, 'base64'), tmp.dir).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ') : '';
    return { missing: result.missing.map((m) => m.key), text };
  }

  function expectNoGdpr(text: string): void {
    expect(text).not.toMatch(/GDPR|Garante|Article 77|art\. 77|supervisory authority|autorità di controllo|\ba LGPD\b/);
  }

  it('LGPD access: the two answers of Art. 19 and the day the register computes, the ANPD (EN/IT)', async () => {
    const { reference } = await created('lgpd', ['confirmation', 'access'], '2026-12-01T10:00:00-03:00');
    const kinds = await app.handlers['documents.kinds']({ caseType: 'request', caseId: reference });
    expect(kinds.map((k) => k.kind)[0]).toBe('lgpd-acknowledgement');
    const en = await preview(reference, 'lgpd-acknowledgement', 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We confirm that we received your request on 1 December 2026, made under the Brazilian General Data Protection Law (Lei Geral de Proteção de Dados Pessoais, Law No. 13.709/2018, “LGPD”).');
    expect(en.text).toContain('in simplified form, at once (Article 19, I), or by a clear and complete declaration');
    expect(en.text).toContain('within 15 days of your request (Article 19, II). We will send you the complete declaration by 16 December 2026.');
    expect(en.text).toContain('Brazilian National Data Protection Authority (Autoridade Nacional de Proteção de Dados, ANPD, https://www.gov.br/anpd)');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'lgpd-acknowledgement', 'it');
    expect(it.text).toContain('presentata ai sensi della legge generale brasiliana sulla protezione dei dati personali');
    expect(it.text).toContain('in forma semplificata, subito (art. 19, I), oppure con una dichiarazione chiara e completa');
    expect(it.text).toContain('Le invieremo la dichiarazione completa entro il 16 dicembre 2026.');
    expect(it.text).toContain('(art. 18, § 5, LGPD)');
    expectNoGdpr(it.text);
  });

  it('LGPD correction: no 15 days, the Art. 18, § 4 reply announced instead (EN/IT)', async () => {
    const { reference } = await created('lgpd', ['correction'], '2026-12-01T10:00:00-03:00');
    const en = await preview(reference, 'lgpd-acknowledgement', 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).not.toContain('15 days');
    expect(en.text).toContain('the reasons of fact or law that prevent us from acting at once (Article 18, § 4, LGPD)');
    const it = await preview(reference, 'lgpd-acknowledgement', 'it');
    expect(it.text).toContain('i motivi di fatto o di diritto che ci impediscono di procedere subito (art. 18, § 4, LGPD)');
    expectNoGdpr(it.text);
  });

  it('PIPEDA access: 30 days (s. 8(3)), the extension only by notice with reasons and the right to complain (s. 8(4)), the Commissioner (EN/IT)', async () => {
    const { id, reference } = await created('pipeda', ['access'], '2026-11-20T10:00:00-05:00');
    const en = await preview(reference, 'pipeda-acknowledgement', 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('PIPEDA requires us to respond with due diligence and in any case within 30 days of receiving your request (section 8(3)): we will respond by 21 December 2026.');
    expect(en.text).toContain('a notice of the new time limit, the reasons for extending it and your right to complain to the Privacy Commissioner of Canada about the extension (section 8(4) PIPEDA)');
    // Two grounds of s. 8(4): up to 30 days, or the time a conversion needs; no "only" before the first (twelfth review, L6).
    expect(en.text).toContain('We may extend this time limit by up to 30 days, where');
    expect(en.text).not.toContain('only by up to');
    expect(en.text).toContain('you may file a written complaint with the Privacy Commissioner of Canada (https://www.priv.gc.ca) (section 11(1) PIPEDA)');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'pipeda-acknowledgement', 'it');
    expect(it.text).toContain('entro 30 giorni dal ricevimento della richiesta (art. 8, comma 3, PIPEDA): Le risponderemo entro il 21 dicembre 2026.');
    expect(it.text).toContain('Possiamo prorogare questo termine di non oltre 30 giorni');
    expect(it.text).not.toContain('solo di non oltre');
    expect(it.text).toContain('il Suo diritto di presentare reclamo al Privacy Commissioner of Canada contro la proroga (art. 8, comma 4, PIPEDA)');
    expectNoGdpr(it.text);
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'We must consult the processor that holds the call recordings.' } });
    const extended = await preview(reference, 'pipeda-acknowledgement', 'en');
    expect(extended.text).toContain('We have extended the time limit for our response, as section 8(4) PIPEDA allows: we will respond by 19 January 2027.');
    expect(extended.text).not.toContain('within 30 days of receiving');
  });

  it('PIPEDA correction: no time limit claimed (EN/IT)', async () => {
    const { reference } = await created('pipeda', ['correction'], '2026-11-20T10:00:00-05:00');
    const en = await preview(reference, 'pipeda-acknowledgement', 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('PIPEDA sets no fixed time limit for a request to correct personal information');
    expect(en.text).not.toContain('30 days');
    const it = await preview(reference, 'pipeda-acknowledgement', 'it');
    expect(it.text).toContain('Il PIPEDA non fissa un termine per le richieste di correzione dei dati personali');
  });

  it('sending one records the acknowledgement; none once the request is answered', async () => {
    const { id, reference } = await created('pipeda', ['access'], '2026-11-20T10:00:00-05:00');
    const letter = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'pipeda-acknowledgement', language: 'en', date: '2026-11-23' });
    const listed = (await call<DocumentSummary[]>('documents.list', { caseId: reference })).find((d) => d.id === letter.id);
    expect(listed?.onSent).toEqual({ acknowledges: true, close: null });
    await call('documents.sent', { documentId: letter.id, sentOn: '2026-11-23', channel: 'email', recipient: 'Ana Souza' });
    const detail = await call<RequestDetail>('requests.get', { id });
    expect(detail.acknowledgement).toMatchObject({ channel: 'email', documentId: letter.id });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Answered.', at: '2026-12-03T12:00:00-05:00' } });
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'pipeda-acknowledgement', language: 'en', inputs: {} });
    if (result.ok) throw new Error('an acknowledgement was written on an answered request');
    expect(renderText('it', result.error.detail as Message)).toContain('pipeda-acknowledgement');
  });
});
