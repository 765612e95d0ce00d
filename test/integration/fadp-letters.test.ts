import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAuditReportCsv } from '../../electron/core/reports/write-audit-report';
import { renderText } from '../../electron/core/i18n';
import type { DocumentSummary, LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { RequestDetail, RequestOutcome, RequestPage } from '../../electron/shared/requests';
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

  it('offers the acknowledgement, the identity letter, the response and the refusal on an access request; the acknowledgement alone on an erasure', async () => {
    const { reference } = await fadpRequest(['access']);
    const kinds = await app.handlers['documents.kinds']({ caseType: 'request', caseId: reference });
    expect(kinds.map((k) => k.kind)).toEqual(['fadp-acknowledgement', 'identity-verification', 'fadp-response', 'fadp-refusal']);
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
    expect(en.text).toContain('You may also assert the right to information before the civil courts.');
    expect(en.text).toContain('If any of the data are inaccurate, you may ask us to correct them (Article 32(1) FADP).');
    const it = await preview(reference, 'fadp-response', 'it', { ...inputs, 'fadp.ground': 'law' });
    expect(it.text).toContain('Limitiamo l’informazione e non Le comunichiamo the notes of the call of 3 November. Come richiede l’art. 26, cpv. 4, LPD, Le indichiamo il motivo: lo prevede una legge in senso formale, segnatamente per tutelare un segreto professionale (art. 26, cpv. 1, lett. a, LPD).');
    expect(it.text).toContain('Può inoltre far valere il diritto d’informazione davanti al giudice civile.');
    expect(it.text).toContain('Se alcuni dati risultano inesatti, può chiederci di rettificarli (art. 32, cpv. 1, LPD).');
    expectNoGdpr(it.text);
  });

  it('the refusal states its ground and why (Art. 26(4)); the response is refused on a refused request, naming it (EN/IT)', async () => {
    const { reference } = await fadpRequest(['access'], 'refused');
    const en = await preview(reference, 'fadp-refusal', 'en', { 'fadp.ground': 'law' });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We refuse to provide the information you asked for. As Article 26(4) FADP requires, we tell you why.');
    expect(en.text).toContain('Why we refuse A formal law provides for it, in particular to preserve professional secrecy (Article 26(1)(a) FADP). Answered.');
    expect(en.text).toContain('What you can do If you consider that we process your personal data unlawfully, you may report it to the Federal Data Protection and Information Commissioner');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'fadp-refusal', 'it', { 'fadp.ground': 'third-party', 'fadp.reasons': 'I dati riguardano anche un altro cliente.' });
    expect(it.text).toContain('Rifiutiamo di fornirLe l’informazione richiesta. Come richiede l’art. 26, cpv. 4, LPD, Le indichiamo il motivo.');
    expect(it.text).toContain('Lo esigono interessi preponderanti di terzi (art. 26, cpv. 1, lett. b, LPD). I dati riguardano anche un altro cliente.');
    expectNoGdpr(it.text);
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-response', language: 'en', inputs: RESPONSE });
    if (result.ok) throw new Error('the response was written on a refused request');
    expect(result.error.message).toContain('The refusal letter (fadp-refusal) is the one to send.');
    expect(renderText('it', result.error.detail as Message)).toContain('(fadp-refusal)');
  });

  it('on Art. 26(1)(c) the refusal and the restriction state only the limb the DPO chose, in the words of the LPD’s Italian text (J1; EN/IT)', async () => {
    const { reference } = await fadpRequest(['access'], 'refused');
    const reasons = { 'fadp.reasons': 'You told us you want the data to build a marketing list of our customers.' };
    const purposeEn = (await preview(reference, 'fadp-refusal', 'en', { 'fadp.ground': 'unjustified-purpose', ...reasons })).text;
    expect(purposeEn).toContain('Why we refuse Your request is obviously unjustified, because it does not serve the purpose of data protection but pursues a purpose contrary to it (Article 26(1)(c) FADP). You told us you want the data');
    expect(purposeEn).not.toMatch(/frivolous|vexatious|or is clearly|in particular because/);
    const purposeIt = (await preview(reference, 'fadp-refusal', 'it', { 'fadp.ground': 'unjustified-purpose', ...reasons })).text;
    // RS 235.1, art. 26 cpv. 1 lett. c: «la domanda d’accesso è manifestamente infondata, segnatamente se persegue uno scopo contrario alla protezione dei dati, o se è querulosa».
    expect(purposeIt).toContain('La Sua domanda d’accesso è manifestamente infondata, perché persegue uno scopo contrario alla protezione dei dati (art. 26, cpv. 1, lett. c, LPD).');
    expect(purposeIt).not.toMatch(/querulosa|temeraria|non persegue uno scopo di protezione/);
    const querulousEn = (await preview(reference, 'fadp-refusal', 'en', { 'fadp.ground': 'querulous', ...reasons })).text;
    // "Frivolous" (the Federal Chancellery's unofficial English) means lacking merit; querulatorisch/querulosa is vexatious insistence (eleventh review, L13).
    expect(querulousEn).toContain('Your request is obviously unjustified, because it is manifestly vexatious (Article 26(1)(c) FADP).');
    expect(querulousEn).not.toMatch(/frivolous|as to that part/);
    expect(querulousEn).not.toMatch(/purpose of data protection|contrary to/);
    const querulousIt = (await preview(reference, 'fadp-refusal', 'it', { 'fadp.ground': 'querulous', ...reasons })).text;
    expect(querulousIt).toContain('La Sua domanda d’accesso è manifestamente infondata, perché è querulosa (art. 26, cpv. 1, lett. c, LPD).');
    expect(querulousIt).not.toMatch(/scopo contrario|temeraria/);
    const lawIt = (await preview(reference, 'fadp-refusal', 'it', { 'fadp.ground': 'law', ...reasons })).text;
    // Art. 26 cpv. 1 lett. a: «lo prevede una legge in senso formale, segnatamente per tutelare un segreto professionale».
    expect(lawIt).toContain('Lo prevede una legge in senso formale, segnatamente per tutelare un segreto professionale (art. 26, cpv. 1, lett. a, LPD).');
    const old = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-refusal', language: 'en', inputs: { 'fadp.ground': 'unjustified' } });
    if (old.ok) throw new Error('the two limbs at once were accepted');
    expect(old.error.message).toContain('unjustified-purpose, querulous');
    const partial = await fadpRequest(['access'], 'partially-fulfilled');
    const restricted = { ...RESPONSE, 'partial.withheld': 'The notes of the call of 3 November', 'fadp.ground': 'querulous', ...reasons };
    const responseEn = (await preview(partial.reference, 'fadp-response', 'en', restricted)).text;
    // A partial answer confines the Art. 26(1)(c) ground to the part withheld: the rest of the same request is answered (eleventh review, L3).
    expect(responseEn).toContain('we tell you why: as to that part, the request is obviously unjustified, because it is manifestly vexatious (Article 26(1)(c) FADP).');
    expect(responseEn).not.toMatch(/purpose of data protection|your request is obviously|frivolous/i);
    const purposeResponseEn = (await preview(partial.reference, 'fadp-response', 'en', { ...restricted, 'fadp.ground': 'unjustified-purpose' })).text;
    expect(purposeResponseEn).toContain('we tell you why: as to that part, the request is obviously unjustified, because it does not serve the purpose of data protection but pursues a purpose contrary to it (Article 26(1)(c) FADP).');
    const responseIt = (await preview(partial.reference, 'fadp-response', 'it', { ...restricted, 'fadp.ground': 'unjustified-purpose' })).text;
    expect(responseIt).toContain('Le indichiamo il motivo: per tale parte la domanda d’accesso è manifestamente infondata, perché persegue uno scopo contrario alla protezione dei dati (art. 26, cpv. 1, lett. c, LPD).');
    expect(responseIt).not.toMatch(/querulosa|La Sua domanda d’accesso è manifestamente/i);
    const querulousResponseIt = (await preview(partial.reference, 'fadp-response', 'it', restricted)).text;
    expect(querulousResponseIt).toContain('Le indichiamo il motivo: per tale parte la domanda d’accesso è manifestamente infondata, perché querulosa (art. 26, cpv. 1, lett. c, LPD).');
  });

  it('to an agency or a lawyer the right to information and its correction are the person’s: Luca Meier goes to court, the reader asks for Luca Meier (L1, L8; EN/IT)', async () => {
    for (const [relation, requesterName] of [['authorised-agent', 'Tutela Dati S.r.l.'], ['legal-representative', 'Avv. Carlo Bassi']] as const) {
      const request = { regime: 'ch-fadp', types: ['access'], receivedAt: '2026-11-11T10:00:00+01:00', channel: 'email', subjectName: 'Luca Meier', subjectEmail: 'luca@example.ch', requesterRelation: relation, requesterName, requesterEmail: 'requests@agent.example' };
      const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
      await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' } } });
      await call('requests.transition', { id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Answered.', at: '2026-12-03T12:00:00+01:00' } });
      const inputs = { ...RESPONSE, 'partial.withheld': 'The notes of the call of 3 November', 'fadp.ground': 'querulous', 'fadp.reasons': 'It repeats a request answered in October.' };
      const en = await preview(reference, 'fadp-response', 'en', inputs);
      expect(en.text, relation).toContain('Luca Meier may also assert the right to information before the civil courts.');
      expect(en.text, relation).toContain('If any of Luca Meier’s data are inaccurate, you may ask us, for Luca Meier, to correct them (Article 32(1) FADP).');
      expect(en.text, relation).not.toMatch(/your right to information|you may ask us to correct/);
      const it = await preview(reference, 'fadp-response', 'it', inputs);
      const plural = relation === 'authorised-agent';
      expect(it.text, relation).toContain('Luca Meier può inoltre far valere il diritto d’informazione davanti al giudice civile.');
      expect(it.text, relation).toContain(`Se alcuni dati di Luca Meier risultano inesatti, ${plural ? 'potete' : 'può'} chiederci, per conto di Luca Meier, di rettificarli (art. 32, cpv. 1, LPD).`);
      expect(it.text, relation).not.toMatch(/(?:Suo|Vostro) diritto d’informazione|(?:Può|Potete) inoltre far valere/);
      const refusal = await preview(reference, 'fadp-refusal', 'it', { 'fadp.ground': 'law', 'fadp.reasons': 'Professional secrecy.' });
      expect(refusal.text, relation).toContain('Luca Meier può inoltre far valere il diritto d’informazione davanti al giudice civile.');
      expect((await preview(reference, 'fadp-refusal', 'en', { 'fadp.ground': 'law', 'fadp.reasons': 'Professional secrecy.' })).text, relation).toContain('Luca Meier may also assert the right to information before the civil courts.');
    }
  });

  it('on Art. 26(2)(a) the condition names the data withheld, and a letter naming recipients is cautioned before finalising (J2; EN/IT)', async () => {
    const { reference } = await fadpRequest(['access'], 'partially-fulfilled');
    const inputs = { ...RESPONSE, 'partial.withheld': 'The notes of our negotiation', 'fadp.ground': 'own-interest', 'fadp.reasons': 'The notes record our position in a negotiation still under way.' };
    const en = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-response', language: 'en', inputs });
    const enText = pdfText(Buffer.from(en.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
    expect(enText).toContain('we tell you why: our own overriding interests require it, and we do not disclose the personal data we withhold to third parties (Article 26(2)(a) FADP).');
    expect(enText).not.toContain('we do not disclose the personal data to third parties');
    const caution = en.warnings.find((w) => w.code === 'fadp-withheld-disclosed');
    expect(caution?.message.en).toContain('(Amazon Web Services EMEA SARL (hosting))');
    expect(caution?.message.en).toContain('companies of the same group are not third parties, Art. 26(3) FADP');
    expect(caution?.message.it).toContain('le imprese del medesimo gruppo non sono considerate terzi, art. 26, cpv. 3, LPD');
    const it = await preview(reference, 'fadp-response', 'it', inputs);
    // Art. 26 cpv. 2 lett. a: «lo esigono i suoi interessi preponderanti, e non comunica i dati personali a terzi».
    expect(it.text).toContain('il motivo: lo esigono i nostri interessi preponderanti, e non comunichiamo a terzi i dati personali che non Le forniamo (art. 26, cpv. 2, lett. a, LPD).');
    const none = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-response', language: 'en', inputs: { ...inputs, 'fadp.recipients': [] } });
    expect(none.warnings.map((w) => w.code)).not.toContain('fadp-withheld-disclosed');
    const other = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-response', language: 'en', inputs: { ...inputs, 'fadp.ground': 'third-party' } });
    expect(other.warnings.map((w) => w.code)).not.toContain('fadp-withheld-disclosed');
    // A refusal lists no recipients: the register's, from the activities the request is linked to, are the ones to check.
    const refused = await fadpRequest(['access'], 'refused');
    const ground = { 'fadp.ground': 'own-interest', 'fadp.reasons': 'The data concern a negotiation still under way.' };
    const unlinked = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: refused.reference, kind: 'fadp-refusal', language: 'en', inputs: ground });
    expect(unlinked.warnings.map((w) => w.code)).not.toContain('fadp-withheld-disclosed');
    const activity = await call<{ id: string }>('registers.saveActivity', { activity: { name: 'Customer accounts', systems: ['CRM'], recipients: ['Acme Collections AG (debt collection)'] } });
    await call('registers.setCaseLinks', { caseType: 'request', caseId: refused.id, activityIds: [activity.id], processorIds: [] });
    const linked = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: refused.reference, kind: 'fadp-refusal', language: 'it', inputs: ground });
    expect(linked.warnings.find((w) => w.code === 'fadp-withheld-disclosed')?.message.it).toContain('(Acme Collections AG (debt collection))');
  });

  it('the notice of a later date: written once the extension is recorded, with the 30 days, the date named and why (Ordinance Art. 18(2); EN/IT)', async () => {
    const { id, reference } = await fadpRequest(['access']);
    const before = await app.handlers['documents.kinds']({ caseType: 'request', caseId: reference });
    expect(before.map((k) => k.kind)).not.toContain('fadp-later-date');
    const unextended = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-later-date', language: 'en', inputs: {} });
    if (unextended.ok) throw new Error('a later date was announced for an extension the register does not record');
    expect(unextended.error.message).toContain('record the extension first');
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'Your data are kept in six systems and by two processors.', at: '2026-12-02T10:00:00+01:00' } });
    const kinds = await app.handlers['documents.kinds']({ caseType: 'request', caseId: reference });
    expect(kinds.map((k) => k.kind)).toEqual(['fadp-acknowledgement', 'identity-verification', 'fadp-later-date', 'fadp-response', 'fadp-refusal']);
    expect((await preview(reference, 'fadp-later-date', 'en')).missing).toEqual(['fadp.laterDate']);
    const en = await preview(reference, 'fadp-later-date', 'en', { 'fadp.laterDate': '2027-01-08' });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('Your request of 11 November 2026: the date by which we will answer');
    expect(en.text).toContain('We cannot give you the information within the 30 days, which end on 11 December 2026 (Article 25(7) FADP; Article 18(1) of the Data Protection Ordinance, SR 235.11). As Article 18(2) of the Ordinance requires, we tell you so within that period, with the date by which we will give it to you: 8 January 2027.');
    expect(en.text).toContain('Why we need more time Your data are kept in six systems and by two processors.');
    // A refusal, restriction or deferral is told within the same period, not announced for later (Ordinance Art. 18(3); eleventh review, L12).
    expect(en.text).toContain('Should we refuse, restrict or defer the information on a ground of Article 26 FADP, we will tell you so and say why as soon as we know it, and in any case by 8 January 2027 (Article 26(4) FADP; Article 18(3) of the Ordinance).');
    expect(en.text).toContain('(Article 49 FADP)');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'fadp-later-date', 'it', { 'fadp.laterDate': '2027-01-08' });
    expect(it.text).toContain('Non possiamo fornirLe l’informazione entro i 30 giorni, che scadono l’11 dicembre 2026 (art. 25, cpv. 7, LPD; art. 18, cpv. 1, dell’ordinanza sulla protezione dei dati, RS 235.11). Come richiede l’art. 18, cpv. 2, dell’ordinanza, Glielo comunichiamo entro tale termine, indicandoLe la data entro cui Gliela forniremo: l’8 gennaio 2027.');
    expect(it.text).toContain('Perché ci occorre più tempo');
    expect(it.text).toContain('Se dovessimo rifiutare, limitare o differire l’informazione per uno dei motivi dell’art. 26 LPD, Glielo comunicheremo indicandone il motivo non appena ci sarà noto, e comunque entro l’8 gennaio 2027 (art. 26, cpv. 4, LPD; art. 18, cpv. 3, dell’ordinanza).');
    expectNoGdpr(it.text);
    const notLater = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-later-date', language: 'en', inputs: { 'fadp.laterDate': '2026-12-10' } });
    if (notLater.ok) throw new Error('a day within the 30 days was announced as a later date');
    expect(notLater.error.message).toContain('is not after the end of the 30 days');
    expect(renderText('it', notLater.error.detail as Message)).toContain('non è successiva alla scadenza dei 30 giorni');
  });

  it('recorded as sent within the 30 days, the notice binds the date it names in the register; until then the 30 days bind', async () => {
    const { id, reference } = await fadpRequest(['access']);
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'Your data are kept in six systems and by two processors.', at: '2026-12-02T10:00:00+01:00' } });
    const pending = await call<RequestDetail>('requests.get', { id: reference });
    expect(pending.legal.date).toBe('2026-12-11');
    expect(pending.deadlines.extension).toMatchObject({ inEffect: false, noticeSentOn: null });
    const document = await call<DocumentSummary>('documents.finalise', { caseType: 'request', caseId: reference, kind: 'fadp-later-date', language: 'en', date: '2026-12-03', inputs: { 'fadp.laterDate': '2027-01-08' } });
    expect(document.letterDate).toBe('2026-12-03');
    const listed = await call<DocumentSummary[]>('documents.list', { caseId: reference });
    expect(listed.find((d) => d.id === document.id)?.onSent).toEqual({ acknowledges: false, close: null });
    expect((await call<RequestDetail>('requests.get', { id: reference })).legal.date).toBe('2026-12-11');
    await call('documents.sent', { documentId: document.id, sentOn: '2026-12-04', channel: 'email', recipient: 'Luca Meier' });
    const bound = await call<RequestDetail>('requests.get', { id: reference });
    expect(bound.legal.date).toBe('2027-01-08');
    expect(bound.deadlines.extendedDue).toBe('2027-01-08');
    expect(bound.deadlines.extension).toEqual({ inEffect: true, noticeSentOn: '2026-12-04', why: null });
    expect(bound.deadlines.explanationLines.map((l) => renderText('en', l.head))).toContain('Extension in effect: its notice is recorded as sent on Fri 4 Dec 2026, within the first period (by Fri 11 Dec 2026)');
    // The inbox and the audit report read the same bound date.
    const inbox = await call<RequestPage>('requests.list', {});
    expect(inbox.rows.find((r) => r.reference === reference)?.legal.date).toBe('2027-01-08');
    const dir = join(tmp.dir, 'fadp-csv');
    await writeAuditReportCsv(app.session.db(), dir, { range: { from: '2026-11-01', to: '2026-12-31' }, now: NOW, locale: 'C', progress: () => undefined });
    const [header, ...rows] = readFileSync(join(dir, 'requests.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const columns = (header ?? '').split(',');
    const row = rows.find((r) => r.startsWith(reference))?.split(',');
    expect([row?.[columns.indexOf('extended_due')], row?.[columns.indexOf('extension_in_effect')]]).toEqual(['2027-01-08', 'true']);
    // The response then counts as on time until the date named: it no longer apologises for the 30 days.
    const response = await preview(reference, 'fadp-response', 'en', RESPONSE);
    expect(response.text).not.toContain('we apologise for the delay');
  });

  it('dated after the 30 days the notice is refused; dated within them but written after, cautioned; on an answered request refused (EN/IT)', async () => {
    const request = { regime: 'ch-fadp', types: ['access'], receivedAt: '2026-10-20T10:00:00+02:00', channel: 'email', subjectName: 'Anna Keller', subjectEmail: 'anna@example.ch', confirmOldReceipt: true };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'Your data are kept in six systems and by two processors.', at: '2026-11-18T10:00:00+01:00' } });
    const late = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-later-date', language: 'en', date: '2026-12-01', inputs: { 'fadp.laterDate': '2027-01-08' } });
    if (late.ok) throw new Error('a notice dated after the 30 days was written');
    expect(late.error.message).toContain('comes after the 30 days ended (Thu 19 Nov 2026)');
    expect(renderText('it', late.error.detail as Message)).toContain('giunge dopo la scadenza dei 30 giorni');
    const backdated = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'fadp-later-date', language: 'en', date: '2026-11-18', inputs: { 'fadp.laterDate': '2027-01-08' } });
    const caution = backdated.warnings.find((w) => w.code === 'fadp-later-date-over');
    expect(caution?.message.en).toContain('must not be sent now under an earlier date');
    expect(caution?.message.it).toContain('non va inviata ora con una data anteriore');
    const unnotified = await call<RequestDetail>('requests.get', { id: reference });
    expect(unnotified.legal.date).toBe('2026-11-19');
    const why = unnotified.deadlines.extension?.why;
    if (!why) throw new Error('no reason given');
    expect(renderText('en', why)).toContain('Later date not notified within the 30 days');
    const answered = await fadpRequest(['access'], 'fulfilled');
    const closed = await app.dispatch('documents.preview', { caseType: 'request', caseId: answered.reference, kind: 'fadp-later-date', language: 'en', inputs: { 'fadp.laterDate': '2027-01-08' } });
    if (closed.ok) throw new Error('a later date was announced on an answered request');
    expect(closed.error.message).toContain('this letter would promise an answer already given');
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
