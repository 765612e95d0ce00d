import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { RequestOutcome } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * Review 7, G2: the LGPD letters (Lei 13.709/2018), read back from the PDF in EN and IT: the
 * simplified confirmation given at once (Art. 19, I) announcing the declaration within 15 days,
 * the clear and complete declaration (Art. 19, II: origin, criteria, purpose; or the absence of
 * record on a request closed as no data held), and the reply when the controller cannot act at
 * once (Art. 18, § 4, I or II); each with the petition to the ANPD (Art. 18, § 1) and never a
 * GDPR article or the Garante. The outcome the register records picks the letter that fits.
 */
const NOW = new Date('2026-12-04T13:00:00Z');

const DECLARATION: LetterInputs = {
  'lgpd.origin': 'You gave us the data when you signed up for AxiLeads.',
  'lgpd.criteria': 'We keep the data of active accounts for the contract and three years after it.',
  'lgpd.purposes': ['Providing the AxiLeads service under your contract', 'Invoicing'],
  'access.enclosures': ['export.json (account data)'],
};

describe('LGPD letters', () => {
  const { app, call, tmp } = letterVault(NOW, NOVENTIA);

  async function lgpdRequest(receivedAt: string, outcome: RequestOutcome | null = null): Promise<{ id: string; reference: string }> {
    const request = { regime: 'lgpd', types: ['access'], receivedAt, channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com.br' };
    const created = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    if (outcome !== null) {
      const ground = outcome === 'refused' ? { refusalGround: 'exemption' } : {};
      await call('requests.transition', { id: created.id, transition: { to: 'responded', outcome, ...ground, reason: 'Answered.', at: '2026-12-03T12:00:00-03:00' } });
    }
    return created;
  }

  async function preview(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs = {}): Promise<{ missing: string[]; text: string }> {
    const result = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, inputs });
    const text = result.pdfBase64 ? pdfText(Buffer.from(result.pdfBase64, 'base64'), tmp.dir).replace(/\u00a0/g, ' ') : '';
    return { missing: result.missing.map((m) => m.key), text };
  }

  async function refused(reference: string, kind: RequestLetterKind): Promise<{ en: string; it: string }> {
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind, language: 'en', inputs: {} });
    if (result.ok) throw new Error(`${kind} on ${reference} was not refused`);
    expect(result.error.code).toBe('VALIDATION');
    return { en: result.error.message, it: renderText('it', result.error.detail as Message) };
  }

  /** What no LGPD letter may say: a GDPR article, the Garante, a complaint under Art. 77. */
  function expectNoGdpr(text: string): void {
    expect(text).not.toMatch(/GDPR|Garante|Article 77|art\. 77|supervisory authority|autorità di controllo|\ba LGPD\b/);
  }

  it('offers the LGPD letters, the acknowledgement first, on an LGPD access request', async () => {
    const { reference } = await lgpdRequest('2026-11-30T10:00:00-03:00');
    const kinds = await app.handlers['documents.kinds']({ caseType: 'request', caseId: reference });
    expect(kinds.map((k) => k.kind)).toEqual(['lgpd-acknowledgement', 'identity-verification', 'lgpd-confirmation', 'lgpd-declaration', 'lgpd-reply']);
    expect(kinds[3]?.title).toEqual({ en: `Declaration on your personal data, request ${reference}`, it: `Dichiarazione sui Suoi dati personali, richiesta ${reference}` });
  });

  it('the simplified confirmation confirms the processing at once and announces the declaration by the 15th day, with the ANPD (EN/IT)', async () => {
    const { reference } = await lgpdRequest('2026-11-30T10:00:00-03:00');
    const en = await preview(reference, 'lgpd-confirmation', 'en', { 'lgpd.summary': ['Identity and contact data', 'Usage logs'] });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('Your request of 30 November 2026: we confirm that we process your personal data');
    expect(en.text).toContain('We are replying at once, in simplified form, to your request of 30 November 2026');
    expect(en.text).toContain('Lei Geral de Proteção de Dados Pessoais, Law No. 13.709/2018');
    expect(en.text).toContain('We confirm that we process personal data about you (Article 18, I, and Article 19, I, LGPD).');
    expect(en.text).toContain('Your personal data, in brief Identity and contact data');
    expect(en.text).toContain('By 15 December 2026, within 15 days of your request, we will send you a clear and complete declaration stating the origin of the data, the criteria used and the purpose of the processing (Article 19, II, LGPD).');
    // The petition about the processing, and before a consumer-protection body too (Art. 18, § 8; review 8, H9).
    expect(en.text).toContain('petition the Brazilian National Data Protection Authority (Autoridade Nacional de Proteção de Dados, ANPD, https://www.gov.br/anpd) against us about the processing of your data (Article 18, § 1, LGPD), or petition a consumer-protection body (Article 18, § 8, LGPD)');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'lgpd-confirmation', 'it');
    expect(it.text).toContain('Le confermiamo che trattiamo dati personali che La riguardano (art. 18, I, e art. 19, I, LGPD).');
    expect(it.text).toContain('Entro il 15 dicembre 2026, nei 15 giorni dalla Sua richiesta, Le invieremo una dichiarazione chiara e completa');
    expect(it.text).toContain('Ai sensi dell’art. 18, § 1, LGPD, può inoltre presentare nei nostri confronti un’istanza riguardo al trattamento dei Suoi dati all’autorità nazionale brasiliana per la protezione dei dati');
    expect(it.text).toContain('o, ai sensi dell’art. 18, § 8, LGPD, a un organismo di tutela dei consumatori');
    expect(it.text).not.toContain('in sintesi');
    expectNoGdpr(it.text);
  });

  it('the acknowledgement carries the petition of the other LGPD letters, to the ANPD or a consumer-protection body (Art. 18, §§ 1 and 8; review 9), EN/IT', async () => {
    const { reference } = await lgpdRequest('2026-11-30T10:00:00-03:00');
    const petition = {
      en: 'You may also petition the Brazilian National Data Protection Authority (Autoridade Nacional de Proteção de Dados, ANPD, https://www.gov.br/anpd) against us about the processing of your data (Article 18, § 1, LGPD), or petition a consumer-protection body (Article 18, § 8, LGPD).',
      it: 'Ai sensi dell’art. 18, § 1, LGPD, può inoltre presentare nei nostri confronti un’istanza riguardo al trattamento dei Suoi dati all’autorità nazionale brasiliana per la protezione dei dati (Autoridade Nacional de Proteção de Dados, ANPD, https://www.gov.br/anpd) o, ai sensi dell’art. 18, § 8, LGPD, a un organismo di tutela dei consumatori.',
    };
    for (const language of ['en', 'it'] as const) {
      const ack = await preview(reference, 'lgpd-acknowledgement', language);
      expect(ack.missing).toEqual([]);
      expect(ack.text, language).toContain(petition[language]);
      expect(ack.text, language).not.toMatch(/about your data against us|riguardo ai Suoi dati nei nostri confronti/);
      expectNoGdpr(ack.text);
      // The same sentence, word for word, in every LGPD letter (one phrase, `lgpd-petition.ts`).
      expect((await preview(reference, 'lgpd-confirmation', language)).text, language).toContain(petition[language]);
      expect((await preview(reference, 'lgpd-reply', language, { 'lgpd.replyGround': 'not-agent' })).text, language).toContain(petition[language]);
      expect((await preview(reference, 'lgpd-declaration', language, DECLARATION)).text, language).toContain(petition[language]);
    }
    // Written to a lawyer, the right is the person's, exercised directly or through the lawyer (Art. 18, § 3).
    const request = { regime: 'lgpd', types: ['access'], receivedAt: '2026-11-30T10:00:00-03:00', channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com.br', requesterRelation: 'legal-representative', requesterName: 'Dr. Pedro Lima', requesterEmail: 'pedro@lima.example.com.br' };
    const byLawyer = await call<{ reference: string }>('requests.create', { request });
    const en = await preview(byLawyer.reference, 'lgpd-acknowledgement', 'en');
    expect(en.text).toContain('Ana Souza may also petition, directly or through you, the Brazilian National Data Protection Authority');
    expect(en.text).toContain('against us about the processing of Ana Souza’s data (Article 18, § 1, LGPD), or petition a consumer-protection body (Article 18, § 8, LGPD).');
    const it = await preview(byLawyer.reference, 'lgpd-acknowledgement', 'it');
    expect(it.text).toContain('Ai sensi dell’art. 18, § 1, LGPD, Ana Souza può inoltre presentare, anche tramite Lei, nei nostri confronti un’istanza riguardo al trattamento dei dati di Ana Souza');
    expect(it.text).toContain('o, ai sensi dell’art. 18, § 8, LGPD, a un organismo di tutela dei consumatori.');
  });

  it('the declaration states origin, criteria and purpose, and names each one missing until given (EN/IT)', async () => {
    const { reference } = await lgpdRequest('2026-11-30T10:00:00-03:00');
    expect((await preview(reference, 'lgpd-declaration', 'en')).missing).toEqual(expect.arrayContaining(['lgpd.origin', 'lgpd.criteria', 'lgpd.purposes']));
    const en = await preview(reference, 'lgpd-declaration', 'en', DECLARATION);
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('Your request of 30 November 2026: clear and complete declaration on your personal data');
    expect(en.text).toContain('with the clear and complete declaration provided for in Article 19, II, LGPD');
    expect(en.text).toContain('Origin of the data You gave us the data when you signed up for AxiLeads.');
    expect(en.text).toContain('Criteria used We keep the data of active accounts');
    expect(en.text).toContain('Purpose of the processing');
    expect(en.text).toContain('We enclose:');
    expect(en.text).toContain('in electronic form or in print, as you prefer (Article 19, § 2, LGPD)');
    expect(en.text).toContain('(Article 18, § 1, LGPD)');
    expect(en.text).not.toMatch(/no record|apologise/);
    expectNoGdpr(en.text);
    const it = await preview(reference, 'lgpd-declaration', 'it', { ...DECLARATION, 'lgpd.secrets': 'il dettaglio dei punteggi del modello di valutazione' });
    expect(it.text).toContain('con la dichiarazione chiara e completa prevista dall’art. 19, II, LGPD');
    expect(it.text).toContain('Origine dei dati');
    expect(it.text).toContain('Criteri utilizzati');
    expect(it.text).toContain('Finalità del trattamento');
    expect(it.text).toContain('A tutela dei nostri segreti commerciali e industriali, come consente l’art. 19, II, LGPD, questa dichiarazione non comprende quanto segue: il dettaglio dei punteggi');
    expectNoGdpr(it.text);
  });

  it('on a request closed as no data held the declaration states the absence of record, and the confirmation, which promises it, is refused (EN/IT)', async () => {
    const { reference } = await lgpdRequest('2026-11-30T10:00:00-03:00', 'no-data-held');
    expect((await preview(reference, 'lgpd-declaration', 'en')).missing).toEqual(['nodata.searched']);
    const en = await preview(reference, 'lgpd-declaration', 'en', { 'nodata.searched': ['Customer database', 'Support tickets'] });
    expect(en.text).toContain('there is no record of personal data about you (Article 19, II, LGPD)');
    expect(en.text).toContain('Where we searched Customer database');
    expect(en.text).not.toMatch(/Origin of the data|We confirm that we process/);
    const it = await preview(reference, 'lgpd-declaration', 'it', { 'nodata.searched': ['Database clienti'] });
    expect(it.text).toContain('non risulta alcuna registrazione di dati personali che La riguardano (art. 19, II, LGPD)');
    // The confirmation promises the declaration: none once the request is answered.
    const error = await refused(reference, 'lgpd-confirmation');
    expect(error.en).toBe(`No lgpd-confirmation letter for request ${reference}: it was answered on Thu 3 Dec 2026, and this letter would promise an answer already given. If the request must be answered again, reopen it first.`);
    expect(error.it).toContain(`Nessuna lettera di tipo lgpd-confirmation per la richiesta ${reference}: ha ricevuto risposta il`);
  });

  it('the reply under Art. 18, § 4 says we are not the agent and names it, or gives the reasons of fact or law (EN/IT)', async () => {
    const { reference } = await lgpdRequest('2026-11-30T10:00:00-03:00');
    expect((await preview(reference, 'lgpd-reply', 'en')).missing).toEqual(['lgpd.replyGround']);
    const notAgent = await preview(reference, 'lgpd-reply', 'en', { 'lgpd.replyGround': 'not-agent', 'lgpd.agent': 'Leads Brasil Ltda (privacidade@leads.example.com.br)' });
    expect(notAgent.text).toContain('Your request of 30 November 2026: why we cannot act on it at once');
    expect(notAgent.text).toContain('as Article 18, § 4, LGPD provides, we tell you why');
    expect(notAgent.text).toContain('We are not a processing agent of the personal data your request concerns');
    expect(notAgent.text).toContain('(Article 18, § 4, I, LGPD)');
    expect(notAgent.text).toContain('the agent that processes them is Leads Brasil Ltda (privacidade@leads.example.com.br): you may address your request to it.');
    expect(notAgent.text).toContain('(Article 18, § 1, LGPD)');
    expect(notAgent.text).toContain('about the processing of your data');
    expect(notAgent.text).not.toContain('about your data against us');
    expectNoGdpr(notAgent.text);
    const unknown = await preview(reference, 'lgpd-reply', 'it', { 'lgpd.replyGround': 'not-agent' });
    expect(unknown.text).toContain('Non siamo un agente di trattamento dei dati personali oggetto della Sua richiesta');
    expect(unknown.text).toContain('Non sappiamo quale agente li tratti e non possiamo quindi indicarlo.');
    expect(unknown.text).not.toContain('tale agente');
    expect((await preview(reference, 'lgpd-reply', 'en', { 'lgpd.replyGround': 'reasons' })).missing).toEqual(['lgpd.reasons']);
    const reasons = await preview(reference, 'lgpd-reply', 'it', { 'lgpd.replyGround': 'reasons', 'lgpd.reasons': 'I dati sono sotto sequestro per ordine dell’autorità giudiziaria fino al 31 gennaio 2027.' });
    expect(reasons.text).toContain('Ci impediscono di dare seguito immediatamente alla richiesta i seguenti motivi di fatto o di diritto (art. 18, § 4, II, LGPD): i dati sono sotto sequestro');
    expect(reasons.text).not.toContain('agente');
    // “darvi seguito” reads as the plural “you” beside the courtesy “Lei” (as in the other letters' Italian).
    expect(reasons.text).not.toContain('darvi');
    expectNoGdpr(reasons.text);
  });

  it('the reply on reasons of fact or law keeps the 15 days of the declaration on an access request, and promises no date the law does not give (tenth review, K9; EN/IT)', async () => {
    const { reference } = await lgpdRequest('2026-11-30T10:00:00-03:00');
    const inputs = { 'lgpd.replyGround': 'reasons', 'lgpd.reasons': 'The data are seized by court order until 31 January 2027.' };
    const en = await preview(reference, 'lgpd-reply', 'en', inputs);
    expect(en.text).toContain('This does not change the time limit for the clear and complete declaration: we will send it by 15 December 2026, within 15 days of your request (Article 19, II, LGPD), or tell you before then what prevents it.');
    const it_ = await preview(reference, 'lgpd-reply', 'it', { ...inputs, 'lgpd.reasons': 'I dati sono sotto sequestro.' });
    expect(it_.text).toContain('Ciò non modifica il termine per la dichiarazione chiara e completa: Le invieremo la dichiarazione entro il 15 dicembre 2026, nei 15 giorni dalla Sua richiesta (art. 19, II, LGPD), o Le indicheremo prima di tale data che cosa lo impedisce.');
    // Past the 15 days, the delay is owned, never a date already gone.
    const late = await lgpdRequest('2026-11-10T10:00:00-03:00');
    const lateEn = await preview(late.reference, 'lgpd-reply', 'en', inputs);
    expect(lateEn.text).toContain('The 15 days for the clear and complete declaration (Article 19, II, LGPD) ended on 25 November 2026: we apologise for the delay, and we will send it without further delay, or tell you what prevents it.');
    expect(lateEn.text).not.toContain('This does not change the time limit');
    const lateIt = await preview(late.reference, 'lgpd-reply', 'it', { ...inputs, 'lgpd.reasons': 'I dati sono sotto sequestro.' });
    expect(lateIt.text).toContain('I 15 giorni per la dichiarazione chiara e completa (art. 19, II, LGPD) sono scaduti il 25 novembre 2026: ci scusiamo per il ritardo e Le invieremo la dichiarazione senza ulteriore ritardo, o Le indicheremo che cosa lo impedisce.');
    // Not on the ground that we are not the agent, nor on a request the law gives no period (a correction).
    expect((await preview(reference, 'lgpd-reply', 'en', { 'lgpd.replyGround': 'not-agent' })).text).not.toContain('clear and complete declaration');
    const correction = await call<{ id: string; reference: string }>('requests.create', { request: { regime: 'lgpd', types: ['correction'], receivedAt: '2026-11-30T10:00:00-03:00', channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com.br' } });
    await call('requests.transition', { id: correction.id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    const corrected = await preview(correction.reference, 'lgpd-reply', 'en', inputs);
    expect(corrected.missing).toEqual([]);
    expect(corrected.text).not.toMatch(/clear and complete declaration|Article 19, II/);
  });

  it('to an agent the form of the data is Ana Souza’s choice (Art. 19, § 2; tenth review, K7; EN/IT)', async () => {
    const request = { regime: 'lgpd', types: ['confirmation', 'access'], receivedAt: '2026-11-30T10:00:00-03:00', channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com.br', requesterRelation: 'authorised-agent', requesterName: 'Tutela Dati S.r.l.', requesterEmail: 'richieste@tutela.example' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' } } });
    for (const kind of ['lgpd-confirmation', 'lgpd-declaration'] as const) {
      const inputs: LetterInputs = kind === 'lgpd-confirmation' ? { 'lgpd.summary': ['Contact data'] } : { 'lgpd.origin': 'Ana Souza', 'lgpd.criteria': 'Contract', 'lgpd.purposes': ['Service'], 'access.enclosures': ['export.json'] };
      const en = await preview(reference, kind, 'en', inputs);
      expect(en.text, kind).toContain('in electronic form or in print, as Ana Souza prefers (Article 19, § 2, LGPD)');
      expect(en.text, kind).not.toContain('as you prefer');
      const it_ = await preview(reference, kind, 'it', inputs);
      expect(it_.text, kind).toContain('in forma elettronica o a stampa, a scelta di Ana Souza (art. 19, § 2, LGPD)');
      expect(it_.text, kind).not.toContain('come preferisce');
    }
  });

  it('the declaration says "also" once, and joins "a" to a name opening with a vowel as "ad" (eleventh review, L10, L14; EN/IT)', async () => {
    const inputs: LetterInputs = { 'lgpd.origin': 'Ana Souza', 'lgpd.criteria': 'Contract', 'lgpd.purposes': ['Service'], 'access.enclosures': ['export.json'] };
    const own = await lgpdRequest('2026-11-30T10:00:00-03:00');
    const ownEn = await preview(own.reference, 'lgpd-declaration', 'en', inputs);
    expect(ownEn.text).toContain('On request, we correct incomplete, inaccurate or out-of-date data (Article 18, III, LGPD); the other rights Article 18 LGPD gives you can be exercised in the same way. You may also petition the Brazilian National Data Protection Authority');
    expect(ownEn.text.match(/You may also/g)).toHaveLength(1);
    const ownIt = await preview(own.reference, 'lgpd-declaration', 'it', inputs);
    expect(ownIt.text).toContain('Su richiesta, correggiamo i dati incompleti, inesatti o non aggiornati (art. 18, III, LGPD); allo stesso modo possono essere esercitati gli altri diritti che l’art. 18 LGPD riconosce a Lei.');
    expect(ownIt.text.match(/[Pp]uò inoltre/g)).toHaveLength(1);
    const request = { regime: 'lgpd', types: ['confirmation', 'access'], receivedAt: '2026-11-30T10:00:00-03:00', channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com.br', requesterRelation: 'authorised-agent', requesterName: 'Tutela Dati S.r.l.', requesterEmail: 'richieste@tutela.example' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' } } });
    const en = await preview(reference, 'lgpd-declaration', 'en', inputs);
    expect(en.text).toContain('the other rights Article 18 LGPD gives Ana Souza can be exercised in the same way.');
    expect(en.text).toContain('Ana Souza may also petition, directly or through you,');
    expect(en.text.match(/may also/g)).toHaveLength(1);
    const it_ = await preview(reference, 'lgpd-declaration', 'it', inputs);
    expect(it_.text).toContain('gli altri diritti che l’art. 18 LGPD riconosce ad Ana Souza.');
    expect(it_.text).not.toMatch(/\ba Ana\b/);
    expect(it_.text.match(/inoltre/g)).toHaveLength(1);
  });

  it('past the 15 days, the confirmation and the declaration own the delay (EN/IT)', async () => {
    const { reference } = await lgpdRequest('2026-11-02T10:00:00-03:00');
    const confirmation = await preview(reference, 'lgpd-confirmation', 'en');
    expect(confirmation.text).toContain('We will send you without further delay a clear and complete declaration');
    expect(confirmation.text).toContain('ended on 17 November 2026, and we apologise for the delay');
    expect(confirmation.text).not.toContain('By 17 November 2026');
    const declaration = await preview(reference, 'lgpd-declaration', 'it', DECLARATION);
    expect(declaration.text).toContain('Questa dichiarazione giunge dopo i 15 giorni dalla Sua richiesta previsti dall’art. 19, II, LGPD, scaduti il 17 novembre 2026: ci scusiamo per il ritardo.');
  });

  it('follows the recorded outcome: no declaration on a refused request, no reply on one met in full, no confirmation once answered (EN/IT)', async () => {
    const refusedRequest = await lgpdRequest('2026-11-30T10:00:00-03:00', 'refused');
    const declaration = await refused(refusedRequest.reference, 'lgpd-declaration');
    expect(declaration.en).toContain('it was closed as refused on Thursday 3 December 2026');
    expect(declaration.en).toContain('(lgpd-reply) is the one to send');
    expect(declaration.it).toContain('(lgpd-reply)');
    const fulfilled = await lgpdRequest('2026-11-30T10:00:00-03:00', 'fulfilled');
    const reply = await refused(fulfilled.reference, 'lgpd-reply');
    expect(reply.en).toContain('it was closed as fulfilled on Thursday 3 December 2026');
    expect(reply.en).toContain('The response (lgpd-declaration) is the one to send.');
    const confirmation = await refused(fulfilled.reference, 'lgpd-confirmation');
    expect(confirmation.en).toContain(`No lgpd-confirmation letter for request ${fulfilled.reference}: it was answered on`);
    expect(confirmation.it).toContain(`Nessuna lettera di tipo lgpd-confirmation per la richiesta ${fulfilled.reference}`);
  });
});
