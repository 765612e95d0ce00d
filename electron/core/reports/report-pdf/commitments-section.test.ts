import { describe, expect, it } from 'vitest';
import type { CommitmentBeyondLaw } from '../../../shared/commitment-check';
import type { ReportCommitments } from '../../../shared/reports';
import { commitmentTexts } from './commitments-section';
import { loadReportLabels } from './report-labels';
import { reportWords } from './report-words';

const words = (language: 'en' | 'it') => reportWords(loadReportLabels(), language, 'Europe/Rome');
const noventia: ReportCommitments = {
  responseDays: 30,
  complexResponseDays: 60,
  acknowledgeDays: null,
  triedFrom: '2027-01-01',
  datesTried: 366,
  beyondLaw: [
    {
      commitment: 'response',
      days: 30,
      regime: 'ccpa',
      types: ['opt-out'],
      allTypes: false,
      notApplied: { types: [], citationIds: [] },
      legal: { amount: 15, unit: 'business-days', citationId: 'ccpa-regs-7026-f' },
      shortestLegalDays: 19,
      datesTried: 366,
      datesLater: 366,
      example: { received: '2027-01-01', legalDate: '2027-01-25', commitmentDate: '2027-01-31' },
    },
  ],
};

describe('the commitments in the audit report', () => {
  it('states each promise and flags the one later than the law, naming the period, the rule and a dated example (EN)', () => {
    const texts = commitmentTexts(noventia, words('en'));
    expect(texts.stated).toMatch(/^Promised by the organisation: an answer within 30 days; for complex requests, within 60 days\. Each commitment is judged on its own/);
    expect(texts.flags).toEqual([
      'Later than the law allows: the commitment to answer within 30 days ends after the legal deadline – 15 business days, CCPA Regs. (11 CCR) § 7026(f) – for requests for opt-out of sale or sharing, on 366 of 366 receipt dates tried, from 1 January 2027 to 1 January 2028. For example, for a request received on 1 January 2027 the legal deadline is 25 January 2027 and the commitment 31 January 2027.',
    ]);
    expect(texts.withinLaw).toBeNull();
  });

  it('says the same in Italian, with the articles elided before 8 and 11', () => {
    const it8 = { ...noventia, triedFrom: '2027-01-08', beyondLaw: noventia.beyondLaw.map((f) => ({ ...f, example: { ...f.example, received: '2027-01-11' } })) };
    const [flag] = commitmentTexts(it8, words('it')).flags;
    expect(flag).toContain('Oltre il termine di legge: l’impegno a rispondere entro 30 giorni scade dopo il termine di legge – 15 giorni lavorativi, Regolamento CCPA (11 CCR), § 7026(f) – per');
    expect(flag).toContain('esaminate, dall’8 gennaio 2027 all’8 gennaio 2028');
    // CCPA §§ 7026, 7027 as an Italian reader names them (review 4, D24).
    expect(flag).toContain('per le richieste di opposizione alla vendita o condivisione, in 366');
    expect(flag).toContain('ricevuta l’11 gennaio 2027 il termine di legge è il 25 gennaio 2027');
  });

  it('names the law once: the citation names it, so the regime is not printed before it, nor a bracket inside another (review C35); the UK month is Art. 12(3) with Art. 12A, as the letters cite it (D38)', () => {
    const uk: ReportCommitments = {
      ...noventia,
      beyondLaw: noventia.beyondLaw.map((f) => ({ ...f, regime: 'uk-gdpr', legal: { amount: 1, unit: 'months', citationId: 'uk-gdpr-art-12-3-12a' } })),
    };
    const [en] = commitmentTexts(uk, words('en')).flags;
    const [italian] = commitmentTexts(uk, words('it')).flags;
    expect(en).toContain('ends after the legal deadline – one month, UK GDPR Art. 12(3), as amended, and Art. 12A, inserted by the Data (Use and Access) Act 2025 – for requests');
    expect(italian).toContain('scade dopo il termine di legge – un mese, UK GDPR, artt. 12, par. 3, come modificato, e 12A, inserito dal Data (Use and Access) Act 2025 – per le richieste');
    // Art. 12A was inserted by the 2025 Act, not amended; only Art. 12(3) was amended (review 6, F18).
    expect(en).not.toContain('as amended by');
    expect(italian).not.toContain('come modificati');
    for (const text of [en, italian]) {
      expect(text?.match(/UK GDPR/g)).toHaveLength(1);
      expect(text).not.toMatch(/\)\)|\(\(/);
    }
  });

  it('cites two articles of one act together and names the types in lower case, as the sentence reads them, EN and IT (review 7, G7)', () => {
    const base = noventia.beyondLaw[0] as CommitmentBeyondLaw;
    const uk: ReportCommitments = {
      ...noventia,
      beyondLaw: [
        { ...base, regime: 'uk-gdpr', types: ['access'], allTypes: true, notApplied: { types: ['consent-withdrawal', 'marketing-opt-out'], citationIds: ['uk-gdpr-art-7-3', 'uk-gdpr-art-21-3'] }, legal: { amount: 1, unit: 'months', citationId: 'uk-gdpr-art-12-3-12a' } },
        { ...base, regime: 'lgpd', types: ['confirmation', 'access'], legal: { amount: 15, unit: 'calendar-days', citationId: 'lgpd-art-19' } },
      ],
    };
    const italian = commitmentTexts(uk, words('it'));
    expect(italian.notApplied).toEqual([
      'Nessun impegno in giorni si applica alle richieste di revoca del consenso e di opposizione al marketing, che per legge vanno eseguite al ricevimento (UK GDPR, artt. 7, par. 3, e 21, par. 3); per queste la data dell’impegno è quella di legge, il giorno del ricevimento.',
    ]);
    expect(italian.flags[1]).toContain('LGPD (Lei 13.709/2018), art. 19, II – per le richieste di conferma e di accesso, in 366');
    const en = commitmentTexts(uk, words('en'));
    expect(en.notApplied[0]).toContain('applies to requests for consent withdrawal and marketing opt-out, which the law wants acted on when they arrive (UK GDPR Arts 7(3) and 21(3));');
    expect(en.flags[1]).toContain('– for requests for confirmation and access, on 366');
    for (const text of [...italian.notApplied, ...italian.flags]) expect(text).not.toMatch(/di tipo|UK GDPR, art\. 7, par\. 3; UK GDPR/);
  });

  it('says when every commitment is within the law, and when none was made', () => {
    const within = commitmentTexts({ ...noventia, beyondLaw: [] }, words('en'));
    expect(within.flags).toEqual([]);
    expect(within.withinLaw).toBe('No commitment ends later than the law allows under the regimes handled, on any of the 366 receipt dates tried, from 1 January 2027 to 1 January 2028.');
    const none = commitmentTexts({ ...noventia, responseDays: null, complexResponseDays: null, beyondLaw: [] }, words('it'));
    expect(none).toEqual({ stated: 'L’organizzazione non ha assunto impegni propri: valgono solo i termini di legge.', flags: [], notApplied: [], withinLaw: null });
  });

  it('reads "every type of request" as those the commitment applies to, and names once the types due on receipt it does not (review 4, D1)', () => {
    const month = { amount: 1, unit: 'months', citationId: 'gdpr-art-12-3' } as const;
    const gdpr: ReportCommitments = {
      ...noventia,
      beyondLaw: (['response', 'complexResponse'] as const).map((commitment) => ({
        ...(noventia.beyondLaw[0] as CommitmentBeyondLaw),
        commitment,
        regime: 'gdpr',
        types: ['access', 'erasure'],
        allTypes: true,
        notApplied: { types: ['marketing-opt-out', 'consent-withdrawal'], citationIds: ['gdpr-art-21-3', 'gdpr-art-7-3'] },
        legal: commitment === 'response' ? month : { ...month, amount: 3 },
      })),
    };
    const en = commitmentTexts(gdpr, words('en'));
    expect(en.flags).toHaveLength(2);
    for (const flag of en.flags) expect(flag).toContain('– for every type of request it applies to, on 366 of 366');
    expect(en.notApplied).toEqual([
      'No commitment in days applies to requests for marketing opt-out and consent withdrawal, which the law wants acted on when they arrive (GDPR Arts 21(3) and 7(3)); their commitment date is the legal one, the day of receipt.',
    ]);
    const italian = commitmentTexts(gdpr, words('it'));
    expect(italian.flags[0]).toContain('per ogni tipo di richiesta cui si applica, in 366 date');
    expect(italian.notApplied).toHaveLength(1);
    // Review 7, G7: the types in lower case as the sentence reads them, the two articles of one act cited together.
    expect(italian.notApplied[0]).toBe(
      'Nessun impegno in giorni si applica alle richieste di opposizione al marketing e di revoca del consenso, che per legge vanno eseguite al ricevimento (artt. 21, par. 3, e 7, par. 3, del Regolamento (UE) 2016/679); per queste la data dell’impegno è quella di legge, il giorno del ricevimento.',
    );
  });
});
