/**
 * The legal sources each deadline rule rests on. Every computed date carries the ids of the
 * rules that produced it, so a letter, a report or the UI can quote the law, and a reviewer
 * can check the engine against it. `summary` is a faithful English paraphrase (not a
 * quotation); the UI may translate it.
 */
export interface Citation {
  id: CitationId;
  /** Short reference, e.g. `GDPR Art. 12(3)`. */
  source: string;
  /** What the rule says, in one or two plain sentences. */
  summary: string;
  /** The official text. */
  url: string;
}

/** Every rule the engine applies, by id. */
export const CITATIONS = {
  'gdpr-art-12-3': {
    source: 'GDPR Art. 12(3)',
    summary:
      'Action on a request under Arts 15–22 without undue delay and at the latest within one month of receipt; extendable by two further months for complex or numerous requests, telling the person, with reasons, within one month of receipt.',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  'gdpr-art-7-3': {
    source: 'GDPR Art. 7(3)',
    summary: 'Withdrawal of consent takes effect at once; the one-month limit of Art. 12(3) applies to acting on its consequences (e.g. erasure under Art. 17(1)(b)).',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  'reg-1182-71-art-3': {
    source: 'Reg. (EEC, Euratom) 1182/71 Art. 3',
    summary:
      'The day of the event is not counted; a period in months ends on the same date in the last month, or on its last day when there is none; when the last day is a Saturday, Sunday or public holiday the period ends on the next working day.',
    url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
  },
  'reg-1182-71-art-2': {
    source: 'Reg. (EEC, Euratom) 1182/71 Art. 2',
    summary: 'Public holidays are those of the member state where the act is to be done; working days are all days other than public holidays, Saturdays and Sundays.',
    url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
  },
  'uk-gdpr-art-12a': {
    source: 'UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025)',
    summary:
      'One month from the relevant time, being the latest of receipt of the request, of the identity information asked for under Art. 12(6), and of the fee; extendable by two further months with notice and reasons within the first month; time spent waiting for clarification of an access request does not count.',
    url: 'https://www.legislation.gov.uk/ukpga/2025/18',
  },
  'ico-time-limits': {
    source: 'ICO, Right of access: how long do we have to comply?',
    summary:
      'Count from the day of receipt (a working day or not) to the corresponding calendar date next month; the last day of the month when there is none; the next working day when it is a weekend or bank holiday. An extension runs three months from the start.',
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/',
  },
  'ccpa-regs-7021-a': {
    source: 'CCPA Regs. (11 CCR) § 7021(a)',
    summary: 'Confirm receipt of a request to know, delete or correct no later than 10 business days after receiving it.',
    url: 'https://cppa.ca.gov/regulations/',
  },
  'ccpa-regs-7021-b': {
    source: 'CCPA Regs. (11 CCR) § 7021(b)',
    summary:
      'Respond no later than 45 calendar days after receipt, however long verification takes; up to 45 more (90 in total from receipt) with notice and an explanation within the first 45 days.',
    url: 'https://cppa.ca.gov/regulations/',
  },
  'ccpa-regs-7026-f': {
    source: 'CCPA Regs. (11 CCR) § 7026(f)',
    summary: 'Comply with a request to opt out of sale/sharing as soon as feasibly possible and no later than 15 business days from receipt; no verification may be required.',
    url: 'https://cppa.ca.gov/regulations/',
  },
  'ccpa-regs-7027-g': {
    source: 'CCPA Regs. (11 CCR) § 7027(g)',
    summary: 'Comply with a request to limit the use of sensitive personal information as soon as feasibly possible and no later than 15 business days from receipt.',
    url: 'https://cppa.ca.gov/regulations/',
  },
  'ccpa-business-day': {
    source: 'CCPA Regs. (11 CCR) § 7001; Cal. Gov. Code § 6700',
    summary: 'A business day is Monday to Friday, California state holidays excluded.',
    url: 'https://cppa.ca.gov/regulations/',
  },
  'lgpd-art-19': {
    source: 'LGPD (Lei 13.709/2018) Art. 19, II',
    summary: 'Confirmation of processing or access: at once in simplified form, or a clear and complete statement within 15 days of the request.',
    url: 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm',
  },
  'lgpd-art-18': {
    source: 'LGPD (Lei 13.709/2018) Art. 18 §§ 3–5',
    summary: 'The other rights are met at once, or the controller answers with the reasons it cannot; the periods are left to ANPD regulation, which sets none for these rights.',
    url: 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm',
  },
  'pipeda-s-8-3': {
    source: 'PIPEDA s. 8(3)',
    summary: 'Respond to an access request with due diligence and not later than thirty days after receipt.',
    url: 'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/',
  },
  'pipeda-s-8-4': {
    source: 'PIPEDA s. 8(4)',
    summary: 'The limit may be extended by at most thirty days, with notice of the new limit, the reasons and the right to complain, sent within the original thirty days.',
    url: 'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/',
  },
  'pipeda-sch-1-4-9-5': {
    source: 'PIPEDA Schedule 1, cl. 4.9.5',
    summary: 'Inaccurate or incomplete information is amended as required; no period is set.',
    url: 'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/',
  },
  'ch-fadp-art-25-7': {
    source: 'FADP (SR 235.1) Art. 25(7)',
    summary: 'The information is in general provided within 30 days.',
    url: 'https://www.fedlex.admin.ch/eli/cc/2022/491/en',
  },
  'ch-fado-art-18': {
    source: 'FADO (SR 235.11) Art. 18',
    summary:
      'Access within 30 days of receipt; when that is not possible, tell the person so within the 30 days and give the period within which the information will follow. Art. 22 applies this to portability.',
    url: 'https://www.fedlex.admin.ch/eli/cc/2022/568/en',
  },
  'ch-fadp-art-32': {
    source: 'FADP (SR 235.1) Arts 21, 30, 32',
    summary: 'Rectification, erasure, objection and review of automated decisions: no period is set by law.',
    url: 'https://www.fedlex.admin.ch/eli/cc/2022/491/en',
  },
} as const satisfies Record<string, Omit<Citation, 'id'>>;

/** The id of a rule in {@link CITATIONS}. */
export type CitationId = keyof typeof CITATIONS;

/** The full citation for an id. */
export function citation(id: CitationId): Citation {
  return { id, ...CITATIONS[id] };
}
