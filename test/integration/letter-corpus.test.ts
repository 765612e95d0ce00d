import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind, LetterInputs, LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { NewBreach } from '../../electron/shared/breaches';
import type { NewRequest, Transition } from '../../electron/shared/requests';
import { closingCompanyProblems, continuationProblems, layoutProblems, pagesText, renderedPages, shortBlockProblems, splitProblems } from '../support/pdf-layout';
import { pdfaProblems } from '../support/pdfa-check';
import { nestedBrackets } from '../../electron/core/documents/letters/brackets';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * The document corpus: every letter and notice kind, in English and Italian, for people
 * of either gender and of unknown gender, with dates on the 1st, the 8th and the 11th of
 * the month (the Italian articles elide before "otto" and "undici", the 1st is "1º"), read
 * back from the rendered pages for the statements each must hold and the layout rules
 * (margins, "Page n of N", no heading at the foot of a page, the closing with its
 * signature, no web address broken after its scheme, no double full stop) and the
 * structural PDF/A-2b check (test/support/pdfa-check.ts). Set
 * CORPUS_OUT=/tmp/corpus to keep the PDFs.
 */
const OUT = process.env.CORPUS_OUT;

const ORGANISATION = {
  'organisation.name': 'Noventia Srl',
  'organisation.address': 'Via Privata Bernardo Rucellai 12, 20126 Milano MI, Italia',
  'organisation.country': 'IT',
  'organisation.timeZone': 'Europe/Rome',
  'organisation.dpoName': 'Chiara Esposito',
  'organisation.dpoEmail': 'dpo@noventia.example',
  'organisation.dpoPhone': '+39 02 1234 5678',
  'organisation.authorityName': 'Garante per la protezione dei dati personali',
  'organisation.authorityAddress': 'Piazza Venezia 11, 00187 Roma',
  'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
  'organisation.privacyPolicyUrl': 'https://www.axileads.example/privacy-policy-and-cookie-policy-for-customers-and-prospects',
  'organisation.vatNumber': 'IT01234567890',
  'organisation.pec': 'noventia@pec.example.it',
  'organisation.email': 'privacy@noventia.example',
  'organisation.phone': '+39 02 8765 4321',
  'ccpa.sellsOrShares': 'yes',
  'ccpa.optOutNoticeUrl': 'https://www.axileads.example/do-not-sell-or-share-my-personal-information',
} as const;

/** A woman, a man and a name that tells nothing: the letters print the same neutral text for each. */
const PEOPLE = [
  { who: 'a woman, received on the 8th', name: 'Giulia Bianchi', receivedAt: '2026-04-08T10:00:00+02:00', clock: '2026-04-10T08:00:00Z', day: { en: '8 April 2026', it: 'dell’8 aprile 2026' } },
  { who: 'a man, received on the 11th', name: 'Marco Rossi', receivedAt: '2026-05-11T10:00:00+02:00', clock: '2026-05-13T08:00:00Z', day: { en: '11 May 2026', it: 'dell’11 maggio 2026' } },
  { who: 'gender unknown, received on the 1st', name: 'Alex Morgan', receivedAt: '2026-06-01T10:00:00+02:00', clock: '2026-06-03T08:00:00Z', day: { en: '1 June 2026', it: 'del 1º giugno 2026' } },
] as const;

const ACCESS: LetterInputs = {
  'access.purposes': ['Providing the AxiLeads service under your contract', 'Invoicing and accounting'],
  'access.categories': ['Identity and contact data', 'Usage logs'],
  'access.recipients': ['Amazon Web Services EMEA SARL (hosting)'],
  'access.transfers': 'None: your data stays in the European Economic Area.',
  'access.retention': 'Contract data: the contract plus 3 years; invoices: 7 years.',
  'access.source': 'You gave us the data when you signed up.',
  'access.automatedDecisions': 'We take no decisions based solely on automated processing.',
  'access.enclosures': ['export.json (account data)'],
};
const CCPA_KNOW: LetterInputs = {
  'ccpa.details': 'Categories collected: identifiers, internet activity.',
  'ccpa.knowScope': 'categories',
  'ccpa.categoriesCollected': 'Identifiers; internet activity',
  'ccpa.sources': 'Online sign-up form',
  'ccpa.purposes': 'Providing the service',
  'ccpa.thirdParties': 'Hosting providers',
  'ccpa.soldShared': 'None',
  'ccpa.disclosedBusiness': 'Identifiers, to hosting providers',
};

/** The Art. 77 wording every letter that names the authority for a complaint shares (lawyer's finding B10), and what follows it in Italy. */
const ART_77 = {
  en: ['lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement (Article 77', '; in Italy, the Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma (https://www.garanteprivacy.it)'],
  it: ['proporre reclamo a un’autorità di controllo, in particolare nello Stato membro in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione (art. 77', '; in Italia, il Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma (https://www.garanteprivacy.it)'],
} as const;

/** Fails unless both languages of a document carry the Art. 77 wording. */
function expectArt77(texts: Record<LetterLanguage, string>, what: string): void {
  for (const language of ['en', 'it'] as const) {
    for (const part of ART_77[language]) expect(texts[language].replace(/\u00a0/g, ' '), `${what}/${language}`).toContain(part);
  }
}

/** Words that agree with the reader's gender, which the vault does not record: never in an Italian letter to them. */
const GENDERED = /\b(Egregi[oa]|Gentil(e|issim[oa]) Sig(nor[ae]?|\.r?a?)\b|Sig\.(ra)?|si è oppost[oa]|Lei è stat[oa]|è stat[oa] informat[oa]|Ella)\b/;
/** An Italian article or preposition left whole before a number read with a vowel ("del 8", "il 11"). */
const UNELIDED = /\b(il|del|al|dal|nel|sul) (8|11)\b/i;
/** The first of a month written as a bare "1" in Italian (it is "1º"). */
const BARE_FIRST = /(?<![\d.,])1 (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)/;

describe('the document corpus: every kind, EN and IT, the 1st/8th/11th, any gender', () => {
  const tmp = tempDir();
  let clock = Date.parse('2026-04-10T08:00:00Z');
  const app = appOver(tmp.dir, () => new Date(clock));
  const seen = new Set<string>();

  beforeAll(async () => {
    if (OUT) mkdirSync(OUT, { recursive: true });
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: ORGANISATION });
  });
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  /** Previews a document in both languages and checks its text and its rendered layout; returns the text of each. */
  async function check(caseType: 'request' | 'breach', caseId: string, kind: DocumentKind, inputs: LetterInputs, label: string, inLanguage?: Record<LetterLanguage, LetterInputs>): Promise<Record<LetterLanguage, string>> {
    const texts = { en: '', it: '' };
    for (const language of ['en', 'it'] as const) {
      const preview = await call<LetterPreview>('documents.preview', { caseType, caseId, kind, language, inputs: { ...inputs, ...inLanguage?.[language] } });
      expect(preview.missing, `${label} ${kind}/${language}`).toEqual([]);
      const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
      if (OUT) writeFileSync(join(OUT, `${label.replace(/\W+/g, '-')}.${kind}.${language}.pdf`), pdf);
      expect(pdfaProblems(pdf, tmp.dir), `${label} ${kind}/${language}`).toEqual([]);
      const pages = renderedPages(pdf, tmp.dir);
      const headings = preview.body.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
      // A CCPA letter closes in American usage, "Sincerely," (review 10, K29).
      const closings = language === 'en' ? ['Yours sincerely,', 'Yours faithfully,', 'Sincerely,'] : ['Cordiali saluti,', 'Distinti saluti,'];
      const problems = layoutProblems(pages, {
        pageLabel: (n, count) => (language === 'en' ? `Page ${n} of ${count}` : `Pagina ${n} di ${count}`),
        headings,
        closings,
        signatory: 'Chiara Esposito',
      });
      expect(problems, `${label} ${kind}/${language}`).toEqual([]);
      expect(closingCompanyProblems(pdf, pages, closings), `${label} ${kind}/${language}`).toEqual([]);
      expect(splitProblems(pdf), `${label} ${kind}/${language}`).toEqual([]);
      expect(continuationProblems(pdf, pages, language === 'en' ? 'continued' : 'segue'), `${label} ${kind}/${language}`).toEqual([]);
      expect(shortBlockProblems(pdf), `${label} ${kind}/${language}`).toEqual([]);
      // No bracket inside another in what the letter says (C21), the DPO's inputs included.
      const said = preview.body.blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? b.rows.flatMap((r) => [r.label, r.value]) : [b.text]));
      expect(said.flatMap(nestedBrackets), `${label} ${kind}/${language}`).toEqual([]);
      const text = pagesText(pages);
      expect(text, `${label} ${kind}/${language}`).not.toMatch(/undefined|null|NaN|⟦|\{\{|\s[.,;:]\s/);
      if (language === 'it') {
        expect(text, `${label} ${kind}`).not.toMatch(GENDERED);
        expect(text, `${label} ${kind}`).not.toMatch(UNELIDED);
        expect(text, `${label} ${kind}`).not.toMatch(BARE_FIRST);
      }
      texts[language] = text;
    }
    seen.add(kind);
    return texts;
  }

  for (const person of PEOPLE) {
    let id = '';
    let reference = '';
    const move = (transition: Transition) => call('requests.transition', { id, transition });
    const label = `GDPR letters for ${person.who}`;
    it(`${label}: acknowledgement`, async () => {
      clock = Date.parse(person.clock);
      const request: NewRequest = {
        regime: 'gdpr',
        types: ['access', 'erasure', 'rectification', 'restriction', 'objection'],
        receivedAt: person.receivedAt,
        channel: 'email',
        subjectName: person.name,
        subjectEmail: 'person@example.it',
      };
      ({ id, reference } = await call<{ id: string; reference: string }>('requests.create', { request }));
      const ack = await check('request', reference, 'acknowledgement', {}, person.name);
      expect(ack.en).toContain(person.day.en);
      expect(ack.it).toContain(person.day.it);
    });

    it(`${label}: identity verification`, async () => {
      // The doubt is the address: confirming from the account's address answers it, an identity document would not be proportionate (Arts 5(1)(c), 12(2); review D19).
      await move({ to: 'awaiting-identity', method: 'email-confirmation', reason: 'The e-mail address is not the one on the account.' });
      const identity = await check('request', reference, 'identity-verification', {}, person.name);
      expect(identity.it.replace(/\s+/g, ' ')).toContain('Poiché abbiamo ragionevoli dubbi sulla Sua identità');
      expect(identity.it.replace(/\s+/g, ' ')).toContain('rispondendo dall’indirizzo e-mail collegato al Suo account');
      for (const text of [identity.en, identity.it]) expect(text).not.toMatch(/certi |certezza|be sure|identity document|documento di identità/);
    });

    it(`${label}: extension notice`, async () => {
      await move({ to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } });
      await move({ to: 'extended', reason: 'The data is held in six systems and by two processors.' });
      const extension = await check('request', reference, 'extension-notice', {}, person.name);
      expect(extension.it).toContain(person.day.it);
      // C22: "prorogare di due mesi il termine di un mese", not "il termine di un mese di due ulteriori mesi".
      expect(extension.it).toContain('consente di prorogare di due mesi il termine di un mese');
    });

    it(`${label}: access, in full and in part`, async () => {
      const access = await check('request', reference, 'access-response', ACCESS, person.name);
      expectArt77(access, 'access-response');
      // C23: the heading's citation keeps its own closing bracket instead of sharing "a)" with the parenthesis.
      expect(access.it).toContain('1. Finalità del trattamento – art. 15, par. 1, lett. a)');
      expect(access.it).not.toMatch(/\(art\. 15, par\. 1, lett\. [a-h]\)/);
      expectArt77(await check('request', reference, 'access-partial', { ...ACCESS, 'access.withheld': ['E-mails in which other customers are named'], 'access.withheldReasons': 'They would disclose the personal data of other people.' }, person.name), 'access-partial');
    });

    it(`${label}: portability, in the access response and alone (G1)`, async () => {
      const portability = { 'portability.data': ['Account profile', 'Order history'], 'portability.format': 'CSV' };
      const asked = (types: NewRequest['types']) => call<{ reference: string }>('requests.create', { request: { regime: 'gdpr', types, receivedAt: person.receivedAt, channel: 'email', subjectName: person.name, subjectEmail: 'person@example.it' } });
      const both = await check('request', (await asked(['access', 'portability'])).reference, 'access-response', { ...ACCESS, ...portability }, `${person.name} with portability`);
      expectArt77(both, 'access-response with portability');
      expect(both.en).toContain('a structured, commonly used and machine-readable format (Article 20(1))');
      expect(both.it).toContain('un formato strutturato, di uso comune e leggibile da dispositivo automatico (art. 20, par. 1)');
      const alone = await check('request', (await asked(['portability'])).reference, 'portability-response', { ...portability, 'access.enclosures': ['profile.csv', 'orders.csv'] }, person.name);
      expectArt77(alone, 'portability-response');
      expect(alone.it).toContain('ricorso giurisdizionale effettivo');
    });

    it(`${label}: no data held`, async () => {
      const noData = await check('request', reference, 'no-data-held', { 'nodata.searched': ['CRM', 'Billing'] }, person.name);
      expect(noData.en).toContain('not a refusal');
      expectArt77(noData, 'no-data-held');
    });

    for (const kind of ['erasure-confirmation', 'rectification-confirmation', 'restriction-confirmation', 'objection-confirmation', 'opt-out-confirmation', 'withdrawal-confirmation'] as const) {
      it(`${label}: ${kind}`, async () => {
        // A marketing objection and a withdrawal of consent are their own requests: acted on at once, never on the extended clock of the others (Arts 21(3), 7(3)).
        const immediate = { 'opt-out-confirmation': 'marketing-opt-out', 'withdrawal-confirmation': 'consent-withdrawal' } as const;
        const own = kind === 'opt-out-confirmation' || kind === 'withdrawal-confirmation'
          ? await call<{ reference: string }>('requests.create', { request: { regime: 'gdpr', types: [immediate[kind]], receivedAt: person.receivedAt, channel: 'email', subjectName: person.name, subjectEmail: 'person@example.it' } })
          : null;
        const actionDate = new Date(clock).toISOString().slice(0, 10);
        // Art. 19: the recipients told, and named on request (review D26).
        const toRecipients = kind === 'erasure-confirmation' || kind === 'rectification-confirmation' || kind === 'restriction-confirmation';
        const inputs: LetterInputs = toRecipients ? { 'action.date': actionDate, 'action.recipientsTold': 'notified' } : { 'action.date': actionDate };
        const confirmation = await check('request', own?.reference ?? reference, kind, inputs, person.name);
        if (toRecipients) {
          expect(confirmation.en.replace(/\s+/g, ' ')).toMatch(/to each recipient to whom the data had been disclosed \(Article 19 GDPR\); if you wish, we will tell you who they are\./);
          expect(confirmation.it.replace(/\s+/g, ' ')).toMatch(/ai destinatari cui i dati erano stati trasmessi \(art\. 19 GDPR\); se lo desidera, Le indicheremo chi sono\./);
        }
        expectArt77(confirmation, kind);
        if (kind === 'withdrawal-confirmation') {
          // B28: the processing based on consent stopped on a date; Art. 7(3): the withdrawal does not reach back.
          const flat = { en: confirmation.en.replace(/\s+/g, ' '), it: confirmation.it.replace(/\s+/g, ' ') };
          // E13: the withdrawal and its day said once, in the opening sentence.
          expect(flat.en).toContain('by which you withdrew your consent to the processing of your personal data. We confirm that since');
          expect(flat.en).toContain('for the purposes for which you had given it.');
          expect(flat.en).not.toContain('which you withdrew on');
          expect(flat.en).toContain('As Article 7(3) of Regulation (EU) 2016/679 (“GDPR”) provides, the withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.');
          expect(flat.it).toContain('non trattiamo più i Suoi dati personali per le finalità per le quali lo aveva prestato.');
          expect(flat.it).not.toContain('che ha revocato il');
          expect(flat.it).toContain('Come previsto dall’art. 7, par. 3, del Regolamento (UE) 2016/679 («GDPR»), la revoca non pregiudica la liceità del trattamento basata sul consenso prima della revoca.');
          for (const text of [flat.en, flat.it]) expect(text).not.toMatch(/marketing|Article 21|art\. 21/);
        }
      });
    }

    it(`${label}: refusal on an exemption`, async () => {
      await move({ to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'The data is needed for the defence in pending court proceedings.' });
      // Art. 2-undecies(1): the "pregiudizio effettivo e concreto" for each right refused, and how long the restriction lasts (comma 3; review D12).
      const rights = { en: ['access to your personal data', 'erasure of your personal data', 'rectification of your personal data', 'restriction of processing', 'objection to processing'], it: ['accesso ai Suoi dati personali', 'cancellazione dei Suoi dati personali', 'rettifica dei Suoi dati personali', 'limitazione del trattamento', 'opposizione al trattamento'] };
      const why = { en: 'it would disclose our defence strategy to the other party.', it: 'rivelerebbe alla controparte la nostra strategia difensiva.' };
      const until = { en: 'until the proceedings before the Court of Milan end', it: 'fino alla conclusione del giudizio dinanzi al Tribunale di Milano' };
      const perRight = (language: LetterLanguage) => ({ 'refusal.prejudice': rights[language].map((right) => `${right}: ${why[language]}`), 'refusal.limitationUntil': until[language] });
      const refusal = await check('request', reference, 'refusal', { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'e' }, person.name, { en: perRight('en'), it: perRight('it') });
      expect(refusal.en.replace(/\s+/g, ' ')).toContain('only where exercising the right could cause actual and concrete prejudice to the interest it protects');
      expect(refusal.it.replace(/\s+/g, ' ')).toContain('possa derivare un pregiudizio effettivo e concreto');
      expect(refusal.it.replace(/\s+/g, ' ')).toContain(`per il tempo e nei limiti in cui costituisce una misura necessaria e proporzionata (art. 2-undecies, comma 3, del Codice): ${until.it}.`);
      for (const language of ['en', 'it'] as const) for (const right of rights[language]) expect(refusal[language].replace(/\s+/g, ' ')).toContain(`${right}: ${why[language]}`);
      // Art. 2-undecies restricts the rights of Arts 15-22, never the Art. 77 complaint (Art. 23 GDPR cannot): the route through the Garante (comma 3) is "anche", beside the complaint and Art. 79 (review 7, G3).
      for (const remedy of ['Article 77', 'Article 79', 'Article 2-undecies(1), letter (e)', 'Article 2-undecies(3)']) expect(refusal.en).toContain(remedy);
      for (const remedy of ['art. 77', 'art. 79', 'dall’art. 2-undecies, comma 1, lett. e), del Codice', 'art. 2-undecies, comma 3']) expect(refusal.it).toContain(remedy);
      expect(refusal.it).not.toContain('la legge dello Stato membro che lo attua');
    });
  }

  describe('CCPA letters, received on the 1st', () => {
    const base = { regime: 'ccpa', receivedAt: '2026-06-01T10:00:00-07:00', channel: 'web-form', subjectName: 'Alex Morgan', subjectEmail: 'alex@example.com' } as const;
    let know = { id: '', reference: '' };
    it('acknowledgement', async () => {
      clock = Date.parse('2026-06-03T16:00:00Z');
      know = await call<{ id: string; reference: string }>('requests.create', { request: { ...base, types: ['know', 'delete'] } });
      const ack = await check('request', know.reference, 'acknowledgement', {}, 'ccpa');
      // C30: the courtesy capital of "Glielo", as the identity letter writes it.
      expect(ack.it).toContain('Glielo comunicheremo');
    });
    it('acknowledgement of an opt-out or a limit cites only the section that fits the request (C29)', async () => {
      const cites = async (types: string[]) => {
        const made = await call<{ reference: string }>('requests.create', { request: { ...base, types } });
        return check('request', made.reference, 'acknowledgement', {}, 'ccpa');
      };
      const optOut = await cites(['opt-out']);
      expect(optOut.en).toContain('(section 7026(f) of the CCPA regulations');
      expect(optOut.it).toContain('(sezione 7026(f) del regolamento attuativo del CCPA');
      for (const text of [optOut.en, optOut.it]) expect(text).not.toContain('7027(g)');
      const limit = await cites(['limit']);
      expect(limit.en).toContain('(section 7027(g) of the CCPA regulations');
      expect(limit.it).toContain('(sezione 7027(g) del regolamento attuativo del CCPA');
      for (const text of [limit.en, limit.it]) expect(text).not.toContain('7026(f)');
      const both = await cites(['opt-out', 'limit']);
      expect(both.en).toContain('sections 7026(f) and 7027(g)');
      expect(both.it).toContain('sezioni 7026(f) e 7027(g)');
    });
    it('response to know and delete', async () => {
      await call('requests.transition', { id: know.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
      await check('request', know.reference, 'ccpa-response', CCPA_KNOW, 'ccpa');
    });
    it('denial', async () => {
      // Its own request, refused for want of verification: the answered one would hide what the denial says (review D20).
      const denied = await call<{ id: string; reference: string }>('requests.create', { request: { ...base, types: ['know', 'delete'] } });
      await call('requests.transition', { id: denied.id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'The details you gave do not match our records.' } });
      const denial = await check('request', denied.reference, 'ccpa-denial', {}, 'ccpa');
      for (const text of [denial.en, denial.it]) expect(text).not.toMatch(/7022\(f\)\(2\)|exception does not cover|coperti da/);
    });
    it('opt-out confirmation', async () => {
      const optOut = await call<{ id: string; reference: string }>('requests.create', { request: { ...base, types: ['opt-out'] } });
      await check('request', optOut.reference, 'opt-out-confirmation', { 'action.date': '2026-06-03' }, 'ccpa');
    });
    it('opt-out and limit confirmed after the 15 business days, owning the delay (F17)', async () => {
      clock = Date.parse('2026-06-03T16:00:00Z');
      const late = await call<{ id: string; reference: string }>('requests.create', { request: { ...base, types: ['opt-out', 'limit'] } });
      clock = Date.parse('2026-07-10T16:00:00Z');
      const texts = await check('request', late.reference, 'opt-out-confirmation', { 'action.date': '2026-07-08' }, 'ccpa-late');
      expect(texts.en).toContain('Section 7026(f)');
      expect(texts.it).toContain('Ci scusiamo per il ritardo.');
    });
  });

  describe('LGPD letters, received on the 8th (review 7, G2)', () => {
    const base = { regime: 'lgpd', types: ['confirmation', 'access'], receivedAt: '2026-09-08T10:00:00-03:00', channel: 'email', subjectName: 'Ana Souza', subjectEmail: 'ana@example.com.br' } as const;
    let lgpd = { id: '', reference: '' };
    it('simplified confirmation (Art. 19, I)', async () => {
      clock = Date.parse('2026-09-08T16:00:00Z');
      lgpd = await call<{ id: string; reference: string }>('requests.create', { request: base });
      // The acknowledgement: the two answers of Art. 19 and the day the register computes (G2's remainder).
      const ack = await check('request', lgpd.reference, 'lgpd-acknowledgement', {}, 'lgpd');
      expect(ack.en).toContain('We will send you the complete declaration by 23 September 2026.');
      expect(ack.it).toContain('in data 8 settembre 2026');
      for (const text of [ack.en, ack.it]) expect(text).not.toMatch(/GDPR|Garante|\ba LGPD\b/);
      const texts = await check('request', lgpd.reference, 'lgpd-confirmation', { 'lgpd.summary': ['Identity and contact data', 'Usage logs'] }, 'lgpd');
      expect(texts.en).toContain('By 23 September 2026, within 15 days of your request');
      expect(texts.it).toContain('Sua richiesta dell’8 settembre 2026');
    });
    it('declaration (Art. 19, II)', async () => {
      clock = Date.parse('2026-09-11T16:00:00Z');
      const inputs = { 'lgpd.origin': ACCESS['access.source'] ?? '', 'lgpd.criteria': ACCESS['access.retention'] ?? '', 'lgpd.purposes': ACCESS['access.purposes'] ?? [], 'access.enclosures': ACCESS['access.enclosures'] ?? [] };
      const texts = await check('request', lgpd.reference, 'lgpd-declaration', inputs, 'lgpd');
      for (const text of [texts.en, texts.it]) expect(text).toContain('(Lei Geral de Proteção de Dados Pessoais');
    });
    it('identity verification (Art. 18, § 3, Art. 46; the 15 days of Art. 19, II), to the person and to a representative', async () => {
      clock = Date.parse('2026-09-10T16:00:00Z');
      const asked = await call<{ id: string; reference: string }>('requests.create', { request: base });
      await call('requests.transition', { id: asked.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'The e-mail address is not the one on the account.' } });
      const texts = await check('request', asked.reference, 'identity-verification', {}, 'lgpd-identity', { en: {}, it: { 'identity.reason': 'L’indirizzo e-mail non è quello dell’account.' } });
      expect(texts.en.replace(/\s+/g, ' ')).toContain('(Article 18, § 3, LGPD)');
      expect(texts.it.replace(/\s+/g, ' ')).toContain('entro il 23 settembre 2026');
      const agent = await call<{ id: string; reference: string }>('requests.create', { request: { ...base, requesterRelation: 'legal-representative', requesterName: 'Avv. Carlo Bassi', requesterEmail: 'bassi@studio.example' } });
      await call('requests.transition', { id: agent.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We do not have the authorisation of Ana Souza.' } });
      const byAgent = await check('request', agent.reference, 'identity-verification', {}, 'lgpd-identity-agent', { en: {}, it: { 'identity.reason': 'Non abbiamo la delega di Ana Souza.' } });
      for (const text of [byAgent.en, byAgent.it]) expect(text).not.toMatch(/GDPR|Garante/);
    });
    it('reply when we cannot act at once (Art. 18, § 4)', async () => {
      const texts = await check('request', lgpd.reference, 'lgpd-reply', { 'lgpd.replyGround': 'not-agent', 'lgpd.agent': 'Leads Brasil Ltda, privacidade@leads.example.com.br' }, 'lgpd');
      for (const text of [texts.en, texts.it]) expect(text).not.toMatch(/GDPR|Garante/);
    });
  });

  describe('PIPEDA letters, received on the 11th (review 7, G2)', () => {
    const base = { regime: 'pipeda', types: ['access'], receivedAt: '2026-05-11T10:00:00-04:00', channel: 'email', subjectName: 'Claire Tremblay', subjectEmail: 'claire@example.ca' } as const;
    it('response, extension notice (s. 8(4)) and refusal (s. 8(7))', async () => {
      clock = Date.parse('2026-05-20T14:00:00Z');
      const pipeda = await call<{ id: string; reference: string }>('requests.create', { request: base });
      const ack = await check('request', pipeda.reference, 'pipeda-acknowledgement', {}, 'pipeda');
      expect(ack.en).toContain('(section 8(3)): we will respond by 10 June 2026.');
      expect(ack.it).toContain('Le risponderemo entro il 10 giugno 2026.');
      await call('requests.transition', { id: pipeda.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
      await call('requests.transition', { id: pipeda.id, transition: { to: 'extended', reason: 'We must consult the processor that holds the call recordings.' } });
      const extension = await check('request', pipeda.reference, 'pipeda-extension', {}, 'pipeda');
      expect(extension.it).toContain('Sua richiesta dell’11 maggio 2026');
      const response = await check('request', pipeda.reference, 'pipeda-response', { 'pipeda.uses': ACCESS['access.purposes'] ?? [], 'pipeda.disclosures': ACCESS['access.recipients'] ?? [], 'access.enclosures': ACCESS['access.enclosures'] ?? [] }, 'pipeda');
      for (const text of [response.en, response.it]) expect(text).toContain('https://www.priv.gc.ca');
      const refused = await check('request', pipeda.reference, 'pipeda-refusal', { 'pipeda.exception': 'third-party', 'refusal.explanation': 'The recordings hold the voices of other callers throughout.' }, 'pipeda');
      for (const text of [refused.en, refused.it]) expect(text).not.toMatch(/GDPR|Garante/);
    });
    it('identity verification (Sch. 1, principles 4.9.2, 4.7.1; s. 8(3))', async () => {
      clock = Date.parse('2026-05-20T14:00:00Z');
      const pipeda = await call<{ id: string; reference: string }>('requests.create', { request: base });
      await call('requests.transition', { id: pipeda.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'The e-mail address is not the one on the account.' } });
      const texts = await check('request', pipeda.reference, 'identity-verification', {}, 'pipeda-identity', { en: {}, it: { 'identity.reason': 'L’indirizzo e-mail non è quello dell’account.' } });
      expect(texts.en).toMatch(/Principle\s+4\.9\.2\s+of\s+Schedule\s+1\s+to\s+PIPEDA/);
      expect(texts.it.replace(/\s+/g, ' ')).toContain('Le risponderemo al più tardi entro il 10 giugno 2026');
      for (const text of [texts.en, texts.it]) expect(text).not.toMatch(/GDPR|Garante/);
    });
    it('response to a request partly fulfilled (s. 9, s. 8(7))', async () => {
      const pipeda = await call<{ id: string; reference: string }>('requests.create', { request: base });
      await call('requests.transition', { id: pipeda.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
      await call('requests.transition', { id: pipeda.id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Call notes name another customer.', at: '2026-05-20T10:00:00-04:00' } });
      const inputs = { 'pipeda.uses': ACCESS['access.purposes'] ?? [], 'pipeda.disclosures': ACCESS['access.recipients'] ?? [], 'access.enclosures': ACCESS['access.enclosures'] ?? [], 'partial.withheld': 'The notes of the call of 8 May', 'pipeda.exception': 'third-party' };
      const partial = await check('request', pipeda.reference, 'pipeda-response', inputs, 'pipeda-partial');
      expect(partial.en).toContain('(section 9(1) PIPEDA)');
      expect(partial.it).toContain('(art. 9, comma 1, PIPEDA)');
    });
  });

  describe('FADP letters, received on the 1st (G2)', () => {
    const base = { regime: 'ch-fadp', types: ['access'], receivedAt: '2026-06-01T10:00:00+02:00', channel: 'email', subjectName: 'Luca Meier', subjectEmail: 'luca@example.ch' } as const;
    const response = {
      'fadp.purposes': ACCESS['access.purposes'] ?? [],
      'fadp.retention': ACCESS['access.retention'] ?? '',
      'fadp.source': ACCESS['access.source'] ?? '',
      'fadp.automated': 'We take no automated individual decisions.',
      'fadp.recipients': ACCESS['access.recipients'] ?? [],
      'fadp.abroad': 'Ireland (hosting), a State with adequate protection.',
      'access.enclosures': ACCESS['access.enclosures'] ?? [],
    };
    it('acknowledgement (Art. 25(7), Ordinance Art. 18), notice of a later date (Ordinance Art. 18(2)), response (Art. 25(2)), restriction and refusal (Art. 26(4))', async () => {
      clock = Date.parse('2026-06-03T08:00:00Z');
      const fadp = await call<{ id: string; reference: string }>('requests.create', { request: base });
      const ack = await check('request', fadp.reference, 'fadp-acknowledgement', {}, 'fadp');
      expect(ack.en).toContain('by 1 July 2026');
      expect(ack.it).toContain('entro il 1º luglio 2026');
      await call('requests.transition', { id: fadp.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
      // The notice of a later date (Ordinance Art. 18(2)), once the extension is recorded.
      await call('requests.transition', { id: fadp.id, transition: { to: 'extended', reason: 'Your data are kept in six systems and by two processors.', at: '2026-06-03T09:00:00+02:00' } });
      const later = await check('request', fadp.reference, 'fadp-later-date', { 'fadp.laterDate': '2026-07-31' }, 'fadp');
      expect(later.en).toContain('which end on 1 July 2026');
      expect(later.it).toContain('che scadono il 1º luglio 2026');
      const full = await check('request', fadp.reference, 'fadp-response', response, 'fadp');
      for (const text of [full.en, full.it]) expect(text).toContain('https://www.edoeb.admin.ch');
      const refused = await check('request', fadp.reference, 'fadp-refusal', { 'fadp.ground': 'unjustified-purpose', 'fadp.reasons': 'You asked for the data to build a list of our customers.' }, 'fadp');
      expect(refused.it).toContain('persegue uno scopo contrario alla protezione dei dati (art. 26, cpv. 1, lett. c, LPD)');
      for (const text of [refused.en, refused.it]) expect(text).not.toMatch(/GDPR|Garante/);
      await call('requests.transition', { id: fadp.id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Part restricted.', at: '2026-06-03T09:30:00+02:00' } });
      const partial = await check('request', fadp.reference, 'fadp-response', { ...response, 'partial.withheld': 'The notes of the call of 8 May', 'fadp.ground': 'law', 'fadp.reasons': 'Professional secrecy covers them.' }, 'fadp-partial');
      expect(partial.en).toContain('(Article 26(1)(a) FADP)');
    });
    it('identity verification (Ordinance Art. 16(5); Art. 25(7))', async () => {
      clock = Date.parse('2026-06-02T08:00:00Z');
      const fadp = await call<{ id: string; reference: string }>('requests.create', { request: base });
      await call('requests.transition', { id: fadp.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'The e-mail address is not the one on the account.' } });
      const texts = await check('request', fadp.reference, 'identity-verification', {}, 'fadp-identity', { en: {}, it: { 'identity.reason': 'L’indirizzo e-mail non è quello dell’account.' } });
      expect(texts.en.replace(/\s+/g, ' ')).toContain('Article 16(5) of the Data Protection Ordinance');
      expect(texts.it.replace(/\s+/g, ' ')).toContain('entro il 1º luglio 2026');
      for (const text of [texts.en, texts.it]) expect(text).not.toMatch(/GDPR|Garante/);
    });
  });

  describe('UK GDPR refusal on an exemption, received on the 8th (F20)', () => {
    it('names the Data Protection Act 2018 paragraph', async () => {
      clock = Date.parse('2026-04-20T10:00:00Z');
      const request = { regime: 'uk-gdpr', types: ['access'], receivedAt: '2026-04-08T10:00:00+01:00', channel: 'email', subjectName: 'Oliver Smith', subjectEmail: 'oliver@example.co.uk' } as const;
      const uk = await call<{ id: string; reference: string }>('requests.create', { request });
      await call('requests.transition', { id: uk.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
      await call('requests.transition', { id: uk.id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'exemption', reason: 'The reference is confidential.' } });
      const why = { en: { 'refusal.explanation': 'The data you asked for is a reference your former employer gave us in confidence.' }, it: { 'refusal.explanation': 'I dati richiesti sono una referenza che il Suo precedente datore di lavoro ci ha fornito in via riservata.' } };
      const texts = await check('request', uk.reference, 'refusal', { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-24' }, 'uk-refusal', why);
      expect(texts.en).toContain('Schedule 2 to the Data Protection Act 2018');
      expect(texts.it).toContain('allegato (Schedule) 2 al Data Protection Act 2018');
    });
  });

  describe('breach notices, aware on the 8th', () => {
    let breachId = '';
    let reference = '';
    const facts = { 'breach.securityMeasures': 'Passwords stored with bcrypt.', 'breach.discoveryMethod': 'Login alerts from the identity provider.', 'breach.policeReport': 'No.' };
    it('preliminary notification to the authority', async () => {
      clock = Date.parse('2026-06-08T10:00:00Z');
      const breach: NewBreach = {
        title: 'Credential stuffing on the AxiLeads portal',
        awareAt: '2026-06-08T10:00:00+02:00',
        description: 'An attacker used passwords leaked elsewhere to log in to 4,800 customer accounts.',
        cause: 'cyber-attack',
        discoveredAt: '2026-06-08T08:30:00+02:00',
        occurredFrom: '2026-06-01T22:00:00+02:00',
        occurredTo: '2026-06-08T09:15:00+02:00',
        systems: ['AxiLeads customer portal'],
        subjectCategories: ['customers'],
        recordsCount: 12_500,
        // Where the people live is recorded (Italy only): "none in other Member States" is then a fact, not a guess.
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact', 'credentials'], subjects: 4800, establishments: ['IT'], affectedCountries: ['IT'] },
      };
      ({ id: breachId, reference } = await call<{ id: string; reference: string }>('breaches.create', { breach }));
      await call('breaches.decide', { id: breachId, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Credentials of 4,800 customers in unknown hands' } });
      await call('breaches.addAction', { id: breachId, action: { kind: 'containment', at: '2026-06-08T10:30:00+02:00', who: 'Security team', text: 'Forced a password reset on every affected account' } });
      const preliminary = await check('breach', reference, 'authority-notification', { 'notice.phase': 'preliminary', ...facts }, 'breach');
      expect(preliminary.it).toContain('Dal 1º giugno 2026 alle ore 22:00 CEST (+02:00) all’8 giugno 2026');
      expect(preliminary.it).toContain('No: è cessata l’8 giugno 2026');
      expect(preliminary.en).not.toContain('Not yet known');
    });
    it('supplementary notification, saying what it adds', async () => {
      clock = Date.parse('2026-06-09T10:00:00Z');
      await call('breaches.addNotification', { id: breachId, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-06-09T06:00:00+02:00', channel: 'online-procedure', reference: 'Prot. 123/2026', summary: 'Preliminary notice' } });
      const supplementary = await check('breach', reference, 'authority-notification', { 'notice.phase': 'supplementary', 'notice.changes': ['The number of records (12,500) is now known.'], ...facts }, 'breach');
      expect(supplementary.en).toContain('The number of records (12,500) is now known.');
    });
    it('notice to the people', async () => {
      expectArt77(await check('breach', reference, 'subject-notice', { 'notice.whatHappened': 'Someone signed in to some customer accounts with passwords stolen elsewhere.' }, 'breach'), 'subject-notice');
    });
  });

  it('covered every kind', () => {
    expect([...seen].sort()).toEqual(
      [
        'acknowledgement', 'identity-verification', 'extension-notice', 'access-response', 'access-partial', 'portability-response', 'no-data-held', 'erasure-confirmation', 'rectification-confirmation', 'restriction-confirmation', 'objection-confirmation', 'opt-out-confirmation', 'withdrawal-confirmation', 'refusal', 'ccpa-response', 'ccpa-denial', 'authority-notification', 'subject-notice', 'lgpd-confirmation', 'lgpd-declaration', 'lgpd-reply', 'pipeda-response', 'pipeda-extension', 'pipeda-refusal',
        'lgpd-acknowledgement', 'pipeda-acknowledgement', 'fadp-acknowledgement', 'fadp-later-date', 'fadp-response', 'fadp-refusal',
      ].sort(),
    );
  });
});
