import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { DocumentSummary, LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { RequestOutcome } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * G2's remainder: the Swiss FADP letters (SR 235.1), read back from the PDF in EN and IT: the
 * acknowledgement (30 days, Art. 25(7) FADP and Art. 18(1) of the Ordinance; the notice of a
 * later date, Art. 18(2); a refusal within the same period, Art. 18(3)), the access response
 * with each item of Art. 25(2) (and its restriction, with the Art. 26 ground and why, Art.
 * 26(4)), and the refusal stating its reason (Art. 26(4)); the FDPIC (Art. 49) as the
 * authority; never a GDPR article or the Garante. The outcome the register records picks the
 * letter that fits.
 */
const NOW = new Date('2026-12-04T13:00:00Z');

const RESPONSE: LetterInputs = {
  'fadp.purposes': ['Providing the AxiLeads service under your contract', 'Invoicing'],
  'fadp.retention': 'Contract data: the contract plus 3 years; invoices: 10 years.',
  'fadp.source': 'You gave us all the data when you signed up.',
  'fadp.automated': 'We take no automated individual decisions.',
  'fadp.recipients': ['Amazon Web Services EMEA SARL (hosting)'],
  'fadp.abroad': 'Ireland (hosting), a State the Federal Council recognises as ensuring adequate protection.',
  'access.enclosures': ['export.json (account data)'],
};

describe('FADP letters', () => {
  const { app, call, tmp } = letterVault(NOW, NOVENTIA);

  async function fadpRequest(types: string[], outcome: RequestOutcome | null = null): Promise<{ id: string; reference: string }> {
    const request = { regime: 'ch-fadp', types, receivedAt: '2026-11-11T10:00:00+01:00', channel: 'email', subjectName: 'Luca Meier', subjectEmail: 'luca@example.ch' };
    const created = await call<{ id: string; reference: string }>('requests.create', { request });
    if (outcome !== null) {
      await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
      const ground = outcome === 'refused' ? { refusalGround: 'exemption' } : {};
      await call('requests.transition', { id: created.id, transition: { to: 'responded', outcome, ...ground, reason: 'Answered.', at: '2026-12-03T12:00:00+01:00' } });
    }
    return created;
  }

  async function preview(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs = {}): Promise<{ missing: string[]; text: string }> {
    const result = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, inputs });
    const text = result.pdfBase64 ? pdfText(Buffer.from(result.pdfBase64, 'base64'), tmp.dir).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ') : '';
    return { missing: result.missing.map((m) => m.key), text };
  }

  function expectNoGdpr(text: string): void {
    expect(text).not.toMatch(/GDPR|Garante|Article 77|art\. 77|supervisory authority|autorità di controllo|Regulation \(EU\)|Regolamento \(UE\)/);
  }

  it('offers the acknowledgement, the response and the refusal on an access request; the acknowledgement alone on an erasure', async () => {
    const { reference } = await fadpRequest(['access']);
    const kinds = await app.handlers['documents.kinds']({ caseType: 'request', caseId: reference });
    expect(kinds.map((k) => k.kind)).toEqual(['fadp-acknowledgement', 'fadp-response', 'fadp-refusal']);
    const erasure = await fadpRequest(['erasure']);
    const only = await app.handlers['documents.kinds']({ caseType: 'request', caseId: erasure.reference });
    expect(only.map((k) => k.kind)).toEqual(['fadp-acknowledgement']);
  });

  it('the acknowledgement gives the 30 days and the day, the notice of a later date and the FDPIC (EN/IT)', async () => {
    const { reference } = await fadpRequest(['access']);
    const en = await preview(reference, 'fadp-acknowledgement', 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('made under the Swiss Federal Act on Data Protection (SR 235.1, “FADP”)');
    expect(en.text).toContain('We will answer within 30 days of receiving your request, by 11 December 2026 (Article 25(7) FADP; Article 18(1) of the Data Protection Ordinance, SR 235.11).');
    expect(en.text).toContain('If we cannot answer within 30 days, we will tell you so and tell you by when we will answer (Article 18(2) of the Ordinance).');
    expect(en.text).toContain('(Article 18(3) of the Ordinance; Article 26(4) FADP)');
    expect(en.text).toContain('Federal Data Protection and Information Commissioner (FDPIC, https://www.edoeb.admin.ch)');
    expect(en.text).toContain('(Article 49 FADP)');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'fadp-acknowledgement', 'it');
    expect(it.text).toContain('presentata ai sensi della legge federale svizzera sulla protezione dei dati (RS 235.1, «LPD»)');
    expect(it.text).toContain('cioè entro l’11 dicembre 2026 (art. 25, cpv. 7, LPD; art. 18, cpv. 1, dell’ordinanza sulla protezione dei dati, RS 235.11)');
    expect(it.text).toContain('Incaricato federale della protezione dei dati e della trasparenza (IFPDT, https://www.edoeb.admin.ch)');
    expectNoGdpr(it.text);
    const erasure = await fadpRequest(['erasure']);
    const none = await preview(erasure.reference, 'fadp-acknowledgement', 'en');
    expect(none.missing).toEqual([]);
    expect(none.text).toContain('We will answer your request as soon as we can.');
    expect(none.text).not.toContain('30 days');
  });

  it('the acknowledgement to an agent reserves the power of attorney and the person’s identity (Ordinance Art. 16(5); tenth review, K4; EN/IT)', async () => {
    const agentRequest = async (types: string[]) => {
      const request = { regime: 'ch-fadp', types, receivedAt: '2026-11-11T10:00:00+01:00', channel: 'email', subjectName: 'Luca Meier', subjectEmail: 'luca@example.ch', requesterRelation: 'authorised-agent', requesterName: 'Tutela Dati S.r.l.', requesterEmail: 'richieste@tutela.example' };
      return call<{ id: string; reference: string }>('requests.create', { request });
    };
    const access = await agentRequest(['access']);
    const en = await preview(access.reference, 'fadp-acknowledgement', 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We may ask you for the written authorisation (a power of attorney) under which you act for Luca Meier, and for what we need to confirm Luca Meier’s identity (Article 16(5) of the Ordinance); we will give the information only once we have it.');
    const it_ = await preview(access.reference, 'fadp-acknowledgement', 'it');
    expect(it_.text).toContain('Potremmo chiederVi la procura scritta con cui agite per Luca Meier e quanto necessario per verificare l’identità di Luca Meier (art. 16, cpv. 5, dell’ordinanza); forniremo l’informazione solo dopo averli ricevuti.');
    // Article 16 of the Ordinance governs access: on an erasure the reservation stands without it.
    const erasure = await agentRequest(['erasure']);
    const erasureEn = await preview(erasure.reference, 'fadp-acknowledgement', 'en');
    expect(erasureEn.text).toContain('We may ask you for the written authorisation (a power of attorney) under which you act for Luca Meier, and for what we need to confirm Luca Meier’s identity; we will act on the request only once we have it.');
    expect(erasureEn.text).not.toContain('16(5)');
    const erasureIt = await preview(erasure.reference, 'fadp-acknowledgement', 'it');
    expect(erasureIt.text).toContain('daremo seguito alla richiesta solo dopo averli ricevuti.');
    // The person's own request is not asked for a power of attorney.
    const own = await fadpRequest(['access']);
    expect((await preview(own.reference, 'fadp-acknowledgement', 'en')).text).not.toContain('power of attorney');
    expect((await preview(own.reference, 'fadp-acknowledgement', 'it')).text).not.toContain('procura');
  });

  it('the access response gives each item of Art. 25(2), and names each one missing until given (EN/IT)', async () => {
    const { reference } = await fadpRequest(['access'], 'fulfilled');
    const missing = (await preview(reference, 'fadp-response', 'en', {})).missing;
    expect(missing).toEqual(expect.arrayContaining(['fadp.purposes', 'fadp.abroad']));
    const en = await preview(reference, 'fadp-response', 'en', RESPONSE);
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('Your request of 11 November 2026: information on your personal data');
    expect(en.text).toContain('As Article 25(2) FADP provides, we give you below the information you need to exercise your rights and to see that the processing is transparent, and the personal data themselves.');
    expect(en.text).toContain('Noventia Srl, Via Privata Bernardo Rucellai 12, 20126 Milano MI, Italia; for questions about your personal data');
    expect(en.text).toContain('Your personal data (Article 25(2)(b)) We enclose: export.json (account data)');
    expect(en.text).toContain('Purpose of the processing (Article 25(2)(c))');
    expect(en.text).toContain('How long we keep the data (Article 25(2)(d)) Contract data: the contract plus 3 years; invoices: 10 years.');
    expect(en.text).toContain('Where the data come from (Article 25(2)(e)) You gave us all the data when you signed up.');
    expect(en.text).toContain('Automated individual decisions (Article 25(2)(f)) We take no automated individual decisions.');
    expect(en.text).toContain('Recipients (Article 25(2)(g))');
    expect(en.text).toContain('Amazon Web Services EMEA SARL (hosting)');
    expect(en.text).toContain('Disclosure abroad (Article 19(4) FADP): Ireland (hosting)');
    expect(en.text).toContain('The information is free of charge (Article 25(6) FADP).');
    expect(en.text).not.toMatch(/restrict|Article 26/);
    expectNoGdpr(en.text);
    const it = await preview(reference, 'fadp-response', 'it', RESPONSE);
    expect(it.text).toContain('Sua richiesta dell’11 novembre 2026: informazioni sui Suoi dati personali');
    expect(it.text).toContain('Come previsto dall’art. 25, cpv. 2, LPD, Le forniamo di seguito le informazioni necessarie per far valere i Suoi diritti');
    expect(it.text).toContain('Comunicazione all’estero (art. 19, cpv. 4, LPD): Ireland (hosting)');
    expectNoGdpr(it.text);
  });

  it('on a request partly fulfilled the response says what it restricts, the Art. 26 ground and why (Art. 26(4)) (EN/IT)', async () => {
    const { reference } = await fadpRequest(['access'], 'partially-fulfilled');
    const withheld = { ...RESPONSE, 'partial.withheld': 'The notes of the call of 3 November' };
    expect((await preview(reference, 'fadp-response', 'en', withheld)).missing).toEqual(['fadp.ground', 'fadp.reasons']);
    const inputs = { ...withheld, 'fadp.ground': 'third-party', 'fadp.reasons': 'The notes record what another customer told us in confidence about a shared account.' };
    const en = await preview(reference, 'fadp-response', 'en', inputs);
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('and the personal data themselves, except for the part set out under “What we restrict, and why”.');
    expect(en.text).toContain('What we restrict, and why We restrict the information and do not give you the notes of the call of 3 November. As Article 26(4) FADP requires, we tell you why: overriding interests of third parties require it (Article 26(1)(b) FADP). The notes record what another customer told us in confidence');
    expect(en.text).toContain('You may also assert your right to information before the civil courts.');
    const it = await preview(reference, 'fadp-response', 'it', { ...inputs, 'fadp.ground': 'law' });
    expect(it.text).toContain('Limitiamo l’informazione e non Le comunichiamo the notes of the call of 3 November. Come richiede l’art. 26, cpv. 4, LPD, Le indichiamo il motivo: lo prevede una legge in senso formale, in particolare per tutelare un segreto professionale (art. 26, cpv. 1, lett. a, LPD).');
    expectNoGdpr(it.text);
  });

  it('the refusal states its ground and why (Art. 26(4)); the response is refused on a refused request, naming it (EN/IT)', async () => {
    const { reference } = await fadpRequest(['access'], 'refused');
    const en = await preview(reference, 'fadp-refusal', 'en', { 'fadp.ground': 'unjustified' });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We refuse to provide the information you asked for. As Article 26(4) FADP requires, we tell you why.');
    expect(en.text).toContain('Why we refuse Your request is obviously unjustified, in particular because it does not serve the purpose of data protection, or is clearly frivolous (Article 26(1)(c) FADP). Answered.');
    expect(en.text).toContain('What you can do If you consider that we process your personal data unlawfully, you may report it to the Federal Data Protection and Information Commissioner');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'fadp-refusal', 'it', { 'fadp.ground': 'own-interest', 'fadp.reasons': 'I dati riguardano una trattativa commerciale in corso.' });
    expect(it.text).toContain('Rifiutiamo di fornirLe l’informazione richiesta. Come richiede l’art. 26, cpv. 4, LPD, Le indichiamo il motivo.');
    expect(it.text).toContain('Lo esigono nostri interessi preponderanti, e non comunichiamo i dati personali a terzi (art. 26, cpv. 2, lett. a, LPD). I dati riguardano una trattativa commerciale in corso.');
    expectNoGdpr(it.text);
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-response', language: 'en', inputs: RESPONSE });
    if (result.ok) throw new Error('the response was written on a refused request');
    expect(result.error.message).toContain('The refusal letter (fadp-refusal) is the one to send.');
    expect(renderText('it', result.error.detail as Message)).toContain('(fadp-refusal)');
  });

  it('sent, the response offers to close the request as fulfilled and the refusal as refused', async () => {
    const { id, reference } = await fadpRequest(['access']);
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    const response = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'fadp-response', language: 'en', date: '2026-12-04', inputs: RESPONSE });
    const refusal = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'fadp-refusal', language: 'en', date: '2026-12-04', inputs: { 'fadp.ground': 'law', 'fadp.reasons': 'Professional secrecy.' } });
    const listed = await call<DocumentSummary[]>('documents.list', { caseId: reference });
    expect(listed.find((d) => d.id === response.id)?.onSent?.close).toMatchObject({ outcome: 'fulfilled' });
    expect(listed.find((d) => d.id === refusal.id)?.onSent?.close).toMatchObject({ outcome: 'refused' });
  });
  it('the response waits for the identity check before it is finalised, under the Ordinance’s own rule (EN/IT)', async () => {
    const { reference } = await fadpRequest(['access']);
    const result = await app.dispatch('documents.finalise', { caseId: reference, kind: 'fadp-response', language: 'en', date: '2026-12-04', inputs: RESPONSE });
    if (result.ok) throw new Error('the response was finalised before the identity check');
    expect(result.error.message).toContain('(Art. 16(5) of the Swiss Data Protection Ordinance)');
    expect(result.error.message).not.toMatch(/GDPR|Arts 12\(6\)/);
    expect(renderText('it', result.error.detail as Message)).toContain('(art. 16, cpv. 5, dell’ordinanza svizzera sulla protezione dei dati)');
  });
});
