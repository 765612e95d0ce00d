import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * Review 7, G2: the PIPEDA letters (S.C. 2000, c. 5), read back from the PDF in EN and IT: the
 * response to an access request (Sch. 1, principle 4.9: use and disclosure, the third parties
 * told, 4.9.3), the notice of extension with the new time limit, the reasons and the right to
 * complain to the Privacy Commissioner (s. 8(4)), and the refusal in writing with the reasons
 * and the recourse (s. 8(7), ss. 11 and 14); never a GDPR article or the Garante.
 */
const NOW = new Date('2026-12-04T15:00:00Z');

describe('PIPEDA letters', () => {
  const { app, call, tmp } = letterVault(NOW, NOVENTIA);

  async function pipedaRequest(): Promise<{ id: string; reference: string }> {
    const request = { regime: 'pipeda', types: ['access'], receivedAt: '2026-11-20T10:00:00-05:00', channel: 'email', subjectName: 'Claire Tremblay', subjectEmail: 'claire@example.ca' };
    const created = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    return created;
  }

  async function preview(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs = {}): Promise<{ missing: string[]; text: string }> {
    const result = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, inputs });
    const text = result.pdfBase64 ? pdfText(Buffer.from(result.pdfBase64, 'base64'), tmp.dir).replace(/\u00a0/g, ' ') : '';
    return { missing: result.missing.map((m) => m.key), text };
  }

  function expectNoGdpr(text: string): void {
    expect(text).not.toMatch(/GDPR|Garante|Article 77|art\. 77|supervisory authority/);
  }

  it('offers the PIPEDA letters, the acknowledgement first, on an access request', async () => {
    const { reference } = await pipedaRequest();
    const kinds = await app.handlers['documents.kinds']({ caseType: 'request', caseId: reference });
    expect(kinds.map((k) => k.kind)).toEqual(['pipeda-acknowledgement', 'identity-verification', 'pipeda-response', 'pipeda-extension', 'pipeda-refusal']);
  });

  it('the response states use and disclosure and names the Privacy Commissioner (EN/IT)', async () => {
    const { reference } = await pipedaRequest();
    expect((await preview(reference, 'pipeda-response', 'en')).missing).toEqual(['pipeda.uses', 'pipeda.disclosures']);
    const inputs = { 'pipeda.uses': ['Providing the AxiLeads service'], 'pipeda.disclosures': ['Amazon Web Services (hosting)'], 'access.enclosures': ['export.json'] };
    const en = await preview(reference, 'pipeda-response', 'en', inputs);
    expect(en.text).toContain('Your request of 20 November 2026: access to your personal information');
    // PIPEDA's term in the opening too, and the correction of principles 4.9.5–4.9.6 (review 8, H8).
    expect(en.text).toContain('concerning access to your personal information, made under');
    expect(en.text).not.toContain('personal data');
    expect(en.text).toContain('tell us: where you show that it is inaccurate or incomplete we will amend it, and otherwise we will record your challenge (principles 4.9.5 and 4.9.6 of Schedule 1 to PIPEDA)');
    expect(en.text).toContain('Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5, “PIPEDA”)');
    expect(en.text).toContain('How we use your personal information Providing the AxiLeads service');
    expect(en.text).toContain('Third parties to which we have disclosed it (principle 4.9.3) Amazon Web Services (hosting)');
    expect(en.text).toContain('you may file a written complaint with the Privacy Commissioner of Canada (https://www.priv.gc.ca) (section 11(1) PIPEDA)');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'pipeda-response', 'it', inputs);
    expect(it.text).toContain('Come previsto dal principio 4.9 dell’allegato (Schedule) 1 al PIPEDA');
    expect(it.text).toContain('può presentare un reclamo scritto al Privacy Commissioner of Canada');
    expect(it.text).toContain('se ne dimostrerà l’inesattezza o l’incompletezza lo correggeremo, altrimenti registreremo la Sua contestazione (PIPEDA, allegato 1, principi 4.9.5 e 4.9.6)');
    expect(it.text).toContain('(sezione 11(1) del PIPEDA)');
    expectNoGdpr(it.text);
  });

  it('the extension notice gives the new time limit, the reasons and the right to complain (s. 8(4)), and needs the extension recorded (EN/IT)', async () => {
    const { id, reference } = await pipedaRequest();
    expect((await preview(reference, 'pipeda-extension', 'en')).missing).toEqual(expect.arrayContaining(['deadlines.extendedDue']));
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'We must consult the processor that holds the call recordings.' } });
    const en = await preview(reference, 'pipeda-extension', 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('as section 8(4) PIPEDA allows, by up to 30 days: we will respond by 19 January 2027.');
    expect(en.text).toContain('Why we extend the time limit We must consult the processor that holds the call recordings.');
    expect(en.text).toContain('You have the right to complain about this extension: you may file a written complaint with the Privacy Commissioner of Canada');
    const it = await preview(reference, 'pipeda-extension', 'it', { 'extension.reasons': 'Dobbiamo consultare il responsabile che conserva le registrazioni.' });
    expect(it.text).toContain('come consente la sezione 8(4) del PIPEDA, prorogiamo il termine di non oltre 30 giorni');
    expect(it.text).toContain('Ha il diritto di contestare questa proroga');
    expectNoGdpr(it.text);
  });

  it('the refusal gives the reasons and the recourse in writing (s. 8(7)); the response is refused on a refused request (EN/IT)', async () => {
    const { id, reference } = await pipedaRequest();
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'The information would reveal another person’s personal information.', at: '2026-12-03T12:00:00-05:00' } });
    const en = await preview(reference, 'pipeda-refusal', 'en');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('As section 8(7) PIPEDA requires, we tell you in writing the reasons for the refusal and the recourse you have.');
    expect(en.text).toContain('Reasons The information would reveal another person’s personal information.');
    // The recourse s. 8(7) asks to be told comes with its time limits (ss. 11(3), 14(2); review 9, J3).
    expect(en.text.replace(/\s+/g, ' ')).toContain('within six months after this decision, or any longer period the Commissioner allows (section 11(3) PIPEDA)');
    expect(en.text).toContain('apply to the Federal Court for a hearing within one year after the report or notice is sent, or any longer period the Court allows (section 14 PIPEDA)');
    expectNoGdpr(en.text);
    const it = await preview(reference, 'pipeda-refusal', 'it');
    expect(it.text).toContain('Come richiede la sezione 8(7) del PIPEDA, Le indichiamo per iscritto i motivi del rifiuto e i mezzi di tutela');
    expect(it.text).toContain('(sezione 14 del PIPEDA)');
    expect(it.text).toContain('(sezione 11(1) del PIPEDA)');
    expect(it.text).not.toMatch(/art\. \d+(?:, comma \d+,)? PIPEDA/);
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'pipeda-response', language: 'en', inputs: {} });
    if (result.ok) throw new Error('the response was written on a refused request');
    expect(result.error.message).toContain('The refusal letter (pipeda-refusal) is the one to send.');
    expect(renderText('it', result.error.detail as Message)).toContain('(pipeda-refusal)');
    // A refusal resting on a s. 9 exception names it before the DPO's explanation (EN/IT).
    const grounded = await preview(reference, 'pipeda-refusal', 'en', { 'pipeda.exception': 'privilege' });
    expect(grounded.text.replace(/\s+/g, ' ')).toContain('Reasons The information is protected by solicitor-client privilege (section 9(3) PIPEDA). The information would reveal another person’s personal information.');
    const groundedIt = await preview(reference, 'pipeda-refusal', 'it', { 'pipeda.exception': 'safety' });
    expect(groundedIt.text.replace(/\s+/g, ' ')).toContain('DarLe accesso potrebbe ragionevolmente mettere in pericolo la vita o la sicurezza di un’altra persona (sezione 9(3) del PIPEDA).');
  });
  it('the response to a request partly fulfilled says what is given, what is withheld, the s. 9 ground, s. 8(7) and the recourse (EN/IT)', async () => {
    const { id, reference } = await pipedaRequest();
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Call notes name another customer.', at: '2026-12-03T12:00:00-05:00' } });
    const base = { 'pipeda.uses': ['Providing the AxiLeads service'], 'pipeda.disclosures': ['Amazon Web Services (hosting)'], 'access.enclosures': ['export.json'] };
    // The ground is asked for: a part withheld with no reason is never written.
    expect((await preview(reference, 'pipeda-response', 'en', { ...base, 'partial.withheld': 'the notes of the call of 3 November' })).missing).toEqual(['pipeda.exception']);
    const inputs = { ...base, 'partial.withheld': 'The notes of the call of 3 November', 'pipeda.exception': 'third-party' };
    const en = await preview(reference, 'pipeda-response', 'en', inputs);
    expect(en.missing).toEqual([]);
    const flat = en.text.replace(/\s+/g, ' ');
    expect(flat).toContain('and we give you access to it, except for the part set out under “What we withhold, and why”.');
    expect(flat).toContain('We enclose: export.json');
    expect(flat).toContain('What we withhold, and why We withhold the notes of the call of 3 November, because giving you access would likely reveal personal information about another individual (section 9(1) PIPEDA).');
    expect(flat).toContain('As section 8(7) PIPEDA requires for a request we refuse in part, we tell you in writing the reasons and the recourse you have.');
    expect(flat).toContain('If you disagree with our decision to withhold this information, you may file a written complaint with the Privacy Commissioner of Canada (https://www.priv.gc.ca) (section 11(1) PIPEDA) within six months after this decision, or any longer period the Commissioner allows (section 11(3) PIPEDA).');
    expect(flat).toContain('apply to the Federal Court for a hearing within one year after the report or notice is sent, or any longer period the Court allows (section 14 PIPEDA)');
    expect(flat).not.toContain('If you are not satisfied with our response');
    expectNoGdpr(flat);
    const it = (await preview(reference, 'pipeda-response', 'it', { ...inputs, 'pipeda.exception': 'commercial' })).text.replace(/\s+/g, ' ');
    expect(it).toContain('salvo la parte indicata sotto «Che cosa non Le comunichiamo e perché»');
    expect(it).toContain('Non Le comunichiamo the notes of the call of 3 November, perché');
    expect(it).toContain('perché darLe accesso rivelerebbe informazioni commerciali riservate (sezione 9(3) del PIPEDA)');
    expect(it).toContain('Come richiede la sezione 8(7) del PIPEDA per una richiesta che non accogliamo per intero');
    expect(it).toContain('(sezione 14 del PIPEDA)');
    expectNoGdpr(it);
  });

  it('the full response keeps its wording on a request met in full (no partial section)', async () => {
    const { id, reference } = await pipedaRequest();
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Answered.', at: '2026-12-03T12:00:00-05:00' } });
    const en = await preview(reference, 'pipeda-response', 'en', { 'pipeda.uses': ['Providing the AxiLeads service'], 'pipeda.disclosures': ['None'] });
    expect(en.missing).toEqual([]);
    expect(en.text).not.toMatch(/withhold|section 9/);
    expect(en.text).toContain('If you are not satisfied with our response');
  });
});
