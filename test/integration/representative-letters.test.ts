import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Regime } from '../../electron/shared/requests';
import { letterVault, NOVENTIA } from '../support/letter-vault';
import { ACCESS_INPUTS } from '../support/letter-fixtures';

/**
 * Letters on a request made by a representative or an authorised agent (review 7, G18): the
 * data are the person's, not the reader's. Every request letter names the person in the third
 * person ("access to Paola Neri’s personal data", "trattiamo dati personali che riguardano Paola
 * Neri"), asks the representative for the mandate instead of "your identity" (Art. 12(6);
 * EDPB Guidelines 01/2022, §§ 79–85; UK: Art. 12A), confirms under Art. 15(1) that the data are
 * processed about the person and encloses the copy as sent on the mandate; a company agent is
 * greeted "Dear Sir or Madam," and an Italian title stays out of an English salutation. An
 * answer with no authority recorded as checked is cautioned. A person's own request reads as before.
 */
const NOW = new Date('2026-12-04T10:00:00Z');
const DATE = '2026-12-04';

/** What a letter written to the person herself says, and a representative's letter must never say of the person. */
const SECOND_PERSON = {
  en: ['your personal data', 'your identity', 'about you', 'your data', 'Your rights', 'You have the right'],
  it: ['Suoi dati', 'Sua identità', 'che La riguardano', 'Suoi diritti', 'Ha il diritto'],
};

describe('letters on a request made by a representative or an agent (review 7, G18)', () => {
  const { call, requestLetter } = letterVault(NOW, NOVENTIA);

  async function request(regime: Regime, who: { relation: string; name: string } | null, types: string[] = ['access'], receivedAt = '2026-12-01T10:00:00+01:00'): Promise<{ id: string; reference: string }> {
    const requester = who ? { requesterRelation: who.relation, requesterName: who.name, requesterEmail: 'requests@agent.example' } : {};
    const input = { regime, types, receivedAt, channel: 'email', subjectName: who ? 'Paola Neri' : 'Giulia Bianchi', subjectEmail: 'person@example.it', ...requester };
    return call<{ id: string; reference: string }>('requests.create', { request: input });
  }

  async function letter(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs = {}): Promise<{ text: string; warnings: string[] }> {
    const { text, warnings } = await requestLetter(reference, kind, language, DATE, inputs);
    return { text, warnings };
  }

  const lawyer = { relation: 'legal-representative', name: 'Avv. Carlo Bassi' };
  const agency = { relation: 'authorised-agent', name: 'Rights Agency Ltd' };

  it('acknowledgement, GDPR and UK GDPR, EN/IT: the person named, the mandate asked for, the agent greeted rightly', async () => {
    const gdpr = await request('gdpr', lawyer);
    const en = (await letter(gdpr.reference, 'acknowledgement', 'en')).text;
    expect(en).toContain('Your request of 1 December 2026 made on behalf of Paola Neri: acknowledgement of receipt');
    expect(en).toContain('Dear Carlo Bassi,');
    expect(en).not.toContain('Dear Avv.');
    expect(en).toContain('It concerns access to Paola Neri’s personal data.');
    expect(en).toContain('We may ask you for the written authorisation (a mandate or power of attorney) under which you act for Paola Neri, and for the information needed to confirm Paola Neri’s identity if we have reasonable doubts about it (Article 12(6) GDPR).');
    expect(en).toContain('Yours sincerely,');
    for (const words of SECOND_PERSON.en) expect(en, words).not.toContain(words);
    const it = (await letter(gdpr.reference, 'acknowledgement', 'it')).text;
    expect(it).toContain('Sua richiesta del 1º dicembre 2026 presentata per conto di Paola Neri: conferma di ricezione');
    expect(it).toContain('Gentile Avv. Carlo Bassi,');
    expect(it).toContain('La richiesta riguarda: accesso ai dati personali di Paola Neri.');
    expect(it).toContain('Potremmo chiederLe l’autorizzazione scritta (delega o procura) con cui agisce per Paola Neri e, qualora avessimo ragionevoli dubbi sull’identità di Paola Neri, le informazioni ulteriori necessarie per confermarla (art. 12, par. 6, GDPR).');
    for (const words of SECOND_PERSON.it) expect(it, words).not.toContain(words);

    const uk = await request('uk-gdpr', agency);
    const ukEn = (await letter(uk.reference, 'acknowledgement', 'en')).text;
    expect(ukEn).toContain('Dear Sir or Madam,');
    expect(ukEn).toContain('Yours faithfully,');
    expect(ukEn).toContain('It concerns access to Paola Neri’s personal data.');
    expect(ukEn).toContain('We may ask you for the written authorisation (a mandate or power of attorney) under which you act for Paola Neri, and for information to confirm Paola Neri’s identity (Article 12(6) UK GDPR). If we need to, the one-month period begins only when we receive what we asked for (Article 12A UK GDPR).');
    for (const words of SECOND_PERSON.en) expect(ukEn, words).not.toContain(words);
    const ukIt = (await letter(uk.reference, 'acknowledgement', 'it')).text;
    expect(ukIt).toContain('Spettabile Rights Agency Ltd,');
    expect(ukIt).toContain('Distinti saluti,');
    expect(ukIt).toContain('il termine di un mese decorrerà solo dal ricevimento di quanto richiesto (art. 12A UK GDPR)');
    for (const words of SECOND_PERSON.it) expect(ukIt, words).not.toContain(words);

    // The UK clock restarted on the authority received (Art. 12A): what was asked is the mandate, not "your identity".
    const restarted = await request('uk-gdpr', agency);
    await call('requests.transition', { id: restarted.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We hold no authorisation from Paola Neri.', at: '2026-12-02T10:00:00+00:00' } });
    await call('requests.transition', { id: restarted.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-03T10:00:00+00:00' } });
    const restartEn = (await letter(restarted.reference, 'acknowledgement', 'en')).text;
    expect(restartEn).toContain('We asked you on 2 December 2026 for the written authorisation (a mandate or power of attorney) under which you act for Paola Neri and for information to confirm Paola Neri’s identity, and received what we asked for on 3 December 2026; under Article 12A UK GDPR the one month runs from that day');
    for (const words of SECOND_PERSON.en) expect(restartEn, words).not.toContain(words);
    const restartIt = (await letter(restarted.reference, 'acknowledgement', 'it')).text;
    // A company agent is addressed in the plural of courtesy (G18's remainder: company-agent-italian.test.ts).
    expect(restartIt).toContain('Il 2 dicembre 2026 Vi abbiamo chiesto l’autorizzazione scritta (delega o procura) con cui agite per Paola Neri e le informazioni per verificare l’identità di Paola Neri, che abbiamo ricevuto il 3 dicembre 2026');
    for (const words of SECOND_PERSON.it) expect(restartIt, words).not.toContain(words);
  });

  it('identity verification, GDPR and UK GDPR, EN/IT: asks for the authority to act, not for the reader’s identity', async () => {
    for (const [regime, who] of [['gdpr', lawyer], ['uk-gdpr', agency]] as const) {
      const { id, reference } = await request(regime, who);
      await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We hold no authorisation from Paola Neri.', at: '2026-12-02T10:00:00+01:00' } });
      const en = (await letter(reference, 'identity-verification', 'en')).text;
      expect(en).toContain('made on behalf of Paola Neri: we need to confirm your authority to act for Paola Neri');
      expect(en).toContain('we need to be satisfied that you are entitled to act for Paola Neri and that the request is Paola Neri’s');
      // Tenth review, K26: the person's signed authorisation, and the identity and powers of whoever signs for a company or firm, never the reader's own identity.
      // A lawyer in his own name signs for no company: only the person's authorisation (twelfth review, L5).
      const signatory = who === lawyer ? '.' : ' and, where the request is signed by a person acting for your company or firm, a document showing that person’s identity and authority to act for it.';
      expect(en).toContain(`A signed authorisation from Paola Neri allowing you to make this request on Paola Neri’s behalf${signatory}`);
      expect(en).not.toContain('proof of your own identity');
      expect(en).not.toContain('doubts about your identity');
      for (const words of SECOND_PERSON.en) expect(en, `${regime}: ${words}`).not.toContain(words);
      const it = (await letter(reference, 'identity-verification', 'it')).text;
      expect(it).toContain('verifica del titolo ad agire per Paola Neri');
      expect(it).toContain(`dobbiamo accertare che ${who === lawyer ? 'Lei abbia' : 'Voi abbiate'} titolo ad agire per Paola Neri e che la richiesta provenga da Paola Neri`);
      const [you, your, yourM] = who === lawyer ? ['La', 'Sua', 'Suo'] : ['Vi', 'Vostra', 'Vostro'];
      const firmatario = who === lawyer ? '.' : ` e, se la richiesta è sottoscritta da una persona che agisce per la ${your} società o il ${yourM} studio, un documento che ne attesti l’identità e i poteri di rappresentanza.`;
      expect(it).toContain(`Una delega firmata da Paola Neri che ${you} autorizzi a presentare questa richiesta per suo conto${firmatario}`);
      expect(it).not.toMatch(/attesti la (?:Sua|Vostra) identità/);
      expect(it).not.toContain('dubbi sulla Sua identità');
      expect(it).not.toContain('verificare la Sua identità');
      for (const words of SECOND_PERSON.it.filter((w) => w !== 'Sua identità')) expect(it, `${regime}: ${words}`).not.toContain(words);
    }
  });

  it('access response, GDPR and UK GDPR, EN/IT: Art. 15(1) confirmed about the person, the copy sent on the mandate; cautioned with no mandate recorded', async () => {
    for (const [regime, who] of [['gdpr', lawyer], ['uk-gdpr', agency]] as const) {
      const { id, reference } = await request(regime, who);
      await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
      const en = await letter(reference, 'access-response', 'en', ACCESS_INPUTS);
      expect(en.text).toContain('made on behalf of Paola Neri: access to Paola Neri’s personal data');
      expect(en.text).toContain('We are replying to the request you made on behalf of Paola Neri on 1 December 2026');
      expect(en.text).toContain('We confirm that we process personal data about Paola Neri. A copy of that data is enclosed (Article 15(3)), sent to you as Paola Neri’s representative on the strength of the authorisation you gave us');
      expect(en.text).toContain('6. Paola Neri’s rights (Article 15(1)(e)) Paola Neri has the right to ask us to rectify');
      expect(en.text).toContain('Paola Neri has the right to lodge a complaint');
      for (const words of SECOND_PERSON.en) expect(en.text, `${regime}: ${words}`).not.toContain(words);
      expect(en.warnings).not.toContain('no-mandate');
      const it = await letter(reference, 'access-response', 'it', ACCESS_INPUTS);
      expect(it.text).toContain('accesso ai dati personali di Paola Neri');
      const [you, gave] = who === lawyer ? ['Le', 'ha fornito'] : ['Vi', 'avete fornito'];
      expect(it.text).toContain(`${you} confermiamo che trattiamo dati personali che riguardano Paola Neri. Ne alleghiamo una copia (art. 15, par. 3), che ${you} inviamo quale rappresentante di Paola Neri in forza dell’autorizzazione che ci ${gave}`);
      expect(it.text).toContain('6. I diritti di Paola Neri');
      expect(it.text).toContain('Paola Neri ha il diritto di proporre reclamo');
      for (const words of SECOND_PERSON.it) expect(it.text, `${regime}: ${words}`).not.toContain(words);
    }
    // Verified by an identity document, not by an authorisation: the answer would go to someone whose authority is not on file.
    const { id, reference } = await request('gdpr', lawyer);
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'access-response', language: 'en', date: DATE, inputs: ACCESS_INPUTS });
    const caution = preview.warnings.find((w) => w.code === 'no-mandate');
    expect(caution?.message.en).toContain(`Request ${reference} was made by Avv. Carlo Bassi on behalf of Paola Neri, but the register records no authorisation checked for it`);
    expect(caution?.message.it).toContain(`La richiesta ${reference} è stata presentata da Avv. Carlo Bassi per conto di Paola Neri, ma il registro non riporta alcuna verifica del titolo ad agire`);
  });

  it('refusal, GDPR and UK GDPR, EN/IT: an identity refusal speaks of the authority to act; the rights are the person’s', async () => {
    for (const [regime, who] of [['gdpr', lawyer], ['uk-gdpr', agency]] as const) {
      const { id, reference } = await request(regime, who);
      await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We hold no authorisation from Paola Neri.', at: '2026-12-02T10:00:00+01:00' } });
      await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No authorisation was sent.', at: '2026-12-03T10:00:00+01:00' } });
      const en = await letter(reference, 'refusal', 'en');
      expect(en.text).toContain('made on behalf of Paola Neri: our decision');
      expect(en.text).toContain('concerning access to Paola Neri’s personal data');
      expect(en.text).toContain('We have not been able to confirm your authority to act for Paola Neri, or Paola Neri’s identity');
      expect(en.text).toContain('Paola Neri has the right to lodge a complaint');
      expect(en.text).toContain('Paola Neri also has the right');
      for (const words of SECOND_PERSON.en) expect(en.text, `${regime}: ${words}`).not.toContain(words);
      // The refusal for want of the mandate is the answer to its absence: no caution.
      expect(en.warnings).not.toContain('no-mandate');
      const it = await letter(reference, 'refusal', 'it');
      expect(it.text).toContain(`Non siamo riusciti a verificare il ${who === lawyer ? 'Suo' : 'Vostro'} titolo ad agire per Paola Neri o l’identità di Paola Neri`);
      expect(it.text).toContain('Paola Neri ha il diritto di proporre reclamo');
      expect(it.text).toContain('Paola Neri ha inoltre il diritto');
      for (const words of SECOND_PERSON.it) expect(it.text, `${regime}: ${words}`).not.toContain(words);
    }
    // Refused on another ground with no mandate checked: cautioned.
    const { id, reference } = await request('gdpr', lawyer);
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'manifestly-excessive', reason: 'Fourth identical request in a month.', at: '2026-12-03T10:00:00+01:00' } });
    expect((await letter(reference, 'refusal', 'en')).warnings).toContain('no-mandate');
  });

  it('withdrawal and partial objection/erasure confirmations, EN/IT: the consent and the remedies are the person’s (G18’s remainder)', async () => {
    async function closed(type: string, outcome: string): Promise<string> {
      const input = { regime: 'gdpr', types: [type], receivedAt: '2026-12-01T10:00:00+01:00', channel: 'email', subjectName: 'Paola Neri', subjectEmail: 'person@example.it', requesterRelation: lawyer.relation, requesterName: lawyer.name, requesterEmail: 'requests@agent.example' };
      const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: input });
      await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-01T12:00:00+01:00' } });
      await call('requests.transition', { id, transition: { to: 'responded', outcome, reason: 'Answered.', at: '2026-12-02T10:00:00+01:00' } });
      return reference;
    }
    const withdrawal = await closed('consent-withdrawal', 'fulfilled');
    const wEn = (await letter(withdrawal, 'withdrawal-confirmation', 'en', { 'action.date': '2026-12-02' })).text;
    expect(wEn).toContain('we no longer process Paola Neri’s personal data for the purposes for which Paola Neri had given it.');
    expect(wEn).not.toContain('you had given it');
    for (const words of SECOND_PERSON.en) expect(wEn, words).not.toContain(words);
    const wIt = (await letter(withdrawal, 'withdrawal-confirmation', 'it', { 'action.date': '2026-12-02' })).text;
    // Tenth review, K24: the consent withdrawn is Paola Neri's, and the Regulation is defined outside a bracket.
    expect(wIt).toContain('con cui ha revocato, per conto di Paola Neri, il consenso che Paola Neri aveva prestato al trattamento dei propri dati personali. Le confermiamo che dal 2 dicembre 2026 non trattiamo più i dati personali di Paola Neri per le finalità per le quali il consenso era stato prestato.');
    expect(wIt).toContain('Come previsto dall’art. 7, par. 3, del Regolamento (UE) 2016/679 («GDPR»), la revoca non pregiudica');
    expect(wIt).not.toMatch(/il «GDPR»|con cui ha revocato il consenso/);
    for (const words of SECOND_PERSON.it) expect(wIt, words).not.toContain(words);

    const objection = await closed('objection', 'partially-fulfilled');
    const objectionInputs = { 'action.date': '2026-12-02', 'objection.stopped': 'the newsletter', 'objection.kept': 'the fraud checks', 'objection.ground': 'legal-claims', 'objection.groundsDetail': 'a payment is disputed' };
    const oEn = (await letter(objection, 'objection-confirmation', 'en', { ...objectionInputs, 'objection.ground': 'compelling-grounds' })).text;
    expect(oEn).toContain('because we have compelling legitimate grounds for the processing which override Paola Neri’s interests, rights and freedoms (Article 21(1) GDPR)');
    expect(oEn).toContain('If Paola Neri does not agree with our decision on the part of the objection we have not upheld, Paola Neri has the right to lodge a complaint');
    expect(oEn).not.toMatch(/you have the right|If you do not agree/);
    const oIt = (await letter(objection, 'objection-confirmation', 'it', { ...objectionInputs, 'objection.ground': 'compelling-grounds', 'objection.stopped': 'la newsletter', 'objection.kept': 'i controlli antifrode', 'objection.groundsDetail': 'un pagamento è contestato' })).text;
    expect(oIt).not.toContain('Suoi interessi');
    expect(oIt).toContain('che prevalgono sugli interessi, i diritti e le libertà di Paola Neri');
    expect(oIt).toContain('Se Paola Neri non è d’accordo con la nostra decisione sulla parte dell’opposizione che non abbiamo accolto, Paola Neri ha il diritto di proporre reclamo');

    const erasure = await closed('erasure', 'partially-fulfilled');
    const erasureInputs = { 'action.date': '2026-12-02', 'action.retained': 'the invoices of the last ten years', 'action.retainedException': 'art-17-3-b' };
    const eEn = (await letter(erasure, 'erasure-confirmation', 'en', erasureInputs)).text;
    expect(eEn).toContain('If Paola Neri does not agree with our decision on the part of the request we have not carried out, Paola Neri has the right to lodge a complaint');
    expect(eEn).not.toMatch(/you have the right|If you do not agree/);
    const eIt = (await letter(erasure, 'erasure-confirmation', 'it', { ...erasureInputs, 'action.retained': 'le fatture degli ultimi dieci anni' })).text;
    expect(eIt).toContain('Se Paola Neri non è d’accordo con la nostra decisione sulla parte della richiesta cui non abbiamo dato seguito, Paola Neri ha il diritto di proporre reclamo');
  });

  it('marketing opt-out and withdrawal to a representative, EN/IT: the marketing stopped is to the person, the consent withdrawn the person’s (tenth review, K25, K24)', async () => {
    for (const who of [lawyer, agency]) {
      const optOut = await request('gdpr', who, ['marketing-opt-out']);
      const en = (await letter(optOut.reference, 'opt-out-confirmation', 'en', { 'action.date': '2026-12-01' })).text;
      expect(en).toContain('to stop direct marketing to Paola Neri. We confirm that since 1 December 2026 we no longer process Paola Neri’s personal data for direct marketing purposes');
      const it = (await letter(optOut.reference, 'opt-out-confirmation', 'it', { 'action.date': '2026-12-01' })).text;
      expect(it).toContain(`(riferimento ${optOut.reference}) che Paola Neri non riceva più comunicazioni di marketing diretto.`);
      expect(it).not.toContain('di non ricevere più');
      const withdrawal = await request('gdpr', who, ['consent-withdrawal']);
      const wEn = (await letter(withdrawal.reference, 'withdrawal-confirmation', 'en', { 'action.date': '2026-12-01' })).text;
      expect(wEn).toContain(`(reference ${withdrawal.reference}), made on behalf of Paola Neri, by which you withdrew Paola Neri’s consent to the processing of Paola Neri’s personal data.`);
      expect(wEn).toContain('As Article 7(3) of Regulation (EU) 2016/679 (“GDPR”) provides, the withdrawal does not affect the lawfulness of processing based on consent before its withdrawal.');
      expect(wEn).not.toContain('the “GDPR”');
      const wIt = (await letter(withdrawal.reference, 'withdrawal-confirmation', 'it', { 'action.date': '2026-12-01' })).text;
      const revoked = who === lawyer ? 'ha revocato' : 'avete revocato';
      expect(wIt).toContain(`con cui ${revoked}, per conto di Paola Neri, il consenso che Paola Neri aveva prestato al trattamento dei propri dati personali.`);
      expect(wIt).not.toContain(`${revoked} il consenso al trattamento`);
    }
    // The person's own letters keep their words.
    const own = await request('gdpr', null, ['marketing-opt-out']);
    expect((await letter(own.reference, 'opt-out-confirmation', 'it', { 'action.date': '2026-12-01' })).text).toContain('di non ricevere più comunicazioni di marketing diretto.');
    const ownWithdrawal = await request('gdpr', null, ['consent-withdrawal']);
    expect((await letter(ownWithdrawal.reference, 'withdrawal-confirmation', 'it', { 'action.date': '2026-12-01' })).text).toContain('con cui ha revocato il consenso al trattamento dei Suoi dati personali.');
  });

  it('identity verification on new doubts after the authority was verified, GDPR and UK GDPR, EN/IT: says the doubts arose, not a first check (eleventh lawyer’s review, L4)', async () => {
    for (const [regime, who] of [['gdpr', agency], ['uk-gdpr', lawyer]] as const) {
      const { id, reference } = await request(regime, who);
      await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
      const doubts = { 'identity.needed': 'A new signed authorisation from Paola Neri.', 'identity.newDoubts': 'Paola Neri has written to us that the mandate was revoked.' };
      const en = (await letter(reference, 'identity-verification', 'en', doubts)).text;
      expect(en, regime).toContain('made on behalf of Paola Neri. Since we began dealing with it, something has given us reason to doubt that the request is Paola Neri’s, or that you are still entitled to act for Paola Neri (see below). Before we act further on it we therefore ask you for what is set out below');
      expect(en, regime).not.toContain('Before we act on it, we need to be satisfied');
      const it = (await letter(reference, 'identity-verification', 'it', { ...doubts, 'identity.newDoubts': 'Paola Neri ci ha scritto di aver revocato il mandato.' })).text;
      const [you, ask] = who === agency ? ['Voi abbiate', 'Vi chiediamo'] : ['Lei abbia', 'Le chiediamo'];
      expect(it, regime).toContain(`Da quando abbiamo iniziato a occuparcene, sono emersi elementi che ci fanno dubitare che la richiesta provenga da Paola Neri, o che ${you} ancora titolo ad agire per Paola Neri (v. sotto). Prima di darle ulteriore seguito ${ask} quindi quanto indicato di seguito`);
      expect(it, regime).not.toContain('Prima di darle seguito dobbiamo accertare');
    }
  });

  it('UK GDPR identity letter with the clock running or past due, EN/IT: the authority and the person’s identity, never “your identity” (review 8, H1)', async () => {
    const needed = { 'identity.needed': 'A signed authorisation from Paola Neri.' };
    const richiesta = { 'identity.needed': 'Una delega firmata da Paola Neri.' };
    // Received on 1 December and no identity stop in the register: the time runs (Arts 12(3) and 12A UK GDPR).
    const running = await request('uk-gdpr', agency);
    const en = (await letter(running.reference, 'identity-verification', 'en', needed)).text;
    expect(en).toContain('continues to run: we will answer by');
    expect(en).toContain('If we cannot confirm your authority to act for Paola Neri, or Paola Neri’s identity, we may be unable to act on the request (Articles 11(2) and 12(2) UK GDPR)');
    expect(en).not.toContain('your identity');
    const it = (await letter(running.reference, 'identity-verification', 'it', richiesta)).text;
    expect(it).toContain('Se non potremo verificare il Vostro titolo ad agire per Paola Neri o l’identità di Paola Neri, potremmo non essere in grado di dare seguito alla richiesta (artt. 11, par. 2, e 12, par. 2, UK GDPR)');
    expect(it).not.toMatch(/Sua identità|Vostra identità/);
    // Received on 15 October: the month ran out before the letter's day.
    const late = await request('uk-gdpr', lawyer, ['access'], '2026-10-15T10:00:00+01:00');
    const lateEn = (await letter(late.reference, 'identity-verification', 'en', needed)).text;
    expect(lateEn).toContain('we apologise for the delay, and we will answer as soon as we have what we are asking for. If we cannot confirm your authority to act for Paola Neri, or Paola Neri’s identity');
    expect(lateEn).not.toContain('you have confirmed your identity');
    const lateIt = (await letter(late.reference, 'identity-verification', 'it', richiesta)).text;
    expect(lateIt).toContain('Le risponderemo non appena avremo ricevuto quanto Le chiediamo.');
    expect(lateIt).toContain('Se non potremo verificare il Suo titolo ad agire per Paola Neri o l’identità di Paola Neri, potremmo non essere in grado');
    expect(lateIt).not.toContain('avrà confermato la Sua identità');
  });

  const PORTABLE = { 'portability.data': ['Account profile', 'Projects'], 'portability.format': 'JSON', 'access.enclosures': ['export.json'] };

  it('portability response, GDPR and UK GDPR, EN/IT: the person’s data, provided by the person, on the person’s consent or contract, sent on the mandate (review 8, H2)', async () => {
    for (const [regime, who] of [['gdpr', lawyer], ['uk-gdpr', agency]] as const) {
      const { id, reference } = await request(regime, who, ['portability']);
      await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
      const en = (await letter(reference, 'portability-response', 'en', PORTABLE)).text;
      expect(en).toContain('Your request of 1 December 2026 made on behalf of Paola Neri: portability of Paola Neri’s personal data');
      expect(en).toContain('We are replying to the request you made on behalf of Paola Neri on 1 December 2026');
      expect(en).toContain('to receive Paola Neri’s personal data in a portable form');
      expect(en).toContain('That right covers the personal data Paola Neri has provided to us which we process by automated means on the basis of Paola Neri’s consent or of a contract with Paola Neri (Article 20(1)); for Paola Neri, that is the following data: Account profile Projects');
      expect(en).toContain('We enclose it in JSON, a structured, commonly used and machine-readable format (Article 20(1)), sent to you as Paola Neri’s representative on the strength of the authorisation you gave us.');
      expect(en).toContain('If Paola Neri wishes, we will transmit the data directly to another controller Paola Neri names (you may tell us on Paola Neri’s behalf), where technically feasible (Article 20(2))');
      expect(en).toContain('Receiving the data in this form does not erase it: Paola Neri’s right to erasure and Paola Neri’s other rights are unaffected (Article 20(3)).');
      expect(en).toContain('Paola Neri has the right to lodge a complaint');
      if (regime === 'gdpr') expect(en).toContain('Paola Neri also has the right to an effective judicial remedy against us, before the courts of the Member State where we are established or where Paola Neri is habitually resident (Article 79 GDPR)');
      else expect(en).toContain('Paola Neri also has the right to seek a judicial remedy');
      expect(en).not.toMatch(/contract with you|for you,|you have provided|another controller you name/);
      for (const words of SECOND_PERSON.en) expect(en, `${regime}: ${words}`).not.toContain(words);
      const it = (await letter(reference, 'portability-response', 'it', { ...PORTABLE, 'portability.data': ['Profilo', 'Progetti'] })).text;
      const [your, gave, you, can] = who === lawyer ? ['Sua', 'ha fornito', 'Glieli', 'Può'] : ['Vostra', 'avete fornito', 'Ve li', 'Potete'];
      expect(it).toContain(`${your} richiesta del 1º dicembre 2026 presentata per conto di Paola Neri: portabilità dei dati personali di Paola Neri`);
      expect(it).toContain('di ricevere i dati personali di Paola Neri in un formato portabile');
      expect(it).toContain('Tale diritto riguarda i dati personali che ci sono stati forniti da Paola Neri e che trattiamo con mezzi automatizzati sulla base del consenso di Paola Neri o di un contratto con Paola Neri (art. 20, par. 1); nel caso di Paola Neri si tratta dei dati seguenti');
      expect(it).toContain(`Li alleghiamo in JSON, un formato strutturato, di uso comune e leggibile da dispositivo automatico (art. 20, par. 1), e ${you} inviamo quale rappresentante di Paola Neri in forza dell’autorizzazione che ci ${gave}.`);
      // Tenth review, K28: said once, not "indicarcelo … indicatecelo".
      expect(it).toContain(`trasmetteremo i dati direttamente a un altro titolare del trattamento indicato da Paola Neri, se tecnicamente fattibile (art. 20, par. 2). ${can} indicarci il titolare per conto di Paola Neri citando il riferimento`);
      expect(it).not.toMatch(/indicarcelo|indicatecelo|ce lo indichi/);
      expect(it).toContain('il diritto alla cancellazione e gli altri diritti di Paola Neri restano impregiudicati (art. 20, par. 3)');
      if (regime === 'gdpr') expect(it).toContain('in cui Paola Neri risiede abitualmente (art. 79 GDPR)');
      expect(it).not.toMatch(/Suo consenso|contratto con (?:Lei|Voi)|nel (?:Suo|Vostro) caso/);
      for (const words of SECOND_PERSON.it) expect(it, `${regime}: ${words}`).not.toContain(words);
    }
  });

  it('access response’s portability section, GDPR (in full) and UK GDPR (in part), EN/IT: headed and written of the person (review 8, H2)', async () => {
    const withheld = { 'access.withheld': ['E-mails naming other customers'], 'access.withheldReasons': 'They would disclose other people’s data.' };
    for (const [regime, who, kind, n] of [['gdpr', lawyer, 'access-response', '10'], ['uk-gdpr', agency, 'access-partial', '11']] as const) {
      const { id, reference } = await request(regime, who, ['access', 'portability']);
      await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
      if (kind === 'access-partial') await call('requests.transition', { id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Answered in part.', at: '2026-12-03T10:00:00+01:00' } });
      const inputs = { ...ACCESS_INPUTS, ...PORTABLE, ...(kind === 'access-partial' ? withheld : {}), 'portability.transmission': 'not-feasible', 'portability.notFeasibleReason': 'the other provider has no interface' };
      const en = (await letter(reference, kind, 'en', inputs)).text;
      expect(en).toContain(`${n}. Paola Neri’s data in a portable form (Article 20)`);
      expect(en).toContain(`You also asked to receive Paola Neri’s personal data in a portable form. That right covers the personal data Paola Neri has provided to us which we process by automated means on the basis of Paola Neri’s consent or of a contract with Paola Neri (Article 20(1) ${regime === 'gdpr' ? 'GDPR' : 'UK GDPR'}); for Paola Neri, that is the following data`);
      expect(en).toContain('sent to you as Paola Neri’s representative on the strength of the authorisation you gave us.');
      expect(en).toContain('Paola Neri, or you on Paola Neri’s behalf, may pass the enclosed data on to that controller (Article 20(1)).');
      expect(en).not.toMatch(/contract with you|for you,|you have provided|Your data in a portable form/);
      for (const words of SECOND_PERSON.en) expect(en, `${regime}: ${words}`).not.toContain(words);
      const it = (await letter(reference, kind, 'it', inputs)).text;
      expect(it).toContain(`${n}. I dati di Paola Neri in un formato portabile – art. 20`);
      expect(it).toContain(`${who === lawyer ? 'Ha chiesto' : 'Avete chiesto'} inoltre di ricevere i dati personali di Paola Neri in un formato portabile. Tale diritto riguarda i dati personali che ci sono stati forniti da Paola Neri`);
      expect(it).toContain(`I dati allegati possono comunque essere trasmessi a tale titolare da Paola Neri, o da ${who === lawyer ? 'Lei' : 'Voi'} per conto di Paola Neri (art. 20, par. 1).`);
      expect(it).not.toMatch(/Suo consenso|contratto con (?:Lei|Voi)|nel (?:Suo|Vostro) caso/);
      for (const words of SECOND_PERSON.it) expect(it, `${regime}: ${words}`).not.toContain(words);
    }
  });

  it('a parent’s request, EN/IT: the identity letter checks that the child is the person the records concern; the complaint names the child’s residence in Italian too (review 8, H5, H4)', async () => {
    const parent = { relation: 'parent-guardian', name: 'Maria Neri' };
    const asked = await request('gdpr', parent);
    await call('requests.transition', { id: asked.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We hold no proof of parental responsibility.', at: '2026-12-02T10:00:00+01:00' } });
    const en = (await letter(asked.reference, 'identity-verification', 'en')).text;
    expect(en).toContain('we need to be satisfied that you are entitled to act for Paola Neri and that Paola Neri is the person our records concern');
    expect(en).not.toContain('the request is Paola Neri’s');
    const it = (await letter(asked.reference, 'identity-verification', 'it')).text;
    expect(it).toContain('dobbiamo accertare che Lei abbia titolo ad agire per Paola Neri e che Paola Neri sia la persona cui si riferiscono i nostri dati');
    expect(it).not.toContain('la richiesta provenga da Paola Neri');
    // A lawyer's request still checks that the request is the person's.
    const byLawyer = await request('gdpr', lawyer);
    await call('requests.transition', { id: byLawyer.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We hold no authorisation from Paola Neri.', at: '2026-12-02T10:00:00+01:00' } });
    expect((await letter(byLawyer.reference, 'identity-verification', 'en')).text).toContain('and that the request is Paola Neri’s');

    const none = await request('gdpr', parent);
    await call('requests.transition', { id: none.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
    await call('requests.transition', { id: none.id, transition: { to: 'responded', outcome: 'no-data-held', reason: 'Nothing found.', at: '2026-12-03T10:00:00+01:00' } });
    const noneIt = (await letter(none.reference, 'no-data-held', 'it', { 'nodata.searched': ['CRM', 'Fatturazione'] })).text;
    expect(noneIt).toContain('nello Stato membro in cui Paola Neri risiede abitualmente, lavora oppure');
    expect((await letter(none.reference, 'no-data-held', 'en', { 'nodata.searched': ['CRM', 'Billing'] })).text).toContain('Paola Neri’s habitual residence');
  });

  it('UK GDPR complaint to us (s. 164A) and the restriction’s lifting (Art. 18(3)) on a representative’s request, EN/IT: the complaint and the notice are the person’s (review 8, H12, H14)', async () => {
    const uk = await request('uk-gdpr', agency);
    await call('requests.transition', { id: uk.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
    const en = (await letter(uk.reference, 'access-response', 'en', ACCESS_INPUTS)).text;
    expect(en).toContain('we will acknowledge the complaint within 30 days and give its outcome without undue delay');
    expect(en).not.toContain('your complaint');
    const it = (await letter(uk.reference, 'access-response', 'it', ACCESS_INPUTS)).text;
    expect(it).toContain('ne confermeremo la ricezione entro 30 giorni e ne comunicheremo l’esito senza ingiustificato ritardo');
    expect(it).not.toMatch(/(?:La|Vi) informeremo dell’esito/);

    const input = { regime: 'gdpr', types: ['restriction'], receivedAt: '2026-12-01T10:00:00+01:00', channel: 'email', subjectName: 'Paola Neri', subjectEmail: 'person@example.it', requesterRelation: lawyer.relation, requesterName: lawyer.name, requesterEmail: 'requests@agent.example' };
    const restricted = await call<{ id: string; reference: string }>('requests.create', { request: input });
    await call('requests.transition', { id: restricted.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-01T12:00:00+01:00' } });
    await call('requests.transition', { id: restricted.id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Restricted.', at: '2026-12-02T10:00:00+01:00' } });
    const told = { 'action.date': '2026-12-02', 'action.recipientsTold': 'notified' };
    const rEn = (await letter(restricted.reference, 'restriction-confirmation', 'en', told)).text;
    expect(rEn).toContain('We will tell Paola Neri (or you, on Paola Neri’s behalf) before the restriction is lifted (Article 18(3)).');
    const rIt = (await letter(restricted.reference, 'restriction-confirmation', 'it', told)).text;
    expect(rIt).toContain('Informeremo Paola Neri (o Lei, per conto di Paola Neri) prima che la limitazione sia revocata (art. 18, par. 3).');
    expect(rIt).not.toContain('La informeremo prima');
  });

  it('a request the person makes herself reads as before (EN/IT)', async () => {
    const { id, reference } = await request('gdpr', null);
    const ack = (await letter(reference, 'acknowledgement', 'en')).text;
    expect(ack).toContain('Your request of 1 December 2026: acknowledgement of receipt Dear Giulia Bianchi,');
    expect(ack).toContain('It concerns access to your personal data.');
    expect(ack).toContain('If we have reasonable doubts about your identity, we may ask you for the additional information needed to confirm it (Article 12(6) GDPR).');
    expect(ack).toContain('Yours sincerely,');
    const ackIt = (await letter(reference, 'acknowledgement', 'it')).text;
    expect(ackIt).toContain('Sua richiesta del 1º dicembre 2026: conferma di ricezione Gentile Giulia Bianchi,');
    expect(ackIt).toContain('La richiesta riguarda: accesso ai Suoi dati personali.');
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
    const access = await letter(reference, 'access-response', 'en', ACCESS_INPUTS);
    expect(access.text).toContain('Your request of 1 December 2026: access to your personal data');
    expect(access.text).toContain('We confirm that we process personal data about you. A copy of that data is enclosed (Article 15(3)); below is the information that Article 15(1) and (2) entitle you to.');
    expect(access.text).toContain('1. Why we process your data (Article 15(1)(a))');
    expect(access.text).toContain('6. Your rights (Article 15(1)(e)) You have the right to ask us');
    expect(access.text).toContain('where you have your habitual residence (Article 79 GDPR)');
    expect(access.warnings).not.toContain('no-mandate');
    const accessIt = (await letter(reference, 'access-response', 'it', ACCESS_INPUTS)).text;
    expect(accessIt).toContain('Le confermiamo che trattiamo dati personali che La riguardano. Ne alleghiamo una copia (art. 15, par. 3); di seguito trova le informazioni cui ha diritto');
    expect(accessIt).toContain('6. I Suoi diritti');
    expect(accessIt).toContain('in cui Lei risiede abitualmente');
  });
});
