import type { Localised } from '../../../shared/document-contract';
import type { RequestType } from '../../../shared/requests';
import type { LocalName } from '../../../shared/pure/i18n/message';
import { choice, fromCase, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * Article 23 UK GDPR exempts nothing by itself: the UK's restrictions are the paragraphs of the
 * Data Protection Act 2018, Schedules 2 to 4, each with its own conditions, and a UK refusal
 * on an exemption names the one relied on (Art. 12(4) UK GDPR; review 6, F20). The common ones,
 * from the Act as enacted on legislation.gov.uk (ukpga/2018/12, Schedule 2 Parts 1, 2 and 4,
 * Schedule 3 Part 2), found with the reference search:
 * - Sch. 2 Part 1 (para 1 lists Arts 13(1)–(3), 14(1)–(4), 15(1)–(3), 16, 17(1)–(2), 18(1), 19,
 *   20(1)–(2), 21(1) and Art. 5 so far as it corresponds): para 2(1) "Crime and taxation:
 *   general"; para 5 "Information required to be disclosed by law etc or in connection with
 *   legal proceedings", sub-para (2) disclosure required by an enactment, a rule of law or a
 *   court order, sub-para (3) disclosure necessary for legal proceedings, legal advice or
 *   establishing, exercising or defending legal rights, each only "to the extent that the
 *   application of those provisions would prevent the controller from making the disclosure";
 * - Sch. 2 Part 2 (para 6 lists the same rights): para 7 "Functions designed to protect the
 *   public etc", para 8 "Audit functions", para 9 "Functions of the Bank of England";
 * - Sch. 2 Part 4, "restrictions of rules in Articles 13 to 15" (para 18): para 19 "Legal
 *   professional privilege", para 22 "Management forecasts", para 23 "Negotiations", para 24
 *   "Confidential references";
 * - Sch. 3 Part 2 (health data): para 5 "Exemption from Article 15: serious harm" (the serious
 *   harm test of para 2(2); a controller who is not a health professional needs the opinion of
 *   the appropriate one). Social work and education data (Parts 3 and 4) are left to the
 *   explanation: their paragraphs were not checked against the text here.
 * Marketing objections (Art. 21(2)–(3)), consent withdrawal and Art. 22 are in no list: none of
 * these paragraphs answers them.
 */
const LISTED_RIGHTS: readonly RequestType[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'];
const ACCESS_ONLY: readonly RequestType[] = ['access'];

interface DpaParagraph {
  /** As the letter cites it, before "to the Data Protection Act 2018". */
  citation: Localised;
  /** Its heading in the Act, in words, as the choice offers it. */
  heading: Localised;
  /** The request types whose rights the paragraph disapplies. */
  answers: readonly RequestType[];
}

const para = (schedule: 2 | 3, number: string, heading: Localised, answers: readonly RequestType[]): DpaParagraph => ({
  citation: { en: `paragraph ${number} of Schedule ${schedule}`, it: `paragrafo ${number} dell’allegato (Schedule) ${schedule}` },
  heading,
  answers,
});

/** The DPA 2018 paragraphs a UK refusal may name, by the value the DPO chooses. */
export const DPA_PARAGRAPHS: Record<string, DpaParagraph> = {
  'sch2-2': para(2, '2(1)', { en: 'crime and taxation', it: 'reati e imposte' }, LISTED_RIGHTS),
  'sch2-5-2': para(2, '5(2)', { en: 'disclosure required by law or a court order', it: 'comunicazione imposta dalla legge o da un giudice' }, LISTED_RIGHTS),
  'sch2-5-3': para(2, '5(3)', { en: 'legal proceedings, legal advice and legal rights', it: 'procedimenti giudiziari, consulenza legale e difesa di diritti' }, LISTED_RIGHTS),
  'sch2-7': para(2, '7', { en: 'regulatory functions protecting the public', it: 'funzioni di vigilanza a tutela del pubblico' }, LISTED_RIGHTS),
  'sch2-8': para(2, '8', { en: 'audit functions', it: 'funzioni di revisione dei conti pubblici' }, LISTED_RIGHTS),
  'sch2-9': para(2, '9', { en: 'functions of the Bank of England', it: 'funzioni della Bank of England' }, LISTED_RIGHTS),
  'sch2-19': para(2, '19', { en: 'legal professional privilege', it: 'segreto professionale forense' }, ACCESS_ONLY),
  'sch2-22': para(2, '22', { en: 'management forecasts', it: 'previsioni gestionali' }, ACCESS_ONLY),
  'sch2-23': para(2, '23', { en: 'negotiations with you', it: 'trattative con l’interessato' }, ACCESS_ONLY),
  'sch2-24': para(2, '24', { en: 'confidential references', it: 'referenze riservate' }, ACCESS_ONLY),
  'sch3-5': para(3, '5(1)', { en: 'health data: serious harm', it: 'dati sanitari: grave danno' }, ACCESS_ONLY),
};

const listed = (language: keyof Localised): string =>
  Object.entries(DPA_PARAGRAPHS)
    .map(([value, p]) => `${value} (${p.heading[language]})`)
    .join(', ');

/** The values with their headings, as a refusal lists them: "sch2-5-3 (legal proceedings, …), …". */
export const DPA_CHOICES: LocalName = { en: listed('en'), it: listed('it') };

const OPTIONS: Record<string, Localised> = Object.fromEntries(
  Object.entries(DPA_PARAGRAPHS).map(([value, p]) => [value, { en: `${p.citation.en}: ${p.heading.en}`, it: `${p.citation.it}: ${p.heading.it}` }]),
);

/** The UK refusal's DPA 2018 paragraph, and it cited and said in words. */
export const DPA_FIELDS: Record<string, CatalogueEntry> = {
  'refusal.dpaProvision': choice(
    OPTIONS,
    `UK GDPR refusal under Article 23: the Data Protection Act 2018 paragraph relied on (${DPA_CHOICES.en})`,
    `Rifiuto UK GDPR ex art. 23: il paragrafo del Data Protection Act 2018 su cui si fonda (${DPA_CHOICES.it})`,
  ),
  'refusal.dpaCitation': fromCase('The Data Protection Act 2018 paragraph, cited (choose refusal.dpaProvision)', 'Il paragrafo del Data Protection Act 2018, citato (scegli refusal.dpaProvision)'),
  'refusal.dpaMeaning': fromCase('What the paragraph says, in words (from the paragraph chosen)', 'Che cosa prevede il paragrafo, in parole (dal paragrafo scelto)'),
};
