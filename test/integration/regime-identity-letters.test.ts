import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { DocumentSummary, LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { Regime, RequestDetail, Transition } from '../../electron/shared/requests';
import { letterVault, NOVENTIA } from '../support/letter-vault';

/**
 * The identity letter and the identity hold under the LGPD, PIPEDA and the Swiss FADP (review 7,
 * G2's remainder), each on its own law's ground, read back from the PDF in EN and IT:
 * - LGPD: the rights exercised on the express request of the person or a legally constituted
 *   representative (Art. 18, § 3), security against unauthorised access (Art. 46), only what is
 *   needed (Art. 6, III); the 15 days of Art. 19, II counted from the request, and a failed check
 *   answered with the reasons of fact or law (Art. 18, § 4, II);
 * - PIPEDA: sufficient information to give the account, used only for it (Sch. 1, 4.9.2),
 *   safeguards (4.7.1), limiting collection (4.4), the agent and consent (4.3); the 30 days of
 *   s. 8(3) run from receipt (the Act does not say they stop, and the letter does not);
 * - FADP: appropriate measures to identify the person, who must cooperate (Ordinance Art. 16(5)),
 *   proportionality (Art. 6(2)); the 30 days of Art. 25(7) and Ordinance Art. 18(1) from receipt,
 *   a later date announced under Art. 18(2), a refusal with its reasons (Art. 26(4)).
 * Never a GDPR article or the Garante. The PIPEDA response and the LGPD confirmation and
 * declaration are not finalised while identity is open, with the reason on the law's own ground;
 * once received (verified) or recorded as not needed they are. The letter's sending is recorded
 * on the case as the GDPR one's is. Set LETTERS_OUT=/tmp/letters to keep the PDFs.
 */
const NOW = new Date('2026-12-04T15:00:00Z');
const DATE = '2026-12-04';
const FOREIGN = /GDPR|Garante|Article 77|art\. 77|supervisory authority|autorità di controllo|Regulation \(EU\)|Regolamento \(UE\)|12\(6\)|12, par\. 6/;

type Case = { id: string; reference: string };
type Requester = { relation: string; name: string } | null;

describe('identity letters and the identity hold under the LGPD, PIPEDA and the FADP', () => {
  const { app, call, refused, requestLetter } = letterVault(NOW, NOVENTIA);

  async function request(regime: Regime, types: string[], receivedAt: string, requester: Requester = null): Promise<Case> {
    const agent = requester ? { requesterRelation: requester.relation, requesterName: requester.name, requesterEmail: 'richieste@tutela.example' } : {};
    const input = { regime, types, receivedAt, channel: 'email', subjectName: 'Paola Neri', subjectEmail: 'paola@example.com', ...agent };
    return call<Case>('requests.create', { request: input });
  }

  const move = (id: string, transition: Transition) => call('requests.transition', { id, transition });
  const asked: Transition = { to: 'awaiting-identity', method: 'id-document', reason: 'The e-mail address is not the one on the account.', at: '2026-12-02T10:00:00Z' };

  async function text(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs = {}): Promise<{ text: string; warnings: string[] }> {
    const { pdf, text, warnings } = await requestLetter(reference, kind, language, DATE, inputs);
    if (process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `regime-identity-${reference}.${kind}.${language}.pdf`), pdf);
    return { text: text.replace(/\u00a0/g, ' '), warnings };
  }

  const identityLetter = (reference: string, language: LetterLanguage, inputs: LetterInputs = {}) => text(reference, 'identity-verification', language, inputs).then((t) => t.text);

  describe('the identity letter to the person', () => {
    it('LGPD: Art. 18 § 3 and Art. 46, only what is needed (Art. 6, III), the 15 days of Art. 19, II from the request, Art. 18 § 4, II on failure (EN/IT)', async () => {
      const { id, reference } = await request('lgpd', ['confirmation', 'access'], '2026-12-01T10:00:00-03:00');
      await move(id, asked);
      const en = await identityLetter(reference, 'en');
      expect(en).toContain('made under the Brazilian General Data Protection Law (Lei Geral de Proteção de Dados Pessoais, Law No. 13.709/2018, “LGPD”). Before we act on it, we ask you to confirm your identity (see below)');
      expect(en).toContain('express request of the data subject or of a legally constituted representative (Article 18, § 3, LGPD)');
      expect(en).toContain('from unauthorised access (Article 46 LGPD)');
      expect(en).toContain('We ask only for what is needed to confirm it (the principle of necessity, Article 6, III, LGPD)');
      expect(en).toContain('will delete it as soon as the check is done (Article 6, III, and Article 16 LGPD)');
      expect(en).toContain('Article 19, II, LGPD counts the 15 days for our complete declaration from the date of your request: we will send it by 16 December 2026 at the latest');
      expect(en).toContain('the reasons of fact or law that prevent us from acting on it (Article 18, § 4, II, LGPD)');
      expect(en).toContain('The e-mail address is not the one on the account.');
      expect(en).not.toMatch(FOREIGN);
      const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'L’indirizzo e-mail non è quello dell’account.' });
      expect(it_).toContain('presentata ai sensi della legge generale brasiliana sulla protezione dei dati personali');
      expect(it_).toContain('Prima di dare seguito alla richiesta Le chiediamo di confermare la Sua identità (v. sotto)');
      expect(it_).toContain('legalmente costituito (art. 18, § 3, LGPD)');
      expect(it_).toContain('(principio di necessità, art. 6, III, LGPD)');
      expect(it_).toContain('Le invieremo la dichiarazione al più tardi entro il 16 dicembre 2026');
      expect(it_).toContain('(art. 18, § 4, II, LGPD)');
      expect(it_).not.toMatch(FOREIGN);
    });

    it('PIPEDA: principles 4.9.2, 4.7.1 and 4.4; the 30 days of s. 8(3) run from receipt, never said to stop (EN/IT)', async () => {
      const { id, reference } = await request('pipeda', ['access'], '2026-11-20T10:00:00-05:00');
      await move(id, asked);
      const en = await identityLetter(reference, 'en');
      expect(en).toContain('made under the Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5, “PIPEDA”)');
      expect(en).toContain('Principle 4.9.2 of Schedule 1 to PIPEDA allows us to ask you for the information sufficient for us to give you an account of the existence, use and disclosure of your personal information');
      expect(en).toContain('principle 4.7.1 requires us to protect personal information against unauthorized access, disclosure and modification');
      expect(en).toContain('(principle 4.4, limiting collection)');
      expect(en).toContain('will delete it as soon as the check is done (principles 4.9.2 and 4.5.3 of Schedule 1 to PIPEDA)');
      expect(en).toContain('PIPEDA requires us to respond within 30 days of receiving your request (section 8(3)), so we will respond by 21 December 2026 at the latest');
      expect(en).not.toMatch(/does not run|does not stop|suspend|paused/);
      expect(en).not.toMatch(FOREIGN);
      const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'L’indirizzo e-mail non è quello dell’account.' });
      expect(it_).toContain('Il principio 4.9.2 (PIPEDA, allegato 1) ci consente di chiederLe le informazioni sufficienti');
      expect(it_).toContain('(art. 8, comma 3, PIPEDA), quindi Le risponderemo al più tardi entro il 21 dicembre 2026');
      expect(it_).not.toMatch(/non decorre|si sospende|sospes/);
      expect(it_).not.toMatch(FOREIGN);
    });

    it('FADP: Ordinance Art. 16(5), proportionality (Art. 6(2)), the 30 days of Art. 25(7) from receipt, a later date under Ordinance Art. 18(2) (EN/IT)', async () => {
      const { id, reference } = await request('ch-fadp', ['access'], '2026-12-01T10:00:00+01:00');
      await move(id, asked);
      const en = await identityLetter(reference, 'en');
      expect(en).toContain('made under the Swiss Federal Act on Data Protection (SR 235.1, “FADP”)');
      expect(en).toContain('requires us to take appropriate measures to identify the person who asks for information about their data, and that person must cooperate (Article 16(5) of the Data Protection Ordinance, SR 235.11)');
      expect(en).toContain('as processing must be proportionate (Article 6(2) FADP)');
      expect(en).toContain('will delete it as soon as the check is done (Article 6(3) and (4) FADP)');
      expect(en).toContain('the 30 days for our answer run from the day we received it (Article 25(7) FADP; Article 18(1) of the Data Protection Ordinance): we will answer by 31 December 2026 at the latest');
      expect(en).toContain('(Article 18(2) of the Ordinance)');
      expect(en).toContain('If we cannot identify you, we will tell you so and explain why (Article 16(5) of the Ordinance;');
      expect(en).not.toMatch(FOREIGN);
      const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'L’indirizzo e-mail non è quello dell’account.' });
      expect(it_).toContain('presentata ai sensi della legge federale svizzera sulla protezione dei dati (RS 235.1, «LPD»)');
      expect(it_).toContain('e tale persona è tenuta a collaborare (art. 16, cpv. 5, dell’ordinanza sulla protezione dei dati, RS 235.11)');
      expect(it_).toContain('Le risponderemo al più tardi entro il 31 dicembre 2026');
      expect(it_).toContain('spiegandone il motivo (art. 16, cpv. 5, dell’ordinanza;');
      expect(it_).not.toMatch(FOREIGN);
    });

    it('is offered after the request’s own acknowledgement; under the FADP only on a request for access (Ordinance Art. 16)', async () => {
      const lgpd = await request('lgpd', ['confirmation', 'access'], '2026-12-01T10:00:00-03:00');
      const kinds = (await app.handlers['documents.kinds']({ caseType: 'request', caseId: lgpd.reference })).map((k) => k.kind);
      expect(kinds.slice(0, 2)).toEqual(['lgpd-acknowledgement', 'identity-verification']);
      const erasure = await request('ch-fadp', ['erasure'], '2026-12-01T10:00:00+01:00');
      expect((await app.handlers['documents.kinds']({ caseType: 'request', caseId: erasure.reference })).map((k) => k.kind)).not.toContain('identity-verification');
    });

    it('past the time limit: it ran out, with an apology and no day already past promised (PIPEDA, LGPD; EN/IT)', async () => {
      const pipeda = await request('pipeda', ['access'], '2026-10-20T10:00:00-04:00');
      await move(pipeda.id, { ...asked, at: '2026-11-30T10:00:00Z' });
      const en = await identityLetter(pipeda.reference, 'en');
      expect(en).toContain('The time limit PIPEDA allows for our response ended on 19 November 2026: we apologise for the delay, and we will respond as soon as you have confirmed your identity.');
      expect(en).not.toContain('at the latest');
      const lgpd = await request('lgpd', ['confirmation', 'access'], '2026-11-02T10:00:00-03:00');
      await move(lgpd.id, { ...asked, at: '2026-11-30T10:00:00Z' });
      const it_ = await identityLetter(lgpd.reference, 'it');
      expect(it_).toContain('I 15 giorni previsti dall’art. 19, II, LGPD per la nostra dichiarazione completa sono scaduti il 17 novembre 2026: ci scusiamo per il ritardo');
      expect(it_).not.toContain('al più tardi');
    });
  });

  describe('the identity letter in the register’s other states', () => {
    it('PIPEDA extended (s. 8(4)); FADP past its 30 days; LGPD on an identity already verified, only with the new doubts stated (EN/IT)', async () => {
      const pipeda = await request('pipeda', ['access'], '2026-11-20T10:00:00-05:00');
      await move(pipeda.id, { to: 'extended', reason: 'We must consult the processor that holds the call recordings.', at: '2026-11-25T10:00:00Z' });
      const extended = await identityLetter(pipeda.reference, 'en', { 'identity.needed': 'A copy of your passport.' });
      expect(extended).toContain('the time limit for our response, extended as section 8(4) PIPEDA allows, runs from the day we received it: we will respond by 19 January 2027 at the latest');
      expect(extended).not.toContain('within 30 days');
      // The article elided before a citation: "l’art. 8, comma 4", never "la art." (twelfth review, L2).
      const prorogato = await identityLetter(pipeda.reference, 'it', { 'identity.needed': 'Una copia del Suo passaporto.', 'identity.reason': 'L’indirizzo e-mail non è quello dell’account.' });
      expect(prorogato).toContain('prorogato come consente l’art. 8, comma 4, PIPEDA');
      expect(prorogato).not.toMatch(/\bla art\./);

      const fadp = await request('ch-fadp', ['access'], '2026-10-01T10:00:00+02:00');
      await move(fadp.id, { ...asked, at: '2026-11-30T10:00:00Z' });
      const late = await identityLetter(fadp.reference, 'it', { 'identity.laterDays': '10' });
      expect(late).toContain('I 30 giorni per la nostra risposta (art. 25, cpv. 7, LPD; art. 18, cpv. 1, dell’ordinanza sulla protezione dei dati) sono scaduti il');
      expect(late).toContain('ci scusiamo per il ritardo e Le risponderemo entro 10 giorni dal ricevimento di quanto Le chiediamo di seguito (art. 18, cpv. 2, dell’ordinanza)');
      expect(late).not.toContain('al più tardi');

      // A right with no period in the law (LGPD correction, Art. 18, III; PIPEDA correction, 4.9.5): no day promised.
      const correction = await request('lgpd', ['correction'], '2026-12-01T10:00:00-03:00');
      await move(correction.id, asked);
      const noDay = await identityLetter(correction.reference, 'en');
      expect(noDay).toContain('Your request remains registered, and we will act on it as soon as you have confirmed your identity.');
      expect(noDay).not.toMatch(/15 days|at the latest/);
      const pipedaCorrection = await request('pipeda', ['correction'], '2026-11-20T10:00:00-05:00');
      await move(pipedaCorrection.id, asked);
      expect(await identityLetter(pipedaCorrection.reference, 'it')).toContain('Il PIPEDA non fissa un termine per le richieste di correzione dei dati personali: ce ne occuperemo non appena avrà confermato la Sua identità.');

      const lgpd = await request('lgpd', ['access'], '2026-12-01T10:00:00-03:00');
      await move(lgpd.id, { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' }, at: '2026-12-02T10:00:00Z' });
      const error = await refused('documents.preview', { caseType: 'request', caseId: lgpd.reference, kind: 'identity-verification', language: 'en', date: DATE, inputs: { 'identity.needed': 'A copy of your passport.' } });
      expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'identity.newDoubts' }] });
      const doubts = 'The address you gave for the copy of your data is not the one on your account.';
      const en = await identityLetter(lgpd.reference, 'en', { 'identity.needed': 'A copy of your passport.', 'identity.newDoubts': doubts });
      expect(en).toContain('Since we began dealing with it, something has given us reason to doubt that it comes from you (see below).');
      expect(en).toContain(doubts);
      expect(en).not.toMatch(FOREIGN);
    });

    it('a parent’s request: the letter checks that the child is the person the records concern (PIPEDA, LGPD; EN/IT)', async () => {
      const parent = { relation: 'parent-guardian', name: 'Maria Neri' };
      for (const [regime, receivedAt] of [['pipeda', '2026-11-20T10:00:00-05:00'], ['lgpd', '2026-12-01T10:00:00-03:00']] as const) {
        const { id, reference } = await request(regime, ['access'], receivedAt, parent);
        await move(id, { to: 'awaiting-identity', method: 'parental-authority-proof', reason: 'We hold no proof of parental responsibility.', at: '2026-12-02T10:00:00Z' });
        const en = await identityLetter(reference, 'en');
        expect(en, regime).toContain('we need to be satisfied that you are entitled to act for Paola Neri and that Paola Neri is the person our records concern');
        expect(en, regime).not.toContain('the request is Paola Neri’s (see below)');
        const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'Non abbiamo la prova della responsabilità genitoriale.' });
        expect(it_, regime).toContain('dobbiamo accertare che Lei abbia titolo ad agire per Paola Neri e che Paola Neri sia la persona cui si riferiscono i nostri dati');
      }
    });
  });

  describe('the identity letter to a representative', () => {
    const agency = { relation: 'authorised-agent', name: 'Tutela Dati S.r.l.' };
    const lawyer = { relation: 'legal-representative', name: 'Avv. Carlo Bassi' };
    const authority: Transition = { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We do not have Paola Neri’s authorisation.', at: '2026-12-02T10:00:00Z' };

    it('each law asks for the authority to act and the person’s identity, in the person’s name (EN)', async () => {
      const cases: [Regime, string[], string, readonly string[]][] = [
        ['lgpd', ['access'], '2026-12-01T10:00:00-03:00', ['legally constituted representative (Article 18, § 3, LGPD)', 'or we would disclose Paola Neri’s personal data to someone not entitled to it', 'If we cannot confirm your authority to act for Paola Neri, or that the request is Paola Neri’s']],
        ['pipeda', ['access'], '2026-11-20T10:00:00-05:00', ['without Paola Neri’s knowledge and consent (principle 4.3 of Schedule 1 to PIPEDA)', 'we will use what you send only for it (principle 4.9.2)', 'If we cannot confirm your authority to act for Paola Neri, or Paola Neri’s identity']],
        ['ch-fadp', ['access'], '2026-12-01T10:00:00+01:00', ['identify the person the information concerns, and that person must cooperate (Article 16(5) of the Data Protection Ordinance, SR 235.11)', 'If we cannot confirm your authority to act for Paola Neri, or identify Paola Neri']],
      ];
      for (const [regime, types, receivedAt, expected] of cases) {
        const { id, reference } = await request(regime, types, receivedAt, lawyer);
        await move(id, authority);
        const en = await identityLetter(reference, 'en');
        expect(en, regime).toContain('that you made on behalf of Paola Neri under the');
        expect(en, regime).toContain('we need to be satisfied that you are entitled to act for Paola Neri and that the request is Paola Neri’s (see below)');
        for (const sentence of expected) expect(en, regime).toContain(sentence);
        expect(en, regime).not.toMatch(/confirm your identity\b|your personal (?:data|information)/);
        expect(en, regime).not.toMatch(FOREIGN);
      }
    });

    it('to a firm in Italian, in the plural of courtesy (EN/IT)', async () => {
      for (const [regime, receivedAt] of [['lgpd', '2026-12-01T10:00:00-03:00'], ['pipeda', '2026-11-20T10:00:00-05:00'], ['ch-fadp', '2026-12-01T10:00:00+01:00']] as const) {
        const { id, reference } = await request(regime, ['access'], receivedAt, agency);
        await move(id, authority);
        const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'Non abbiamo la delega di Paola Neri.' });
        expect(it_, regime).toContain('Spettabile Tutela Dati S.r.l.,');
        expect(it_, regime).toContain('dobbiamo accertare che Voi abbiate titolo ad agire per Paola Neri e che la richiesta provenga da Paola Neri (v. sotto)');
        expect(it_, regime).not.toMatch(/\bLei\b(?! Geral)|\bSu[aoie]\b|Gliel/);
        expect(it_, regime).not.toMatch(FOREIGN);
      }
    });
  });

  describe('the eleventh lawyer’s review (L2, L4, L5, L6, L7, L9, L11)', () => {
    const agency = { relation: 'authorised-agent', name: 'Tutela Dati S.r.l.' };
    const lawyer = { relation: 'legal-representative', name: 'Avv. Carlo Bassi' };
    const authority: Transition = { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We do not have Paola Neri’s authorisation.', at: '2026-12-02T10:00:00Z' };
    const SIGNATORY_EN = 'allowing you to make this request on Paola Neri’s behalf and, where the request is signed by a person acting for your company or firm, a document showing that person’s identity and authority to act for it.';
    const SIGNATORY_IT = 'che Vi autorizzi a presentare questa richiesta per suo conto e, se la richiesta è sottoscritta da una persona che agisce per la Vostra società o il Vostro studio, un documento che ne attesti l’identità e i poteri di rappresentanza.';

    it('L2: to an agency, the person’s signed authorisation and the signatory’s identity and powers, never “your own identity”, each law’s own words (EN/IT)', async () => {
      const cases: [Regime, string, string, string][] = [
        ['lgpd', '2026-12-01T10:00:00-03:00', 'A signed authorisation from Paola Neri ', 'Una delega firmata da Paola Neri '],
        ['pipeda', '2026-11-20T10:00:00-05:00', 'A signed authorization from Paola Neri ', 'Una delega firmata da Paola Neri '],
        ['ch-fadp', '2026-12-01T10:00:00+01:00', 'A signed authorisation (a power of attorney) from Paola Neri ', 'Una procura firmata da Paola Neri '],
      ];
      for (const [regime, receivedAt, en0, it0] of cases) {
        const { id, reference } = await request(regime, ['access'], receivedAt, agency);
        await move(id, authority);
        const en = await identityLetter(reference, 'en');
        expect(en, regime).toContain(en0 + SIGNATORY_EN);
        expect(en, regime).not.toMatch(/your own identity|the person you act for/);
        expect(en, regime).not.toMatch(FOREIGN);
        const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'Non abbiamo la delega di Paola Neri.' });
        expect(it_, regime).toContain(it0 + SIGNATORY_IT);
        expect(it_, regime).not.toMatch(/attesti la (?:Sua|Vostra) identità|persona per cui agite/);
        expect(it_, regime).not.toMatch(FOREIGN);
      }
    });

    it('L5 (twelfth review): a lawyer writing in his own name is asked for the person’s signed authorisation only, no signatory of a company (EN/IT)', async () => {
      for (const [regime, receivedAt] of [['lgpd', '2026-12-01T10:00:00-03:00'], ['pipeda', '2026-11-20T10:00:00-05:00'], ['ch-fadp', '2026-12-01T10:00:00+01:00']] as [Regime, string][]) {
        const { id, reference } = await request(regime, ['access'], receivedAt, lawyer);
        await move(id, authority);
        const en = await identityLetter(reference, 'en');
        expect(en, regime).toMatch(/from Paola Neri allowing you to make this request on Paola Neri’s behalf\./);
        expect(en, regime).not.toMatch(/company or firm|signed by a person acting/);
        const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'Non abbiamo la delega di Paola Neri.' });
        expect(it_, regime).toMatch(/firmata da Paola Neri che La autorizzi a presentare questa richiesta per suo conto\./);
        expect(it_, regime).not.toMatch(/Sua società|Suo studio|poteri di rappresentanza/);
      }
    });

    it('L9: PIPEDA letters in Canadian spelling: “authorization”, “driver’s licence” (EN)', async () => {
      const own = await request('pipeda', ['access'], '2026-11-20T10:00:00-05:00');
      await move(own.id, asked);
      const en = await identityLetter(own.reference, 'en');
      expect(en).toContain('(identity card, passport or driver’s licence)');
      expect(en).not.toMatch(/driving licence|authoris/);
      const byAgent = await request('pipeda', ['access'], '2026-11-20T10:00:00-05:00', lawyer);
      await move(byAgent.id, { ...authority, reason: 'We hold no mandate from Paola Neri.' });
      expect(await identityLetter(byAgent.reference, 'en')).not.toMatch(/authoris/);
    });

    it('L4: to a representative on new doubts after the check was passed, the letter says so, not a first check (LGPD, PIPEDA, FADP; EN/IT)', async () => {
      const doubts = 'Paola Neri has written to us that she has revoked your mandate.';
      for (const [regime, receivedAt] of [['lgpd', '2026-12-01T10:00:00-03:00'], ['pipeda', '2026-11-20T10:00:00-05:00'], ['ch-fadp', '2026-12-01T10:00:00+01:00']] as const) {
        for (const who of [agency, lawyer]) {
          const { id, reference } = await request(regime, ['access'], receivedAt, who);
          await move(id, { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00Z' });
          const inputs = { 'identity.needed': 'A new signed authorisation from Paola Neri.', 'identity.newDoubts': doubts };
          const en = await identityLetter(reference, 'en', inputs);
          expect(en, regime).toContain('Since we began dealing with it, something has given us reason to doubt that the request is Paola Neri’s, or that you are still entitled to act for Paola Neri (see below). Before we act further on it we therefore ask you for what is set out below, so that we do not disclose or change personal');
          expect(en, regime).toContain(doubts);
          expect(en, regime).not.toContain('Before we act on it, we need to be satisfied');
          const it_ = await identityLetter(reference, 'it', { ...inputs, 'identity.newDoubts': 'Paola Neri ci ha scritto di aver revocato il mandato.' });
          const [have, ask] = who === agency ? ['abbiate', 'Vi chiediamo'] : ['abbia', 'Le chiediamo'];
          expect(it_, regime).toContain(`Da quando abbiamo iniziato a occuparcene, sono emersi elementi che ci fanno dubitare che la richiesta provenga da Paola Neri, o che ${who === agency ? 'Voi' : 'Lei'} ${have} ancora titolo ad agire per Paola Neri (v. sotto). Prima di darle ulteriore seguito ${ask} quindi quanto indicato di seguito`);
          expect(it_, regime).not.toContain('Prima di darle seguito dobbiamo accertare');
        }
      }
    });

    it('L5: PIPEDA past the time limit, the deemed refusal (s. 8(5)) and the complaint to the Commissioner (s. 11(1)) (EN/IT, person and representative)', async () => {
      const own = await request('pipeda', ['access'], '2026-10-20T10:00:00-04:00');
      await move(own.id, { ...asked, at: '2026-11-30T10:00:00Z' });
      expect(await identityLetter(own.reference, 'en')).toContain('Under section 8(5) PIPEDA our failure to respond within that time counts as a refusal of your request; you may complain about it to the Privacy Commissioner of Canada (section 11(1) PIPEDA), whether or not you send us what we ask for below.');
      expect(await identityLetter(own.reference, 'it')).toContain('Ai sensi dell’art. 8, comma 5, PIPEDA la mancata risposta entro tale termine equivale a un rifiuto della Sua richiesta; può presentare reclamo al riguardo al Privacy Commissioner of Canada (art. 11, comma 1, PIPEDA), che ci invii o no quanto Le chiediamo di seguito.');
      const byAgent = await request('pipeda', ['access'], '2026-10-20T10:00:00-04:00', agency);
      await move(byAgent.id, { ...authority, at: '2026-11-30T10:00:00Z' });
      expect(await identityLetter(byAgent.reference, 'en')).toContain('counts as a refusal of Paola Neri’s request; Paola Neri may complain about it to the Privacy Commissioner of Canada (section 11(1) PIPEDA)');
      const it_ = await identityLetter(byAgent.reference, 'it', { 'identity.reason': 'Non abbiamo la delega di Paola Neri.' });
      expect(it_).toContain('equivale a un rifiuto della richiesta; Paola Neri può presentare reclamo al riguardo al Privacy Commissioner of Canada (art. 11, comma 1, PIPEDA), indipendentemente dall’invio di quanto Vi chiediamo di seguito.');
      // On time, no refusal is said to have happened.
      const onTime = await request('pipeda', ['access'], '2026-11-20T10:00:00-05:00');
      await move(onTime.id, asked);
      expect(await identityLetter(onTime.reference, 'en')).not.toContain('8(5)');
    });

    it('L6: FADP past the 30 days, the later date the DPO chooses (Ordinance Art. 18(2)), asked for only then (EN/IT, person and representative)', async () => {
      const own = await request('ch-fadp', ['access'], '2026-10-01T10:00:00+02:00');
      await move(own.id, { ...asked, at: '2026-11-30T10:00:00Z' });
      const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: own.reference, kind: 'identity-verification', language: 'en', date: DATE, inputs: {} });
      expect(preview.missing.map((m) => m.key)).toEqual(['identity.laterDays']);
      const wrong = await refused('documents.preview', { caseType: 'request', caseId: own.reference, kind: 'identity-verification', language: 'en', date: DATE, inputs: { 'identity.laterDays': '7' } });
      expect(wrong).toMatchObject({ code: 'VALIDATION' });
      expect(await identityLetter(own.reference, 'en', { 'identity.laterDays': '10' })).toContain('we apologise for the delay, and we will answer within 10 days of receiving what we ask for below (Article 18(2) of the Ordinance).');
      const byAgent = await request('ch-fadp', ['access'], '2026-10-01T10:00:00+02:00', agency);
      await move(byAgent.id, { ...authority, at: '2026-11-30T10:00:00Z' });
      expect(await identityLetter(byAgent.reference, 'en', { 'identity.laterDays': '15' })).toContain('we will answer within 15 days of receiving what we ask for below (Article 18(2) of the Ordinance). If we cannot confirm your authority to act for Paola Neri');
      const it_ = await identityLetter(byAgent.reference, 'it', { 'identity.laterDays': '15', 'identity.reason': 'Non abbiamo la procura di Paola Neri.' });
      expect(it_).toContain('Vi risponderemo entro 15 giorni dal ricevimento di quanto Vi chiediamo di seguito (art. 18, cpv. 2, dell’ordinanza)');
      // On time the letter gives its day and asks for no number.
      const onTime = await request('ch-fadp', ['access'], '2026-12-01T10:00:00+01:00');
      await move(onTime.id, asked);
      expect((await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: onTime.reference, kind: 'identity-verification', language: 'en', date: DATE, inputs: {} })).missing).toEqual([]);
    });

    it('L7: FADP, a failure to identify rests on Ordinance Art. 16(5), Art. 26(4) FADP by analogy (EN/IT)', async () => {
      const { id, reference } = await request('ch-fadp', ['access'], '2026-12-01T10:00:00+01:00');
      await move(id, asked);
      // The sentence may run over the page break, the footer between: read it up to the break and after it.
      const en = await identityLetter(reference, 'en');
      expect(en).toMatch(/If we cannot identify you, we will tell you so and explain why \(Article 16\(5\) of the Ordinance;(?: .*? 4 December 2026)? Article 26\(4\) FADP by analogy\)\./);
      expect(en).not.toContain('explain why (Article 26(4) FADP)');
      const it_ = await identityLetter(reference, 'it');
      expect(it_).toMatch(/Se non potremo identificarLa, Glielo comunicheremo spiegandone il motivo \(art\. 16, cpv\. 5, dell’ordinanza;(?: .*? 4 dicembre 2026)? art\. 26, cpv\. 4, LPD per analogia\)\./);
    });

    it('L11: FADP to a parent, the consent of a child capable of discernment (Art. 19c Swiss Civil Code), not parental responsibility alone (EN/IT)', async () => {
      const { id, reference } = await request('ch-fadp', ['access'], '2026-12-01T10:00:00+01:00', { relation: 'parent-guardian', name: 'Maria Neri' });
      await move(id, { to: 'awaiting-identity', method: 'parental-authority-proof', reason: 'We hold no proof of parental responsibility.', at: '2026-12-02T10:00:00Z' });
      const en = await identityLetter(reference, 'en');
      expect(en).toContain('Proof that you hold parental responsibility for Paola Neri (for example a birth certificate or a court order) and a copy of your own identity document; and, if Paola Neri is capable of discernment, Paola Neri’s signed consent to your request, since the right to information is strictly personal to Paola Neri (Article 25 FADP; Article 19c of the Swiss Civil Code).');
      expect(en).not.toContain('for the child');
      const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'Non abbiamo la prova della responsabilità genitoriale.' });
      expect(it_).toContain('Un documento che attesti la Sua responsabilità genitoriale su Paola Neri (ad esempio un certificato di nascita o un provvedimento del giudice) e una copia del Suo documento di identità; se Paola Neri è capace di discernimento, anche il consenso scritto di Paola Neri alla Sua richiesta, poiché il diritto d’informazione è strettamente personale (art. 25 LPD; art. 19c CC).');
      // Under PIPEDA and the LGPD the wording stays (review: C only there).
      const pipeda = await request('pipeda', ['access'], '2026-11-20T10:00:00-05:00', { relation: 'parent-guardian', name: 'Maria Neri' });
      await move(pipeda.id, { to: 'awaiting-identity', method: 'parental-authority-proof', reason: 'We hold no proof of parental responsibility.', at: '2026-12-02T10:00:00Z' });
      expect(await identityLetter(pipeda.reference, 'en')).not.toContain('19c');
    });
  });

  describe('the twelfth lawyer review (L1, CCPA)', () => {
    it('L1: a CCPA parent is asked to show being the child’s parent or legal guardian, never the child’s signed permission as an authorized agent (§ 7063(a) is the agent’s; EN/IT)', async () => {
      const { id, reference } = await request('ccpa', ['know'], '2026-12-01T10:00:00-08:00', { relation: 'parent-guardian', name: 'Maria Neri' });
      await move(id, { to: 'awaiting-identity', method: 'parental-authority-proof', reason: 'We hold no proof that Maria Neri is the parent.', at: '2026-12-02T10:00:00Z' });
      const en = await identityLetter(reference, 'en');
      expect(en).toContain('that you made on behalf of your child Paola Neri. Before we act on it, we need to be satisfied that you are Paola Neri’s parent or legal guardian, and the CCPA regulations require us to verify Paola Neri’s identity');
      expect(en).toContain('Proof that you are Paola Neri’s parent or legal guardian (for example a birth certificate or a court order), and a copy of your own identity document.');
      expect(en).not.toMatch(/authorized agent|signed permission|7063|parental responsibility/);
      const it_ = await identityLetter(reference, 'it', { 'identity.reason': 'Non abbiamo la prova che Maria Neri sia il genitore.' });
      expect(it_).toContain('che ha presentato per conto del minore Paola Neri. Prima di darle seguito dobbiamo accertare che Lei sia genitore o tutore legale di Paola Neri');
      expect(it_).toContain('Un documento che attesti che Lei è genitore o tutore legale di Paola Neri');
      expect(it_).not.toMatch(/agente autorizzato|permesso sottoscritto|7063|responsabilità genitoriale/);
    });
  });

  describe('the identity hold', () => {
    const PIPEDA_RESPONSE: LetterInputs = { 'pipeda.uses': ['Providing the service'], 'pipeda.disclosures': ['Hosting provider'], 'access.enclosures': ['export.json'] };
    const LGPD_CONFIRMATION: LetterInputs = { 'lgpd.summary': ['Identity and contact data'] };
    const LGPD_DECLARATION: LetterInputs = { 'lgpd.origin': 'You gave us the data.', 'lgpd.criteria': 'The contract plus 3 years.', 'lgpd.purposes': ['Providing the service'], 'access.enclosures': ['export.json'] };
    const letter = (reference: string, kind: RequestLetterKind, inputs: LetterInputs) => ({ caseType: 'request', caseId: reference, kind, language: 'en', date: DATE, inputs });

    it('PIPEDA: the response is refused while identity is open, on PIPEDA’s own ground (EN/IT); finalised once verified', async () => {
      const { id, reference } = await request('pipeda', ['access'], '2026-11-20T10:00:00-05:00');
      await move(id, asked);
      const draft = await text(reference, 'pipeda-response', 'en', PIPEDA_RESPONSE);
      expect(draft.warnings).toContain('identity-not-verified');
      const error = await refused('documents.finalise', letter(reference, 'pipeda-response', PIPEDA_RESPONSE));
      expect(error.code).toBe('ILLEGAL_TRANSITION');
      expect(error.message).toContain(`The letter “Response to request ${reference}” gives the individual their personal information: verify their identity on request ${reference}`);
      expect(error.message).toContain('(principles 4.9.2 and 4.7.1 of Schedule 1 to PIPEDA)');
      expect(error.message).not.toMatch(FOREIGN);
      const italian = renderText('it', error.detail as Message);
      expect(italian).toContain('prima di finalizzarla (PIPEDA, allegato 1, principi 4.9.2 e 4.7.1)');
      expect(italian).not.toMatch(FOREIGN);
      expect(await call<DocumentSummary[]>('documents.list', { caseType: 'request', caseId: id })).toEqual([]);

      await move(id, { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' }, at: '2026-12-03T10:00:00Z' });
      expect((await text(reference, 'pipeda-response', 'en', PIPEDA_RESPONSE)).warnings).not.toContain('identity-not-verified');
      expect((await call<DocumentSummary>('documents.finalise', letter(reference, 'pipeda-response', PIPEDA_RESPONSE))).kind).toBe('pipeda-response');
    });

    it('LGPD: the confirmation and the declaration are refused while identity is open (Arts 18 § 3, 46; EN/IT); finalised once recorded as not needed', async () => {
      const { id, reference } = await request('lgpd', ['confirmation', 'access'], '2026-12-01T10:00:00-03:00');
      await move(id, asked);
      const held: [RequestLetterKind, LetterInputs][] = [
        ['lgpd-confirmation', LGPD_CONFIRMATION],
        ['lgpd-declaration', LGPD_DECLARATION],
      ];
      for (const [kind, inputs] of held) {
        const error = await refused('documents.finalise', letter(reference, kind, inputs));
        expect(error.code, kind).toBe('ILLEGAL_TRANSITION');
        expect(error.message, kind).toContain('gives the data subject their personal data: verify their identity on request');
        expect(error.message, kind).toContain('(Articles 18, § 3, and 46 LGPD)');
        expect(error.message, kind).not.toMatch(FOREIGN);
        expect(renderText('it', error.detail as Message), kind).toContain('prima di finalizzarla (artt. 18, § 3, e 46 LGPD)');
      }
      await move(id, { to: 'in-progress', identity: { method: 'id-document', outcome: 'not-required' }, at: '2026-12-03T10:00:00Z' });
      expect((await call<DocumentSummary>('documents.finalise', letter(reference, 'lgpd-confirmation', LGPD_CONFIRMATION))).kind).toBe('lgpd-confirmation');
      expect((await call<DocumentSummary>('documents.finalise', letter(reference, 'lgpd-declaration', LGPD_DECLARATION))).kind).toBe('lgpd-declaration');
    });

    it('LGPD: a declaration that no record is held discloses nothing and is not held', async () => {
      const { id, reference } = await request('lgpd', ['access'], '2026-12-01T10:00:00-03:00');
      await move(id, { to: 'responded', outcome: 'no-data-held', reason: 'No record found.', at: '2026-12-03T10:00:00Z' });
      const done = await call<DocumentSummary>('documents.finalise', letter(reference, 'lgpd-declaration', { 'nodata.searched': ['The CRM'] }));
      expect(done.kind).toBe('lgpd-declaration');
    });
  });

  describe('the identity letter recorded as sent', () => {
    it('is recorded on the case as the GDPR one is: the sending audited, identity still asked, nothing closed (PIPEDA, LGPD, FADP)', async () => {
      for (const [regime, types, receivedAt] of [['pipeda', ['access'], '2026-11-20T10:00:00-05:00'], ['lgpd', ['access'], '2026-12-01T10:00:00-03:00'], ['ch-fadp', ['access'], '2026-12-01T10:00:00+01:00']] as const) {
        const { id, reference } = await request(regime, [...types], receivedAt);
        await move(id, asked);
        const letter = await call<DocumentSummary>('documents.finalise', { caseType: 'request', caseId: reference, kind: 'identity-verification', language: 'en', date: DATE, inputs: {} });
        const sent = await call<DocumentSummary>('documents.sent', { documentId: letter.id, sentOn: DATE, channel: 'email', recipient: 'Paola Neri' });
        expect(sent.dispatches.map((d) => d.sentOn), regime).toEqual([DATE]);
        expect(sent.onSent, regime).toEqual({ acknowledges: false, close: null });
        const detail = await call<RequestDetail>('requests.get', { id });
        expect(detail.status, regime).toBe('awaiting-identity');
        expect(detail.identity, regime).toMatchObject({ method: 'id-document', outcome: 'pending', requestedAt: '2026-12-02T10:00:00.000Z' });
        const events = await app.session.db().selectFrom('audit_events').select(['action', 'entity_id']).where('action', '=', 'request.letter-sent').where('entity_id', '=', id).execute();
        expect(events, regime).toHaveLength(1);
      }
    });
  });
});
