import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import { loadTemplate } from '../../electron/core/documents/letters/template-files';
import { REQUEST_LETTER_KINDS, type LetterInputs, type LetterLanguage, type LetterPreview, type RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * Review 7, G2: the PIPEDA letters (S.C. 2000, c. 5), read back from the PDF in EN and IT: the
 * response to an access request (Sch. 1, principle 4.9: use and disclosure, the third parties
 * told, 4.9.3), the notice of extension with the new time limit, the reasons and the right to
 * complain to the Privacy Commissioner (s. 8(4)), and the refusal in writing with the reasons
 * and the recourse (s. 8(7), ss. 11 and 14); never a GDPR article or the Garante. The tenth
 * lawyer's review: the Italian cites "art. 8, comma 3, PIPEDA", never "sezione 8(3) del PIPEDA"
 * (K14); the severance of s. 9(3) on the commercial and safety grounds (K13); the correction
 * sentence right after the enclosures in the partial response too (K15), and to an agent company
 * in the plural, the person named (K12).
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
    expect(it.text).toContain('(art. 11, comma 1, PIPEDA)');
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
    expect(it.text).toContain('come consente l’art. 8, comma 4, PIPEDA, prorogiamo il termine di non oltre 30 giorni');
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
    // Italian legal usage: a statute's numbered provision is an article, its subsection a comma (review 10, K14).
    expect(it.text).toContain('Come richiede l’art. 8, comma 7, PIPEDA, Le indichiamo per iscritto i motivi del rifiuto e i mezzi di tutela');
    expect(it.text).toContain('(art. 14 PIPEDA)');
    expect(it.text).toContain('(art. 11, comma 1, PIPEDA)');
    expect(it.text).toContain('(art. 11, comma 3, PIPEDA)');
    expect(it.text).not.toMatch(/sezione|del PIPEDA/);
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'pipeda-response', language: 'en', inputs: {} });
    if (result.ok) throw new Error('the response was written on a refused request');
    expect(result.error.message).toContain('The refusal letter (pipeda-refusal) is the one to send.');
    expect(renderText('it', result.error.detail as Message)).toContain('(pipeda-refusal)');
    // A refusal resting on a s. 9 exception names it before the DPO's explanation (EN/IT).
    const grounded = await preview(reference, 'pipeda-refusal', 'en', { 'pipeda.exception': 'privilege' });
    expect(grounded.text.replace(/\s+/g, ' ')).toContain('Reasons The information is protected by solicitor-client privilege (section 9(3) PIPEDA). The information would reveal another person’s personal information.');
    const groundedIt = await preview(reference, 'pipeda-refusal', 'it', { 'pipeda.exception': 'safety' });
    expect(groundedIt.text.replace(/\s+/g, ' ')).toContain('DarLe accesso potrebbe ragionevolmente mettere in pericolo la vita o la sicurezza di un’altra persona (art. 9, comma 3, PIPEDA). Nessuna parte delle informazioni può essere separata dai documenti che le contengono.');
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
    // The running footer of a page break may fall inside a sentence: read the text without it.
    const flat = en.text.replace(/\s+/g, ' ').replace(/ Noventia Srl · Our reference \S+ Page \d+ of \d+(?: Claire Tremblay · 4 December 2026)?/g, '');
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
    expect(it).toContain('perché darLe accesso rivelerebbe informazioni commerciali riservate (art. 9, comma 3, PIPEDA). Dove tali informazioni potevano essere separate da un documento, le abbiamo separate e Le abbiamo dato accesso al resto del documento (art. 9, comma 3, PIPEDA).');
    expect(it).toContain('Come richiede l’art. 8, comma 7, PIPEDA per una richiesta che non accogliamo per intero');
    expect(it).toContain('(art. 14 PIPEDA)');
    expect(it).not.toMatch(/sezione|del PIPEDA/);
    expectNoGdpr(it);
  });

  it('the severance of s. 9(3) on the commercial and safety grounds: done in a partial response, none possible in a refusal (review 10, K13, EN/IT)', async () => {
    const { id, reference } = await pipedaRequest();
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Pricing notes withheld.', at: '2026-12-03T12:00:00-05:00' } });
    const base = { 'pipeda.uses': ['Providing the AxiLeads service'], 'pipeda.disclosures': ['Amazon Web Services (hosting)'], 'access.enclosures': ['export.json'], 'partial.withheld': 'the pricing notes' };
    const severed = 'Where that information could be severed from a record, we have severed it and given you access to the rest of the record (section 9(3) PIPEDA).';
    for (const ground of ['commercial', 'safety'] as const) {
      const en = (await preview(reference, 'pipeda-response', 'en', { ...base, 'pipeda.exception': ground })).text.replace(/\s+/g, ' ');
      expect(en, ground).toContain(`(section 9(3) PIPEDA). ${severed}`);
      const it_ = (await preview(reference, 'pipeda-response', 'it', { ...base, 'pipeda.exception': ground })).text.replace(/\s+/g, ' ');
      expect(it_, ground).toContain('(art. 9, comma 3, PIPEDA). Dove tali informazioni potevano essere separate da un documento, le abbiamo separate e Le abbiamo dato accesso al resto del documento (art. 9, comma 3, PIPEDA).');
    }
    // Privilege and a dispute process carry no duty to sever: no such sentence.
    expect((await preview(reference, 'pipeda-response', 'en', { ...base, 'pipeda.exception': 'privilege' })).text.replace(/\s+/g, ' ')).not.toContain(severed);
    const refused = await pipedaRequest();
    await call('requests.transition', { id: refused.id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'The file is the pricing model.', at: '2026-12-03T12:00:00-05:00' } });
    const none = 'None of the information can be severed from the records that contain it.';
    const commercial = (await preview(refused.reference, 'pipeda-refusal', 'en', { 'pipeda.exception': 'commercial' })).text.replace(/\s+/g, ' ');
    expect(commercial).toContain(`Giving you access would reveal confidential commercial information (section 9(3) PIPEDA). ${none}`);
    const safetyIt = (await preview(refused.reference, 'pipeda-refusal', 'it', { 'pipeda.exception': 'safety' })).text.replace(/\s+/g, ' ');
    expect(safetyIt).toContain('(art. 9, comma 3, PIPEDA). Nessuna parte delle informazioni può essere separata dai documenti che le contengono.');
    expect((await preview(refused.reference, 'pipeda-refusal', 'en', { 'pipeda.exception': 'privilege' })).text.replace(/\s+/g, ' ')).not.toContain(none);
  });

  it('the correction sentence follows the enclosures in the partial response as in the full one (review 10, K15, EN/IT)', async () => {
    const { id, reference } = await pipedaRequest();
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Call notes name another customer.', at: '2026-12-03T12:00:00-05:00' } });
    const inputs = { 'pipeda.uses': ['Providing the AxiLeads service'], 'pipeda.disclosures': ['Amazon Web Services (hosting)'], 'access.enclosures': ['export.json'], 'partial.withheld': 'the notes of the call', 'pipeda.exception': 'third-party' };
    const en = (await preview(reference, 'pipeda-response', 'en', inputs)).text.replace(/\s+/g, ' ');
    expect(en).toContain('We enclose: export.json If you find that any of it is inaccurate or incomplete, tell us');
    expect(en.match(/If you find that any of it/g)).toHaveLength(1);
    expect(en.slice(en.indexOf('(section 14 PIPEDA)'))).not.toContain('If you find');
    const it_ = (await preview(reference, 'pipeda-response', 'it', inputs)).text.replace(/\s+/g, ' ');
    expect(it_).toContain('Alleghiamo: export.json Se qualche dato risulta inesatto o incompleto, ce lo segnali');
    expect(it_.slice(it_.indexOf('(art. 14 PIPEDA)'))).not.toContain('Se qualche dato');
  });

  it('to an agent company the correction sentence names the person and speaks in the plural; to a person acting for her, in the singular (review 10, K12)', async () => {
    const forAgent = async (requesterName: string) => {
      const request = { regime: 'pipeda', types: ['access'], receivedAt: '2026-11-20T10:00:00-05:00', channel: 'email', subjectName: 'Emma Tremblay', subjectEmail: 'emma@example.ca', requesterRelation: 'authorised-agent', requesterName, requesterEmail: 'agent@example.ca' };
      const created = await call<{ id: string; reference: string }>('requests.create', { request });
      await call('requests.transition', { id: created.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' } } });
      return created.reference;
    };
    const inputs = { 'pipeda.uses': ['Providing the AxiLeads service'], 'pipeda.disclosures': ['None'], 'access.enclosures': ['export.json'] };
    const company = await forAgent('Tutela Privacy Inc.');
    const it_ = (await preview(company, 'pipeda-response', 'it', inputs)).text.replace(/\s+/g, ' ');
    expect(it_).toContain('Se qualche dato di Emma Tremblay risulta inesatto o incompleto, segnalatecelo: se ne dimostrerete l’inesattezza o l’incompletezza lo correggeremo, altrimenti registreremo la contestazione (PIPEDA, allegato 1, principi 4.9.5 e 4.9.6).');
    expect(it_).not.toMatch(/ce lo segnali|dimostrerà|Sua contestazione/);
    const en = (await preview(company, 'pipeda-response', 'en', inputs)).text.replace(/\s+/g, ' ');
    expect(en).toContain('If you find that any of Emma Tremblay’s personal information is inaccurate or incomplete, tell us: where you show that it is inaccurate or incomplete we will amend it, and otherwise we will record the challenge (principles 4.9.5 and 4.9.6 of Schedule 1 to PIPEDA).');
    const person = await forAgent('Marc Gagnon');
    const singular = (await preview(person, 'pipeda-response', 'it', inputs)).text.replace(/\s+/g, ' ');
    expect(singular).toContain('Se qualche dato di Emma Tremblay risulta inesatto o incompleto, ce lo segnali: se ne dimostrerà l’inesattezza');
  });

  it('no Italian letter cites a PIPEDA provision as a "sezione" (review 10, K14)', () => {
    for (const kind of REQUEST_LETTER_KINDS) {
      const template = loadTemplate('request', kind);
      const texts = [template.it.subject, ...template.it.blocks.map((block) => ('text' in block ? block.text : ''))];
      for (const sentence of texts.flatMap((text) => text.split(/(?<=\.) /))) {
        if (sentence.includes('PIPEDA')) expect(sentence, kind).not.toMatch(/\bsezion[ei]\b|\bdel PIPEDA\b/);
      }
    }
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
