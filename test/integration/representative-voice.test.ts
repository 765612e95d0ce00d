import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Regime, RequestType, Transition } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';
import { ACCESS_INPUTS, CCPA_KNOW_INPUTS } from '../support/letter-fixtures';

/**
 * Every kind of request letter, under every law with letters (GDPR, UK GDPR, CCPA, LGPD, PIPEDA,
 * FADP), written to someone acting for the person: a lawyer (addressed as "Lei") and an agency
 * (a company, addressed in Italian in the plural, "Voi"). The rights, the data, the consent, the
 * complaint and the remedies are the person's: the letter names the person, never "your rights",
 * "your personal data", "your complaint", "i Suoi/Vostri diritti", "i Vostri dati" to the reader
 * (review 7, G18; review 9, C). Read from the PDF, EN and IT. Set VOICE_OUT=/tmp/voice to keep the texts.
 */
const OUT = process.env.VOICE_OUT;
const NOW = new Date('2026-12-04T10:00:00Z');
const DATE = '2026-12-04';
const RECEIVED = '2026-12-01T10:00:00+01:00';

/**
 * Second-person words about the person's rights, data, consent, remedies or complaint: a letter to a
 * representative must not hold them. What is the reader's own stays: "your request", "your objection
 * of 1 December" (the act the reader made for the person), "your authority to act", "proof of your
 * own identity", "the authorisation you gave us".
 */
const READER_AS_PERSON: Record<LetterLanguage, RegExp> = {
  en: new RegExp(
    [
      String.raw`\byour (?:(?:sensitive )?personal (?:data|information)|data|rights?|identity|consent|complaint|habitual residence|interests|recourse|judicial remedy)\b`,
      String.raw`\b(?:about|concerning|against) you\b`,
      String.raw`\byou (?:also )?have (?:the|a) right\b`,
      String.raw`\brecourse you have\b`,
      String.raw`\b(?:gives|give) you\.`,
      String.raw`\byou may (?:also )?(?:lodge|complain|seek|file|apply|petition)\b`,
      String.raw`\bif you (?:do not agree|disagree|are not satisfied)\b`,
      String.raw`\byou had given\b`,
      // The right to information and its correction are the person's: "Luca Meier may also assert …", "you may ask us, for Luca Meier, …" (eleventh review, L1, L8).
      String.raw`\byou may (?:also )?assert\b`,
      String.raw`\byou may ask us to correct\b`,
    ].join('|'),
    'i',
  ),
  it: new RegExp(
    [
      String.raw`\b(?:Suoi|Vostri) (?:dati|diritti)\b`,
      String.raw`\b(?:Suo|Vostro) (?:consenso|reclamo)\b`,
      String.raw`\b(?:Sua|Vostra) (?:identità|residenza)\b`,
      String.raw`\ba (?:Sua|Vostra) disposizione\b`,
      String.raw`\bche (?:La|Vi) riguard`,
      String.raw`\b(?:Le|Vi) riconosce\b`,
      String.raw`(?:^|[.:;] )(?:Ha|Avete) (?:inoltre )?(?:il )?diritto\b`,
      String.raw`\bSe non (?:è|siete) d’accordo\b`,
      String.raw`\bSe non (?:ritiene|ritenete|condivide|condividete)\b`,
      String.raw`(?:^|[.:;] )(?:[Pp]uò|[Pp]otete) (?:inoltre )?(?:proporre|presentare)\b`,
      String.raw`\bSe Paola Neri [^,]*, (?:può|potete)\b`,
      String.raw`(?<!Paola Neri )\blo ave(?:va|vate) prestato\b`,
      // "Potete inoltre far valere il Vostro diritto d’informazione", "potete chiederci di rettificarli" (eleventh review, L1, L8).
      String.raw`\b(?:Suo|Vostro) diritto\b`,
      String.raw`(?:^|[.:;] )(?:[Pp]uò|[Pp]otete) (?:inoltre )?far valere\b`,
      String.raw`\b(?:può|potete) chiederci di rettific`,
    ].join('|'),
    'u',
  ),
};

/** The reader's own: the agent's identity an identity letter asks for (the agent-authorisation check). */
const ALLOWED: Record<LetterLanguage, RegExp> = { en: /proof of your own identity/g, it: /un documento che attesti la (?:Sua|Vostra) identità/g };

interface Reader {
  label: string;
  relation: string;
  name: string;
}
const READERS: readonly Reader[] = [
  { label: 'lawyer', relation: 'legal-representative', name: 'Avv. Carlo Bassi' },
  { label: 'agency', relation: 'authorised-agent', name: 'Rights Agency Ltd' },
];

const PORTABILITY: LetterInputs = { 'portability.data': ['Account profile', 'Order history'], 'portability.format': 'CSV' };
const FADP: LetterInputs = {
  'fadp.purposes': ['Providing the service'],
  'fadp.retention': 'Contract plus 3 years',
  'fadp.source': 'The person',
  'fadp.automated': 'We take no automated individual decisions.',
  'fadp.recipients': ['Hosting provider'],
  'fadp.abroad': 'Ireland (hosting), a State with adequate protection.',
  'access.enclosures': ['export.json'],
};
const PIPEDA: LetterInputs = { 'pipeda.uses': ['Providing the service'], 'pipeda.disclosures': ['Hosting provider'], 'access.enclosures': ['export.json'] };
const LGPD_DECLARATION: LetterInputs = { 'lgpd.origin': 'The person', 'lgpd.criteria': 'Contract plus 3 years', 'lgpd.purposes': ['Providing the service'], 'access.enclosures': ['export.json'] };

const verified = (method = 'agent-authorisation'): Transition => ({ to: 'in-progress', identity: { method, outcome: 'verified' }, at: '2026-12-02T10:00:00+01:00' } as Transition);
const responded = (outcome: string, extra: Record<string, unknown> = {}): Transition => ({ to: 'responded', outcome, reason: 'Answered as recorded.', at: '2026-12-03T10:00:00+01:00', ...extra } as Transition);
const awaiting: Transition = { to: 'awaiting-identity', method: 'agent-authorisation', reason: 'We hold no authorisation from Paola Neri.', at: '2026-12-02T10:00:00+01:00' };
const extended: Transition = { to: 'extended', reason: 'The data is held in six systems and by two processors.', at: '2026-12-03T10:00:00+01:00' };

/** One letter to write: the request's law and types, how it moved, the letter and what the DPO gave. */
interface Case {
  regime: Regime;
  types: RequestType[];
  moves: Transition[];
  kind: RequestLetterKind;
  inputs?: LetterInputs;
  /** What the DPO gives in the letter's language, over `inputs` (a line per right, named as the labels name it). */
  inLanguage?: Record<LetterLanguage, LetterInputs>;
  label?: string;
}

const UNDECIES = { 'refusal.exemptionProvision': 'art-23', 'refusal.undeciesLetter': 'e' };
const UNDECIES_ACCESS: Record<LetterLanguage, LetterInputs> = {
  en: { 'refusal.prejudice': ['access to your personal data: it would disclose our defence strategy.'], 'refusal.limitationUntil': 'until the proceedings end' },
  it: { 'refusal.prejudice': ['accesso ai Suoi dati personali: rivelerebbe la nostra strategia difensiva.'], 'refusal.limitationUntil': 'fino alla conclusione del giudizio' },
};

function euCases(regime: 'gdpr' | 'uk-gdpr'): Case[] {
  const all: RequestType[] = ['access', 'erasure', 'rectification', 'restriction', 'objection'];
  const told = { 'action.date': '2026-12-03', 'action.recipientsTold': 'notified' };
  return [
    { regime, types: all, moves: [], kind: 'acknowledgement' },
    { regime, types: ['access'], moves: [awaiting], kind: 'identity-verification' },
    { regime, types: ['access'], moves: [verified(), extended], kind: 'extension-notice' },
    { regime, types: ['access'], moves: [verified()], kind: 'access-response', inputs: ACCESS_INPUTS },
    { regime, types: ['access'], moves: [verified()], kind: 'access-partial', inputs: { ...ACCESS_INPUTS, 'access.withheld': ['E-mails naming other customers'], 'access.withheldReasons': 'They would disclose other people’s data.' } },
    { regime, types: ['access', 'portability'], moves: [verified()], kind: 'access-response', inputs: { ...ACCESS_INPUTS, ...PORTABILITY }, label: 'with portability' },
    { regime, types: ['portability'], moves: [verified()], kind: 'portability-response', inputs: { ...PORTABILITY, 'access.enclosures': ['profile.csv'] } },
    { regime, types: ['access'], moves: [verified(), responded('no-data-held')], kind: 'no-data-held', inputs: { 'nodata.searched': ['CRM'] } },
    { regime, types: ['erasure'], moves: [verified()], kind: 'erasure-confirmation', inputs: told },
    { regime, types: ['erasure'], moves: [verified(), responded('partially-fulfilled')], kind: 'erasure-confirmation', inputs: { ...told, 'action.retained': 'the invoices of the last ten years, which the law obliges us to keep', 'action.retainedException': 'art-17-3-b' }, label: 'in part' },
    { regime, types: ['rectification'], moves: [verified()], kind: 'rectification-confirmation', inputs: told },
    { regime, types: ['restriction'], moves: [verified()], kind: 'restriction-confirmation', inputs: told },
    { regime, types: ['objection'], moves: [verified()], kind: 'objection-confirmation', inputs: { 'action.date': '2026-12-03' } },
    { regime, types: ['marketing-opt-out'], moves: [], kind: 'opt-out-confirmation', inputs: { 'action.date': '2026-12-03' } },
    { regime, types: ['consent-withdrawal'], moves: [], kind: 'withdrawal-confirmation', inputs: { 'action.date': '2026-12-03' } },
    { regime, types: ['access'], moves: [verified(), responded('refused', { refusalGround: 'manifestly-excessive' })], kind: 'refusal', label: 'manifestly excessive' },
    { regime, types: ['access'], moves: [verified(), responded('refused', { refusalGround: 'manifestly-unfounded' })], kind: 'refusal', label: 'manifestly unfounded' },
    { regime, types: ['access'], moves: [responded('refused', { refusalGround: 'identity-not-verified' })], kind: 'refusal', label: 'identity' },
    regime === 'gdpr'
      ? { regime, types: ['access'], moves: [verified(), responded('refused', { refusalGround: 'exemption' })], kind: 'refusal', inputs: UNDECIES, inLanguage: UNDECIES_ACCESS, label: 'exemption (2-undecies)' }
      : { regime, types: ['access'], moves: [verified(), responded('refused', { refusalGround: 'exemption' })], kind: 'refusal', inputs: { 'refusal.exemptionProvision': 'art-23', 'refusal.dpaProvision': 'sch2-19' }, label: 'exemption' },
    { regime, types: ['erasure'], moves: [verified(), responded('refused', { refusalGround: 'exemption' })], kind: 'refusal', inputs: { 'refusal.exemptionProvision': 'art-17-3-b', 'refusal.exemptionExtent': 'all' }, label: 'Art. 17(3)' },
  ];
}

const CASES: Case[] = [
  ...euCases('gdpr'),
  ...euCases('uk-gdpr'),
  { regime: 'ccpa', types: ['know', 'delete'], moves: [], kind: 'acknowledgement' },
  { regime: 'ccpa', types: ['opt-out', 'limit'], moves: [], kind: 'acknowledgement', label: 'opt-out' },
  { regime: 'ccpa', types: ['know'], moves: [awaiting], kind: 'identity-verification' },
  { regime: 'ccpa', types: ['know'], moves: [verified(), extended], kind: 'extension-notice' },
  { regime: 'ccpa', types: ['know'], moves: [verified(), responded('fulfilled')], kind: 'ccpa-response', inputs: CCPA_KNOW_INPUTS },
  { regime: 'ccpa', types: ['know'], moves: [responded('refused', { refusalGround: 'identity-not-verified' })], kind: 'ccpa-denial', inputs: { 'denial.reasons': 'No signed permission reached us.' } },
  { regime: 'ccpa', types: ['delete'], moves: [verified(), responded('refused', { refusalGround: 'exemption' })], kind: 'ccpa-denial', inputs: { 'denial.reasons': 'We must keep the invoices.', 'denial.exception': 'legal-obligation' }, label: 'exception' },
  { regime: 'ccpa', types: ['opt-out', 'limit'], moves: [verified()], kind: 'opt-out-confirmation', inputs: { 'action.date': '2026-12-03', 'ccpa.thirdPartiesTold': 'notified' } },
  { regime: 'lgpd', types: ['confirmation', 'access'], moves: [], kind: 'lgpd-acknowledgement' },
  { regime: 'lgpd', types: ['confirmation', 'access'], moves: [awaiting], kind: 'identity-verification' },
  { regime: 'lgpd', types: ['confirmation', 'access'], moves: [verified()], kind: 'lgpd-confirmation', inputs: { 'lgpd.summary': ['Contact data'] } },
  { regime: 'lgpd', types: ['confirmation', 'access'], moves: [verified()], kind: 'lgpd-declaration', inputs: LGPD_DECLARATION },
  { regime: 'lgpd', types: ['confirmation', 'access'], moves: [verified(), responded('no-data-held')], kind: 'lgpd-declaration', inputs: { 'nodata.searched': ['CRM'] }, label: 'no record' },
  { regime: 'lgpd', types: ['confirmation', 'access'], moves: [verified()], kind: 'lgpd-reply', inputs: { 'lgpd.replyGround': 'not-agent', 'lgpd.agent': 'Leads Brasil Ltda' } },
  { regime: 'pipeda', types: ['access'], moves: [], kind: 'pipeda-acknowledgement' },
  { regime: 'pipeda', types: ['access'], moves: [awaiting], kind: 'identity-verification' },
  { regime: 'pipeda', types: ['access'], moves: [verified(), extended], kind: 'pipeda-extension' },
  { regime: 'pipeda', types: ['access'], moves: [verified()], kind: 'pipeda-response', inputs: PIPEDA },
  { regime: 'pipeda', types: ['access'], moves: [verified(), responded('partially-fulfilled')], kind: 'pipeda-response', inputs: { ...PIPEDA, 'partial.withheld': 'The notes of a call', 'pipeda.exception': 'third-party' }, label: 'in part' },
  { regime: 'pipeda', types: ['access'], moves: [verified()], kind: 'pipeda-refusal', inputs: { 'pipeda.exception': 'third-party', 'refusal.explanation': 'The recordings hold the voices of other callers.' } },
  { regime: 'ch-fadp', types: ['access'], moves: [], kind: 'fadp-acknowledgement' },
  { regime: 'ch-fadp', types: ['access'], moves: [awaiting], kind: 'identity-verification' },
  { regime: 'ch-fadp', types: ['access'], moves: [verified(), extended], kind: 'fadp-later-date', inputs: { 'fadp.laterDate': '2027-01-20' } },
  { regime: 'ch-fadp', types: ['access'], moves: [verified()], kind: 'fadp-response', inputs: FADP },
  { regime: 'ch-fadp', types: ['access'], moves: [verified(), responded('partially-fulfilled')], kind: 'fadp-response', inputs: { ...FADP, 'partial.withheld': 'The notes of a call', 'fadp.ground': 'law', 'fadp.reasons': 'Professional secrecy covers them.' }, label: 'in part' },
  { regime: 'ch-fadp', types: ['access'], moves: [verified(), responded('partially-fulfilled')], kind: 'fadp-response', inputs: { ...FADP, 'partial.withheld': 'The part repeated from a request answered in October', 'fadp.ground': 'querulous', 'fadp.reasons': 'That part repeats a request we answered in October.' }, label: 'in part, querulous' },
  { regime: 'ch-fadp', types: ['access'], moves: [verified()], kind: 'fadp-refusal', inputs: { 'fadp.ground': 'third-party', 'fadp.reasons': 'The data are part of another customer’s file.' } },
  { regime: 'ch-fadp', types: ['access'], moves: [verified()], kind: 'fadp-refusal', inputs: { 'fadp.ground': 'querulous', 'fadp.reasons': 'It is the twelfth identical request this year.' }, label: 'querulous' },
  { regime: 'ch-fadp', types: ['access'], moves: [verified(), responded('partially-fulfilled')], kind: 'fadp-response', inputs: { ...FADP, 'partial.withheld': 'Our internal risk score', 'fadp.ground': 'own-interest', 'fadp.reasons': 'It would reveal how we detect fraud.' }, label: 'in part, own interest' },
];

/** The sentences of a text that hold a match once the reader's own words are set aside, for a failure that shows where. */
function offending(text: string, pattern: RegExp, allowed: RegExp): string[] {
  return text.split(/(?<=[.;:])\s+/).filter((sentence) => pattern.test(sentence.replace(allowed, '')));
}

describe('every request letter to a representative or an agent names the person whose rights and data they are (review 9, C)', () => {
  const { call, tmp } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'no', 'organisation.privacyPolicyUrl': 'https://noventia.example/privacy' });
  if (OUT) mkdirSync(OUT, { recursive: true });

  for (const reader of READERS) {
    for (const c of CASES) {
      const name = `${reader.label}: ${c.regime} ${c.kind}${c.label ? ` (${c.label})` : ''}`;
      it(name, async () => {
        const request = { regime: c.regime, types: c.types, receivedAt: RECEIVED, channel: 'email', subjectName: 'Paola Neri', subjectEmail: 'paola@example.it', requesterRelation: reader.relation, requesterName: reader.name, requesterEmail: 'requests@agent.example' };
        const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
        for (const transition of c.moves) await call('requests.transition', { id, transition });
        const found = { en: [] as string[], it: [] as string[] };
        for (const language of ['en', 'it'] as const) {
          const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: c.kind, language, date: DATE, inputs: { ...c.inputs, ...c.inLanguage?.[language] } });
          expect(preview.missing.map((m) => m.key), `${name}/${language}`).toEqual([]);
          const text = pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir);
          if (OUT) writeFileSync(join(OUT, `${name.replace(/\W+/g, '-')}.${language}.txt`), text);
          expect(text, `${name}/${language}`).toContain('Paola Neri');
          found[language] = offending(text, READER_AS_PERSON[language], ALLOWED[language]);
        }
        expect(found, name).toEqual({ en: [], it: [] });
      });
    }
  }
});
