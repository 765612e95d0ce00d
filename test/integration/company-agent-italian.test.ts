import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Regime } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * Italian letters to a company or a firm acting for the person (review 7, G18's remainder): the
 * plural of courtesy ("Vi confermiamo", "la Vostra richiesta", "potete contattare") after
 * "Spettabile …", never the singular "Lei"/"Sua" of a letter to a person; what is said of the
 * person stays in the third person ("Paola Neri ha il diritto"). Every kind of request letter a
 * GDPR and a CCPA request can have is written for a firm, read from the PDF; a lawyer writing in
 * his own name keeps "Lei". The form of address is chosen in one place (`recipient-greeting.ts`)
 * and applied to the composed letter (`plural-address.ts`).
 */
const NOW = new Date('2026-12-04T10:00:00Z');
const DATE = '2026-12-04';

const ACCESS: LetterInputs = {
  'access.purposes': ['Fornitura del servizio'],
  'access.categories': ['Dati di contatto'],
  'access.recipients': ['Fornitore di hosting'],
  'access.transfers': 'Nessuno',
  'access.retention': 'Durata del contratto più 3 anni',
  'access.source': 'L’interessata',
  'access.automatedDecisions': 'Nessuno',
  'access.enclosures': ['export.json'],
};

const CCPA_KNOW: LetterInputs = {
  'ccpa.details': 'Abbiamo inviato i dati tramite il portale sicuro.',
  'ccpa.knowScope': 'categories',
  'ccpa.categoriesCollected': 'Identificativi',
  'ccpa.sources': 'Modulo di registrazione',
  'ccpa.purposes': 'Fornitura del servizio',
  'ccpa.thirdParties': 'Fornitori di hosting',
  'ccpa.soldShared': 'Nessuna',
  'ccpa.disclosedBusiness': 'Identificativi, ai fornitori di hosting',
};

/** The courtesy singular, which a letter to a firm must not use of its reader. */
const SINGULAR: readonly RegExp[] = [
  /\b(?:Sua|Suo|Suoi|Sue)\b|\bLei\b(?! Geral)/u,
  /\p{Ll}(?:Le|La|Lo)\b/u,
  /\bGliel[oiae]\b/u,
  // The pronoun inside a sentence, or opening one before a verb of address ("La richiesta riguarda…" is the article).
  /(?:\b(?:e|non|che|se|cui|ci) |[,;] |\d )(?:Le|La) /u,
  /(?:^|[.:] )(?:Le|La) (?:confermiamo|risponderemo|preghiamo|informeremo|abbiamo|inviamo|indichiamo|chiediamo|scriviamo|comunichiamo|forniamo|ringraziamo)\b/u,
  /\b(?:può|Può)\b(?! essere| derivare)/u,
  /\b(?:ha|Ha) (?:presentato|fornito|chiesto|richiesto|revocato|diritto|il diritto|inoltre il diritto)\b/u,
  /\b(?:ritiene|desidera|dispone|trova|condivide)\b|\b(?:con|per) cui agisce\b/u,
  /\bPaola Neri (?:Le|La|potete)\b|\b(?:potete|Potete) rivolgersi\b/u,
  /\b(?:ci risponderà|ci invierà|ci fornirà|ci fornisce\b|avrà confermato|Voi abbia\b|Voi risiede\b|chi agite\b)/u,
];

/** Each match of a singular form not said of the person by name, with its context. */
function singularForms(text: string, person: string): string[] {
  const found: string[] = [];
  for (const pattern of SINGULAR) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const m of text.matchAll(global)) {
      const before = text.slice(Math.max(0, (m.index ?? 0) - person.length - 6), m.index ?? 0);
      if (before.includes(person)) continue;
      found.push(text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40));
    }
  }
  return found;
}

describe('Italian letters to a firm acting for the person: the plural of courtesy (G18’s remainder)', () => {
  const { call, tmp } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'no', 'organisation.privacyPolicyUrl': 'https://noventia.example/privacy' });

  async function request(regime: Regime, types: string[], requester: { relation: string; name: string }): Promise<{ id: string; reference: string }> {
    const input = { regime, types, receivedAt: '2026-12-01T10:00:00+01:00', channel: 'email', subjectName: 'Paola Neri', subjectEmail: 'person@example.it', requesterRelation: requester.relation, requesterName: requester.name, requesterEmail: 'richieste@studio.example' };
    return call<{ id: string; reference: string }>('requests.create', { request: input });
  }

  async function italian(reference: string, kind: RequestLetterKind, inputs: LetterInputs = {}): Promise<string> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language: 'it', date: DATE, inputs });
    expect(preview.missing.map((m) => m.key), kind).toEqual([]);
    const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
    const text = pdfText(pdf, tmp.dir).replace(/\s+/g, ' ');
    if (process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `company-${reference}.${kind}.it.pdf`), pdf);
    return text;
  }

  const firm = { relation: 'legal-representative', name: 'Studio Legale Rossi' };
  const agency = { relation: 'authorised-agent', name: 'Tutela Dati S.r.l.' };

  it('every GDPR request letter to a law firm speaks in the plural, the person in the third person', async () => {
    const written: Partial<Record<RequestLetterKind, string>> = {};
    const main = await request('gdpr', ['access', 'erasure', 'rectification', 'restriction', 'objection'], firm);
    const move = (transition: Record<string, unknown>) => call('requests.transition', { id: main.id, transition });
    written.acknowledgement = await italian(main.reference, 'acknowledgement');
    await move({ to: 'awaiting-identity', method: 'agent-authorisation', reason: 'Non abbiamo la delega di Paola Neri.', at: '2026-12-02T10:00:00+01:00' });
    written['identity-verification'] = await italian(main.reference, 'identity-verification');
    await move({ to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T12:00:00+01:00' });
    await move({ to: 'extended', reason: 'I dati sono conservati in sei sistemi.', at: '2026-12-03T10:00:00+01:00' });
    written['extension-notice'] = await italian(main.reference, 'extension-notice');
    written['access-response'] = await italian(main.reference, 'access-response', ACCESS);
    written['access-partial'] = await italian(main.reference, 'access-partial', { ...ACCESS, 'access.withheld': ['E-mail in cui sono nominati altri clienti'], 'access.withheldReasons': 'Rivelerebbero i dati personali di altre persone.' });
    written['no-data-held'] = await italian(main.reference, 'no-data-held', { 'nodata.searched': ['CRM', 'Fatturazione'] });
    const recipients = { 'action.date': '2026-12-03', 'action.recipientsTold': 'notified' };
    written['erasure-confirmation'] = await italian(main.reference, 'erasure-confirmation', recipients);
    written['rectification-confirmation'] = await italian(main.reference, 'rectification-confirmation', recipients);
    written['restriction-confirmation'] = await italian(main.reference, 'restriction-confirmation', recipients);
    written['objection-confirmation'] = await italian(main.reference, 'objection-confirmation', { 'action.date': '2026-12-03' });

    const portability = await request('gdpr', ['portability'], firm);
    await call('requests.transition', { id: portability.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T12:00:00+01:00' } });
    written['portability-response'] = await italian(portability.reference, 'portability-response', { 'portability.data': ['Profilo', 'Ordini'], 'portability.format': 'CSV', 'access.enclosures': ['profilo.csv'] });
    for (const [type, kind] of [['marketing-opt-out', 'opt-out-confirmation'], ['consent-withdrawal', 'withdrawal-confirmation']] as const) {
      const own = await request('gdpr', [type], firm);
      written[kind] = await italian(own.reference, kind, { 'action.date': '2026-12-01' });
    }
    const refused = await request('gdpr', ['access'], firm);
    await call('requests.transition', { id: refused.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'Non abbiamo la delega di Paola Neri.', at: '2026-12-02T10:00:00+01:00' } });
    await call('requests.transition', { id: refused.id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'La delega non è stata inviata.', at: '2026-12-03T10:00:00+01:00' } });
    written.refusal = await italian(refused.reference, 'refusal');

    for (const [kind, text] of Object.entries(written)) expect(text, kind).toContain('Spettabile Studio Legale Rossi,');
    expect(Object.entries(written).flatMap(([kind, text]) => singularForms(text, 'Paola Neri').map((form) => `${kind}: ${form}`))).toEqual([]);
    expect(written.acknowledgement).toContain('Vostra richiesta del 1º dicembre 2026 presentata per conto di Paola Neri: conferma di ricezione');
    expect(written.acknowledgement).toContain('Vi confermiamo di aver ricevuto la Vostra richiesta');
    expect(written.acknowledgement).toContain('che Vi preghiamo di indicare');
    expect(written.acknowledgement).toContain('Data della Vostra richiesta');
    expect(written['identity-verification']).toContain('dobbiamo accertare che Voi abbiate titolo ad agire per Paola Neri');
    expect(written['access-response']).toContain('Vi confermiamo che trattiamo dati personali che riguardano Paola Neri. Ne alleghiamo una copia (art. 15, par. 3), che Vi inviamo quale rappresentante di Paola Neri in forza dell’autorizzazione che ci avete fornito');
    expect(written['access-response']).toContain('Paola Neri ha il diritto di proporre reclamo');
    expect(written['erasure-confirmation']).toContain('potete contattare il nostro Responsabile della protezione dei dati');
  });

  it('what the DPO typed into a letter to a firm is printed as typed, never turned to the plural', async () => {
    const main = await request('gdpr', ['access'], firm);
    await call('requests.transition', { id: main.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T12:00:00+01:00' } });
    const typed = 'Il cliente ha chiesto di non divulgarle e la società può opporsi: Lei lo sa.';
    const text = await italian(main.reference, 'access-partial', { ...ACCESS, 'access.withheld': ['E-mail del cliente'], 'access.withheldReasons': typed });
    expect(text).toContain(typed);
    expect(text).not.toContain('Il cliente avete chiesto');
    expect(text).toContain('Vi confermiamo che trattiamo dati personali che riguardano Paola Neri');
  });

  it('every CCPA letter to an agent company speaks in the plural', async () => {
    const written: Partial<Record<RequestLetterKind, string>> = {};
    const know = await request('ccpa', ['know'], agency);
    written.acknowledgement = await italian(know.reference, 'acknowledgement');
    await call('requests.transition', { id: know.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'Manca il permesso sottoscritto di Paola Neri.', at: '2026-12-02T10:00:00+01:00' } });
    written['identity-verification'] = await italian(know.reference, 'identity-verification');
    await call('requests.transition', { id: know.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T12:00:00+01:00' } });
    await call('requests.transition', { id: know.id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Risposto.', at: '2026-12-03T10:00:00+01:00' } });
    written['ccpa-response'] = await italian(know.reference, 'ccpa-response', CCPA_KNOW);
    const denied = await request('ccpa', ['know'], agency);
    await call('requests.transition', { id: denied.id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'Nessun permesso.', at: '2026-12-03T10:00:00+01:00' } });
    written['ccpa-denial'] = await italian(denied.reference, 'ccpa-denial', { 'denial.reasons': 'Non abbiamo ricevuto alcun permesso sottoscritto da Paola Neri.' });
    const optOut = await request('ccpa', ['opt-out', 'limit'], agency);
    written['opt-out-confirmation'] = await italian(optOut.reference, 'opt-out-confirmation', { 'action.date': '2026-12-03', 'ccpa.thirdPartiesTold': 'none' });
    for (const [kind, text] of Object.entries(written)) expect(text, kind).toContain('Spettabile Tutela Dati S.r.l.,');
    expect(Object.entries(written).flatMap(([kind, text]) => singularForms(text, 'Paola Neri').map((form) => `${kind}: ${form}`))).toEqual([]);
    expect(written['ccpa-denial']).toContain('Potete ripresentare la richiesta');
  });

  it('every LGPD and PIPEDA letter, and the FADP identity letter, to an agent company speaks in the plural', async () => {
    const written: Partial<Record<RequestLetterKind, string>> = {};
    const lgpd = await request('lgpd', ['confirmation', 'access'], agency);
    await call('requests.transition', { id: lgpd.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'Non abbiamo la delega di Paola Neri.', at: '2026-12-01T12:00:00+01:00' } });
    written['identity-verification'] = await italian(lgpd.reference, 'identity-verification');
    written['lgpd-confirmation'] = await italian(lgpd.reference, 'lgpd-confirmation', { 'lgpd.summary': ['Dati identificativi e di contatto'] });
    written['lgpd-declaration'] = await italian(lgpd.reference, 'lgpd-declaration', { 'lgpd.origin': 'L’interessata', 'lgpd.criteria': 'Durata del contratto', 'lgpd.purposes': ['Fornitura del servizio'], 'access.enclosures': ['export.json'] });
    written['lgpd-reply'] = await italian(lgpd.reference, 'lgpd-reply', { 'lgpd.replyGround': 'not-agent', 'lgpd.agent': 'Leads Brasil Ltda, privacidade@leads.example.com.br' });
    const pipeda = await request('pipeda', ['access'], agency);
    await call('requests.transition', { id: pipeda.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'Non abbiamo la delega di Paola Neri.', at: '2026-12-01T12:00:00+01:00' } });
    const pipedaIdentity = await italian(pipeda.reference, 'identity-verification');
    const fadp = await request('ch-fadp', ['access'], agency);
    await call('requests.transition', { id: fadp.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'Non abbiamo la delega di Paola Neri.', at: '2026-12-01T12:00:00+01:00' } });
    const fadpIdentity = await italian(fadp.reference, 'identity-verification');
    await call('requests.transition', { id: pipeda.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } });
    await call('requests.transition', { id: pipeda.id, transition: { to: 'extended', reason: 'Dobbiamo consultare il responsabile che conserva le registrazioni.', at: '2026-12-03T10:00:00+01:00' } });
    written['pipeda-extension'] = await italian(pipeda.reference, 'pipeda-extension');
    written['pipeda-response'] = await italian(pipeda.reference, 'pipeda-response', { 'pipeda.uses': ['Fornitura del servizio'], 'pipeda.disclosures': ['Fornitore di hosting'], 'access.enclosures': ['export.json'] });
    written['pipeda-refusal'] = await italian(pipeda.reference, 'pipeda-refusal', { 'refusal.explanation': 'Le informazioni rivelerebbero i dati personali di un’altra persona.' });
    // The identity letters of the three laws (review 7, G2's remainder): the authority to act asked of the firm in the plural.
    const identities = { 'lgpd identity-verification': written['identity-verification'] ?? '', 'pipeda identity-verification': pipedaIdentity, 'fadp identity-verification': fadpIdentity };
    for (const [kind, text] of [...Object.entries(written), ...Object.entries(identities)]) expect(text, kind).toContain('Spettabile Tutela Dati S.r.l.,');
    expect([...Object.entries(written), ...Object.entries(identities)].flatMap(([kind, text]) => singularForms(text, 'Paola Neri').map((form) => `${kind}: ${form}`))).toEqual([]);
    for (const [kind, text] of Object.entries(identities)) {
      expect(text, kind).toContain('dobbiamo accertare che Voi abbiate titolo ad agire per Paola Neri');
      expect(text, kind).toContain('quanto ci invierete');
    }
    // The law's Portuguese name is not a pronoun; the data are the person's.
    expect(written['lgpd-reply']).toContain('Lei Geral de Proteção de Dados Pessoais');
    expect(written['lgpd-reply']).toContain('riguardo al trattamento dei dati di Paola Neri');
    // The recourse is the person's (PIPEDA s. 11(1): "an individual may file"), said of the person, in the singular (review 9, C).
    expect(written['pipeda-refusal']).toContain('Se Paola Neri non condivide il nostro rifiuto, Paola Neri può presentare un reclamo');
    expect(written['pipeda-refusal']).toContain('i mezzi di tutela a disposizione di Paola Neri');
  });

  it('to a firm the consent, the marketing, the authorisation and the form of the data are Paola Neri’s; a value after a colon continues the sentence (tenth review, K24–K26, K28, K7, K9)', async () => {
    const withdrawal = await request('gdpr', ['consent-withdrawal'], firm);
    expect(await italian(withdrawal.reference, 'withdrawal-confirmation', { 'action.date': '2026-12-01' })).toContain(
      'con cui avete revocato, per conto di Paola Neri, il consenso che Paola Neri aveva prestato al trattamento dei propri dati personali. Vi confermiamo che dal 1º dicembre 2026 non trattiamo più i dati personali di Paola Neri per le finalità per le quali il consenso era stato prestato.',
    );
    const optOut = await request('gdpr', ['marketing-opt-out'], firm);
    expect(await italian(optOut.reference, 'opt-out-confirmation', { 'action.date': '2026-12-01' })).toContain(`Rispondiamo alla Vostra richiesta del 1º dicembre 2026 (riferimento ${optOut.reference}) che Paola Neri non riceva più comunicazioni di marketing diretto.`);
    const identity = await request('gdpr', ['access'], agency);
    await call('requests.transition', { id: identity.id, transition: { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'Non abbiamo la delega di Paola Neri.', at: '2026-12-02T10:00:00+01:00' } });
    const asked = await italian(identity.reference, 'identity-verification');
    expect(asked).toContain('Una delega firmata da Paola Neri che Vi autorizzi a presentare questa richiesta per suo conto e, se la richiesta è sottoscritta da una persona che agisce per la Vostra società o il Vostro studio, un documento che ne attesti l’identità e i poteri di rappresentanza.');
    expect(asked).not.toContain('attesti la Vostra identità');
    const portability = await request('gdpr', ['portability'], firm);
    await call('requests.transition', { id: portability.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T12:00:00+01:00' } });
    const portable = { 'portability.data': ['Profilo'], 'portability.format': 'CSV', 'access.enclosures': ['profilo.csv'], 'portability.transmission': 'not-feasible', 'portability.notFeasibleReason': 'L’altro titolare non offre alcuna interfaccia di importazione.' };
    const text = await italian(portability.reference, 'portability-response', portable);
    expect(text).toContain('Ciò non è tecnicamente fattibile per noi: l’altro titolare non offre alcuna interfaccia di importazione.');
    const open = await request('gdpr', ['portability'], firm);
    await call('requests.transition', { id: open.id, transition: { to: 'in-progress', identity: { method: 'agent-authorisation', outcome: 'verified' }, at: '2026-12-02T12:00:00+01:00' } });
    const offered = await italian(open.reference, 'portability-response', { 'portability.data': ['Profilo'], 'portability.format': 'CSV', 'access.enclosures': ['profilo.csv'] });
    expect(offered).toContain(`se tecnicamente fattibile (art. 20, par. 2). Potete indicarci il titolare per conto di Paola Neri citando il riferimento ${open.reference}.`);
    expect(offered).not.toMatch(/indicarcelo|indicatecelo/);
    const lgpd = await request('lgpd', ['confirmation', 'access'], agency);
    const confirmation = await italian(lgpd.reference, 'lgpd-confirmation', { 'lgpd.summary': ['Dati identificativi e di contatto'] });
    expect(confirmation).toContain('in forma elettronica o a stampa, a scelta di Paola Neri (art. 19, § 2, LGPD)');
    expect(confirmation).not.toContain('come preferisce');
    const reply = await italian(lgpd.reference, 'lgpd-reply', { 'lgpd.replyGround': 'reasons', 'lgpd.reasons': 'I dati sono sotto sequestro.' });
    expect(reply).toContain('Ciò non modifica il termine per la dichiarazione chiara e completa: Vi invieremo la dichiarazione entro il 16 dicembre 2026, nei 15 giorni dalla Vostra richiesta (art. 19, II, LGPD), o Vi indicheremo prima di tale data che cosa lo impedisce.');
    const written = { withdrawal: await italian(withdrawal.reference, 'withdrawal-confirmation', { 'action.date': '2026-12-01' }), asked, text, offered, confirmation, reply };
    expect(Object.entries(written).flatMap(([kind, t]) => singularForms(t, 'Paola Neri').map((form) => `${kind}: ${form}`))).toEqual([]);
  });

  it('a lawyer writing in his own name keeps "Lei"', async () => {
    const { reference } = await request('gdpr', ['access'], { relation: 'legal-representative', name: 'Avv. Carlo Bassi' });
    const text = await italian(reference, 'acknowledgement');
    expect(text).toContain('Gentile Avv. Carlo Bassi,');
    expect(text).toContain('Le confermiamo di aver ricevuto la Sua richiesta');
    expect(text).not.toMatch(/\bVostr[aoie]\b|\bVi confermiamo\b/);
  });
});
