import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { NewRequest, Transition } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';
import { nestedBrackets } from '../../electron/core/documents/letters/brackets';

/**
 * Every request letter in both languages, generated over a real vault and read back with
 * pdftotext: the facts each must carry (names, dates, deadlines, reference, DPO contact,
 * legal citations). Set LETTERS_OUT=/tmp/letters to keep the PDFs for looking at.
 */
const NOW = new Date('2026-04-10T08:00:00Z');
const OUT = process.env.LETTERS_OUT;
const ORGANISATION = { ...NOVENTIA, 'ccpa.sellsOrShares': 'no' as const, 'organisation.dpoPhone': '+39 02 1234 5678', 'commitments.responseDays': 30, 'commitments.complexResponseDays': 60, 'commitments.acknowledgeDays': 2 };


const base: NewRequest = {
  regime: 'gdpr',
  types: ['access'],
  receivedAt: '2026-03-31T10:00:00+02:00',
  channel: 'email',
  subjectName: 'Zofia Łódź-Ørsted',
  subjectEmail: 'zofia@example.pl',
  subjectAddress: 'ul. Piotrkowska 104\n90-001 Łódź\nPolska',
};

const ACCESS_INPUTS: LetterInputs = {
  'access.purposes': ['Providing the AxiLeads service under your contract', 'Invoicing and accounting'],
  'access.categories': ['Identity and contact data', 'Usage logs'],
  'access.recipients': ['Amazon Web Services EMEA SARL (hosting)', 'Stripe Payments Europe Ltd (payments)'],
  'access.transfers': 'Stripe may process data in the United States under the EU–US Data Privacy Framework.',
  'access.retention': 'Contract data: the contract plus 3 years; invoices: 7 years.',
  'access.source': 'You gave us the data when you signed up.',
  'access.automatedDecisions': 'We take no decisions based solely on automated processing.',
  'access.enclosures': ['zofia-export.json (account data)', 'zofia-logs.csv (usage logs)'],
};

const CCPA_KNOW_INPUTS: LetterInputs = {
  'ccpa.details': 'Categories collected: identifiers, internet activity.',
  'ccpa.knowScope': 'categories',
  'ccpa.categoriesCollected': 'Identifiers; internet activity',
  'ccpa.sources': 'Online sign-up form',
  'ccpa.purposes': 'Providing the service',
  'ccpa.thirdParties': 'Hosting providers',
  'ccpa.soldShared': 'None',
  'ccpa.disclosedBusiness': 'Identifiers, to hosting providers',
};

/** `absent`: statements the letter must not make (a wrong legal basis, say). */
type Case = { kind: RequestLetterKind; request: Partial<NewRequest>; moves: Transition[]; inputs?: LetterInputs; inLanguage?: Record<LetterLanguage, LetterInputs>; expect: Record<LetterLanguage, string[]>; absent?: Record<LetterLanguage, string[]> };

const verified: Transition = { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } };
const responded: Transition = { to: 'responded', outcome: 'fulfilled', reason: 'Done', at: '2026-04-09T12:00:00+02:00' };
const common = { en: ['Zofia Łódź-Ørsted', 'Chiara Esposito', 'dpo@noventia.example', 'Noventia Srl', 'Page 1 of'], it: ['Zofia Łódź-Ørsted', 'Chiara Esposito', 'dpo@noventia.example', 'Noventia Srl', 'Pagina 1 di'] };
/** A 2-undecies refusal of an access request: the prejudice to the right refused and how long the restriction lasts (Codice art. 2-undecies, commi 1 and 3; review D12). */
const UNDECIES_ACCESS: Record<LetterLanguage, LetterInputs> = {
  en: { 'refusal.prejudice': ['access to your personal data: the copy would disclose our defence strategy to the other party.'], 'refusal.limitationUntil': 'until the proceedings end' },
  it: { 'refusal.prejudice': ['accesso ai Suoi dati personali: la copia rivelerebbe alla controparte la nostra strategia difensiva.'], 'refusal.limitationUntil': 'fino alla conclusione del giudizio' },
};
/** The date of receipt as each language writes it (CCPA cases arrive on 1 April in California). */
const received = (regime: string) => (regime === 'ccpa' ? { en: '1 April 2026', it: '1º aprile 2026' } : { en: '31 March 2026', it: '31 marzo 2026' });
// CCPA cases: 45 days after 1 April 2026 is Saturday 16 May; Cal. Code Civ. Proc. §12a moves the last day to Monday 18 May.

const CASES: Case[] = [
  { kind: 'acknowledgement', request: {}, moves: [], expect: { en: ['30 April 2026', 'Article 12(3) of Regulation (EU) 2016/679 (“GDPR”)', 'Article 12(6) GDPR', 'access to your personal data'], it: ['30 aprile 2026', 'art. 12, par. 3, del Regolamento (UE) 2016/679 («GDPR»)', 'accesso ai Suoi dati personali'] } },
  { kind: 'acknowledgement', request: { regime: 'ccpa', types: ['know'], receivedAt: '2026-04-01T10:00:00-07:00' }, moves: [], expect: { en: ['section 7021(a)', '18 May 2026', '45 calendar days'], it: ['sezione 7021(a)', '18 maggio 2026'] } },
  { kind: 'identity-verification', request: {}, moves: [{ to: 'awaiting-identity', method: 'id-document', reason: 'Your e-mail address is not the one on your account.' }], expect: { en: ['identity document', 'not the one on your account', 'Because we have reasonable doubts about your identity (see below), before we act on it we ask you to confirm it', 'delete it as soon as the check is done (Article 5(1)(c) and (e) of Regulation (EU) 2016/679, the “GDPR”)', 'Article 12(6) GDPR', 'continues to run'], it: ['documento di identità', 'Poiché abbiamo ragionevoli dubbi sulla Sua identità (v. sotto), prima di dare seguito alla richiesta Le chiediamo di confermarla', 'la cancelleremo non appena conclusa la verifica (art. 5, par. 1, lett. c) ed e), del Regolamento (UE) 2016/679, il «GDPR»)', 'art. 12, par. 6, GDPR', 'continua a decorrere', 'Perché Glielo chiediamo'] }, absent: { en: ['be sure', 'certain'], it: ['Prima di darvi seguito', 'glielo', 'certi', 'certezza'] } },
  { kind: 'identity-verification', request: { regime: 'uk-gdpr', receivedAt: '2026-03-31T10:00:00+01:00' }, moves: [{ to: 'awaiting-identity', method: 'id-document', reason: 'Need ID' }], expect: { en: ['Article 12A UK GDPR', 'does not run'], it: ['art. 12A UK GDPR', 'non decorre'] } },
  { kind: 'identity-verification', request: { regime: 'ccpa', types: ['delete'], receivedAt: '2026-04-01T10:00:00-07:00' }, moves: [{ to: 'awaiting-identity', method: 'id-document', reason: 'Need ID' }], expect: { en: ['section 7021(b)', 'does not stop', '18 May 2026', 'the CCPA regulations require us to verify that it comes from you', 'delete it as soon as the check is done'], it: ['sezione 7021(b)', 'non si sospende', 'il regolamento attuativo del CCPA ci impone di verificare', 'la cancelleremo non appena conclusa la verifica'] }, absent: { en: ['reasonable doubts'], it: ['ragionevoli dubbi sulla Sua identità (v. sotto)'] } },
  { kind: 'extension-notice', request: {}, moves: [verified, { to: 'extended', reason: 'Your data is spread over six systems and two processors.' }], expect: { en: ['six systems', '30 June 2026', '30 April 2026', 'Article 12(3) of Regulation (EU) 2016/679 (“GDPR”)'], it: ['six systems', '30 giugno 2026', 'art. 12, par. 3, del Regolamento (UE) 2016/679 («GDPR»)'] }, inputs: undefined },
  { kind: 'access-response', request: {}, moves: [verified, responded], inputs: ACCESS_INPUTS, expect: { en: ['Article 15', 'Article 15(1)(h)', 'Article 15(2)', 'Invoicing and accounting', 'Data Privacy Framework', 'Garante per la protezione dei dati personali', 'Article 77 GDPR', 'zofia-export.json', 'outside the European Economic Area'], it: ['art. 15, par. 1, lett. h', 'art. 15, par. 2', 'art. 77 GDPR', 'fuori dallo Spazio economico europeo'] } },
  { kind: 'erasure-confirmation', request: { types: ['erasure'] }, moves: [verified, responded], inputs: { 'action.recipientsNotified': 'Mailchimp' }, expect: { en: ['Article 17 of Regulation (EU) 2016/679 (“GDPR”)', '9 April 2026', 'Article 19 GDPR', 'Mailchimp'], it: ['art. 17 del Regolamento (UE) 2016/679 («GDPR»)', '9 aprile 2026', 'art. 19 GDPR'] } },
  { kind: 'rectification-confirmation', request: { types: ['rectification'] }, moves: [verified, responded], expect: { en: ['Article 16 of Regulation (EU) 2016/679 (“GDPR”)', '9 April 2026'], it: ['art. 16 del Regolamento (UE) 2016/679 («GDPR»)', '9 aprile 2026'] } },
  { kind: 'restriction-confirmation', request: { types: ['restriction'] }, moves: [verified, responded], expect: { en: ['Article 18 of Regulation (EU) 2016/679 (“GDPR”)', 'Article 18(3)'], it: ['art. 18 del Regolamento (UE) 2016/679 («GDPR»)', 'art. 18, par. 3'] } },
  { kind: 'objection-confirmation', request: { types: ['objection'] }, moves: [verified, responded], expect: { en: ['Article 21 of Regulation (EU) 2016/679 (“GDPR”)', '9 April 2026'], it: ['art. 21 del Regolamento (UE) 2016/679 («GDPR»)'] } },
  { kind: 'opt-out-confirmation', request: { types: ['marketing-opt-out'] }, moves: [verified, responded], expect: { en: ['Article 21(2) and (3) of Regulation (EU) 2016/679 (“GDPR”)', 'direct marketing'], it: ['art. 21, parr. 2 e 3, del Regolamento (UE) 2016/679 («GDPR»)', 'marketing diretto'] } },
  { kind: 'opt-out-confirmation', request: { regime: 'ccpa', types: ['opt-out'], receivedAt: '2026-04-01T10:00:00-07:00' }, moves: [{ ...responded, at: '2026-04-09T12:00:00-07:00' }], expect: { en: ['§ 1798.120', 'section 7026', '§ 1798.125'], it: ['§ 1798.120', '§ 1798.125'] } },
  { kind: 'refusal', request: {}, moves: [verified, { to: 'responded', outcome: 'refused', refusalGround: 'manifestly-excessive', reason: 'This is your fifth identical request this year.' }], expect: { en: ['Article 12(5) GDPR', 'Article 12(4) of Regulation (EU) 2016/679 (“GDPR”)', 'Article 77 GDPR', 'Article 79 GDPR', 'fifth identical request', 'Piazza Venezia 11'], it: ['art. 12, par. 5, GDPR', 'art. 12, par. 4, del Regolamento (UE) 2016/679 («GDPR»)', 'art. 79 GDPR'] } },
  { kind: 'access-partial', request: {}, moves: [verified, { to: 'responded', outcome: 'partially-fulfilled', reason: 'Part withheld', at: '2026-04-09T12:00:00+02:00' }], inputs: { ...ACCESS_INPUTS, 'access.withheld': ['E-mails in which other customers are named'], 'access.withheldReasons': 'They would disclose the personal data of other people.' }, expect: { en: ['Article 15(4)', 'other customers are named', 'Article 77 GDPR', 'Article 79 GDPR', 'in particular in the Member State of your habitual residence, place of work or place of the alleged infringement', 'in Italy, the Garante'], it: ['art. 15, par. 4', 'art. 79 GDPR', 'in particolare nello Stato membro in cui risiede abitualmente', 'in Italia, il Garante', 'Abbiamo escluso soltanto quanto necessario a tal fine e Le abbiamo fornito tutto il resto'] }, absent: { en: ['or what the law allows us to withhold'], it: ['o quanto la legge ci consente di non comunicare'] } },
  { kind: 'no-data-held', request: { types: ['erasure'] }, moves: [verified, { to: 'responded', outcome: 'no-data-held', reason: 'Nothing found' }], inputs: { 'nodata.searched': ['CRM', 'Billing'] }, expect: { en: ['we hold no personal data about you, apart from what your request and our correspondence with you contain, which we keep only to document our answer', 'not a refusal', 'Billing', 'Article 77', 'Article 79'], it: ['Dalla ricerca risulta che non trattiamo dati personali che La riguardano, a parte quelli contenuti nella Sua richiesta e nella nostra corrispondenza, che conserviamo al solo fine di documentare il riscontro', 'non è un rifiuto', 'ai sensi del Regolamento (UE) 2016/679 («GDPR»)', 'art. 79'] }, absent: { en: ['(“GDPR”))'], it: ['La riguardano e non trattiamo', 'a Lei riferibile', '(«GDPR»))'] } },
  // A restriction under Italian law: the 2-undecies letter the DPO chose, and the route through the Garante (comma 3).
  { kind: 'refusal', request: {}, moves: [verified, { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'The data is needed to defend a pending legal claim.' }], inputs: { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'e' }, inLanguage: UNDECIES_ACCESS, expect: { en: ['access to your personal data: the copy would disclose our defence strategy', 'The limitation applies only for as long as, and to the extent that, it is a necessary and proportionate measure (Article 2-undecies(3) of the Code): until the proceedings end.', 'The limitation in Article 2-undecies(1), letter (e), of the Italian Personal Data Protection Code', 'adopted under Article 23 GDPR, applies to your request', 'Article 2-undecies(3)', 'through the Garante per la protezione dei dati personali (Piazza Venezia 11, 00187 Roma, https://www.garanteprivacy.it)', 'Article 160', 'Article 79 GDPR', 'your right to complain and to seek a judicial remedy; we also tell you how you may exercise your rights through the Garante (Article 2-undecies(3) of the Italian Personal Data Protection Code)', 'Your right to complain and to a judicial remedy, and exercising your rights through the Garante', 'Article 77 GDPR', 'you may also exercise your rights through the Garante', 'a further route, beside your complaint and your judicial remedy'], it: ['si applica la limitazione prevista dall’art. 2-undecies, comma 1, lett. e), del Codice in materia di protezione dei dati personali', 'disposizione adottata ai sensi dell’art. 23 GDPR', 'comma 3, del Codice', 'tramite il Garante', 'art. 79 GDPR', 'possa derivare un pregiudizio effettivo e concreto', 'accesso ai Suoi dati personali: la copia rivelerebbe', 'necessaria e proporzionata (art. 2-undecies, comma 3, del Codice): fino alla conclusione del giudizio.', 'la possibilità di proporre reclamo e ricorso giurisdizionale; Le indichiamo inoltre come può esercitare i Suoi diritti tramite il Garante (art. 2-undecies, comma 3, del Codice', 'Diritto di proporre reclamo e ricorso giurisdizionale; esercizio dei diritti tramite il Garante', 'Ha il diritto di proporre reclamo a un’autorità di controllo', 'art. 77 GDPR', 'può inoltre esercitare i Suoi diritti tramite il Garante'] }, absent: { en: ['the law of the Member State that applies it', 'The exemption in Article 23', 'we set out below the reasons, how you may'], it: ['un’eccezione prevista dalla legge:', 'la legge dello Stato membro che lo attua', 'Le indichiamo di seguito i motivi, la possibilità di esercitare'] } },
  // An Art. 17(3)(b) refusal (invoices kept under the Civil Code) is no 2-undecies restriction: no Code, no Garante route.
  { kind: 'refusal', request: { types: ['erasure'] }, moves: [verified, { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'Invoices must be kept for ten years (art. 2220 of the Civil Code).' }], inputs: { 'refusal.exemptionProvision': 'art-17-3-b', 'refusal.exemptionExtent': 'all' }, expect: { en: ['The exception in Article 17(3)(b) GDPR applies to your request', 'art. 2220', 'Article 77 GDPR', 'Article 79 GDPR', 'for compliance with a legal obligation that requires the processing under Union or Member State law to which we are subject'], it: ['Alla Sua richiesta si applica l’eccezione prevista dall’art. 17, par. 3, lett. b), GDPR', 'art. 79 GDPR', 'per adempiere un obbligo giuridico che richieda il trattamento previsto dal diritto dell’Unione o dello Stato membro cui siamo soggetti'] }, absent: { en: ['2-undecies', 'Article 160', 'Article 23', 'subject by law'], it: ['2-undecies', 'art. 160', 'art. 23', 'un’eccezione prevista dalla legge:', 'obbligo di legge'] } },
  // The same exception under the UK GDPR: "domestic law" (Art. 17(3)(b) UK GDPR; review 7, G11).
  { kind: 'refusal', request: { regime: 'uk-gdpr', types: ['erasure'], receivedAt: '2026-03-31T10:00:00+01:00' }, moves: [verified, { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'We must keep your invoices for six years under the Taxes Management Act 1970.' }], inputs: { 'refusal.exemptionProvision': 'art-17-3-b', 'refusal.exemptionExtent': 'all' }, expect: { en: ['The exception in Article 17(3)(b) UK GDPR applies to your request', 'for compliance with a legal obligation that requires the processing under domestic law to which we are subject'], it: ['art. 17, par. 3, lett. b), UK GDPR', 'per adempiere un obbligo giuridico che richieda il trattamento previsto dal diritto interno cui siamo soggetti'] }, absent: { en: ['Union or Member State law', 'subject by law'], it: ['diritto dell’Unione', 'obbligo di legge'] } },
  // Letter c) (parliamentary inquiries) is governed by comma 2: the Code applies, the route through the Garante does not.
  { kind: 'refusal', request: {}, moves: [verified, { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'A parliamentary commission of inquiry holds the file.' }], inputs: { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'c' }, inLanguage: UNDECIES_ACCESS, expect: { en: ['Article 2-undecies(1), letter (c)', 'Article 2-undecies(2)', 'rules establishing the Commission of Inquiry', 'how your rights may be exercised (Article 2-undecies(2)', 'Your right to complain and to a judicial remedy, and exercising your rights', 'Article 77 GDPR'], it: ['art. 2-undecies, comma 1, lett. c), del Codice', 'art. 2-undecies, comma 2, del Codice', 'dai regolamenti parlamentari ovvero dalla legge o dalle norme istitutive della Commissione d’inchiesta', 'Diritto di proporre reclamo e ricorso giurisdizionale; esercizio dei diritti', 'art. 77 GDPR'] }, absent: { en: ['2-undecies(3)', 'Article 160'], it: ['comma 3', 'art. 160'] } },
  // Dated in April 2026, before section 164A DPA 2018 came into force (19 June 2026): not offered (review 8, H6; complaint-phrase.test.ts has the day itself).
  { kind: 'refusal', request: { regime: 'uk-gdpr', receivedAt: '2026-03-31T10:00:00+01:00' }, moves: [verified, { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'Legal professional privilege applies.' }], inputs: { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-19' }, expect: { en: ['Information Commissioner’s Office', 'The exemption in paragraph 19 of Schedule 2 to the Data Protection Act 2018 (made under Article 23 UK GDPR) applies to your request: the right of access', 'Article 79 UK GDPR', 'with the supervisory authority (Article 77 UK GDPR)'], it: ['Information Commissioner’s Office', 'dal paragrafo 19 dell’allegato (Schedule) 2 al Data Protection Act 2018 (disposizione adottata ai sensi dell’art. 23 UK GDPR)', 'art. 79 UK GDPR', 'all’autorità di controllo (art. 77 UK GDPR)'] }, absent: { en: ['2-undecies', 'Schedules 2 to 4', 'The exemption in Article 23', 'section 164A'], it: ['2-undecies', 'allegati (Schedules) da 2 a 4', 'La limitazione si fonda', 'sezione 164A'] } },
  { kind: 'ccpa-response', request: { regime: 'ccpa', types: ['know', 'delete'], receivedAt: '2026-04-01T10:00:00-07:00' }, moves: [verified, { ...responded, at: '2026-04-09T12:00:00-07:00' }], inputs: CCPA_KNOW_INPUTS, expect: { en: ['California Consumer Privacy Act', '§§ 1798.100, 1798.110 and 1798.115', '§ 1798.105', 'identifiers, internet activity', '§ 1798.125', 'section 7024(k)', 'Categories of sources', 'Online sign-up form', 'section 7022(e)', 'record of your request'], it: ['California Consumer Privacy Act', '§ 1798.105', 'sezione 7024(k)', 'Categorie di fonti', 'sezione 7022(e)'] }, absent: { en: ['in the enclosures', 'Enclosures'], it: ['negli allegati', 'Allegati'] } },
  { kind: 'ccpa-denial', request: { regime: 'ccpa', types: ['delete'], receivedAt: '2026-04-01T10:00:00-07:00' }, moves: [{ to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'The details you gave do not match our records.' }], expect: { en: ['7022(d) and 7060 to 7062', 'You may make your request again', 'do not match our records', 'California Privacy Protection Agency', 'https://cppa.ca.gov'], it: ['7022(d) e 7060–7062', 'Può ripresentare la richiesta', 'California Privacy Protection Agency'] } },
];

describe('request letters, every kind in English and Italian', () => {
  const { app, tmp, call } = letterVault(NOW, ORGANISATION);
  beforeAll(() => {
    if (OUT) mkdirSync(OUT, { recursive: true });
  });

  const create = (request: NewRequest) => call<{ id: string; reference: string }>('requests.create', { request });

  for (const c of CASES) {
    const regime = c.request.regime ?? 'gdpr';
    it(`${c.kind} (${regime}, ${(c.request.types ?? ['access']).join('+')}) prints its facts in both languages`, async () => {
      const { id, reference } = await create({ ...base, ...c.request });
      for (const transition of c.moves) await call('requests.transition', { id, transition });
      const kinds = await app.handlers['documents.kinds']({ caseType: 'request', caseId: id });
      expect(kinds.map((k) => k.kind)).toContain(c.kind);
      for (const language of ['en', 'it'] as const) {
        const result = await app.dispatch('documents.preview', { caseId: reference, kind: c.kind, language, inputs: { ...c.inputs, ...c.inLanguage?.[language] } });
        if (!result.ok) throw new Error(result.error.message);
        const preview = result.value as LetterPreview;
        expect(preview.missing).toEqual([]);
        // No bracket inside another in what any variant of a letter says (C21; the identity letter's "lett. c) ed e)", review 4).
        const said = preview.body.blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? b.rows.flatMap((r) => [r.label, r.value]) : [b.text]));
        expect(said.flatMap(nestedBrackets), `${c.kind}/${language}`).toEqual([]);
        const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
        expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
        if (OUT) writeFileSync(join(OUT, `${c.kind}.${regime}.${language}.pdf`), pdf);
        const text = pdfText(pdf, tmp.dir);
        for (const fact of [...common[language], received(regime)[language], reference, ...c.expect[language]]) expect(text, `${c.kind}/${language}`).toContain(fact);
        expect(text).not.toMatch(/undefined|null|NaN|⟦|\{\{/);
        for (const wrong of c.absent?.[language] ?? []) expect(text, `${c.kind}/${language}`).not.toContain(wrong);
      }
    });
  }

  it('offers only the kinds that fit the case', async () => {
    const optOut = await create({ ...base, regime: 'ccpa', types: ['opt-out'], receivedAt: '2026-04-01T10:00:00-07:00' });
    const ccpa = (await app.handlers['documents.kinds']({ caseType: 'request', caseId: optOut.id })).map((k) => k.kind);
    expect(ccpa).toEqual(['acknowledgement', 'opt-out-confirmation']);
    const access = await create(base);
    const kinds = await app.handlers['documents.kinds']({ caseType: 'request', caseId: access.reference });
    expect(kinds.map((k) => k.kind)).toEqual(['acknowledgement', 'identity-verification', 'extension-notice', 'access-response', 'access-partial', 'no-data-held', 'refusal']);
    expect(kinds[0]?.title).toEqual({ en: `Acknowledgement of request ${access.reference}`, it: `Conferma di ricezione della richiesta ${access.reference}` });
    const response = kinds.find((k) => k.kind === 'access-response');
    expect(response?.inputs.map((i) => i.key)).toContain('access.purposes');
    expect(response?.required.map((r) => r.key)).toEqual(expect.arrayContaining(['access.retention', 'authority.name']));
    const wrong = await app.dispatch('documents.preview', { caseId: access.id, kind: 'ccpa-denial', language: 'en' });
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'VALIDATION', message: 'The ccpa-denial letter does not fit a GDPR request (access). The letters that fit it: acknowledgement, identity-verification, extension-notice, access-response, access-partial, no-data-held, refusal' });
  });
});

describe('an authority address kept on two lines in Settings', () => {
  const { app, tmp, call } = letterVault(NOW, { ...ORGANISATION, 'organisation.authorityAddress': 'Piazza Venezia 11\n00187 Roma' });
  it('prints inside the sentence with its lines joined by a comma, never broken mid-sentence', async () => {
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: base });
    await call('requests.transition', { id, transition: verified });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'manifestly-excessive', reason: 'Fifth identical request this year.' } });
    const result = await app.dispatch('documents.preview', { caseId: reference, kind: 'refusal', language: 'it' });
    if (!result.ok) throw new Error(result.error.message);
    const preview = result.value as LetterPreview;
    const paragraph = preview.body.blocks.find((b) => b.type === 'paragraph' && b.text.includes('art. 77'));
    expect(paragraph && 'text' in paragraph ? paragraph.text : '').toContain('Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma (https://www.garanteprivacy.it)');
    expect(pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir)).toContain('Piazza Venezia 11, 00187 Roma');
  });
});
