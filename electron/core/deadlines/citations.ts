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
    summary: 'The data subject may withdraw consent at any time, as easily as it was given; the withdrawal takes effect from then on and does not affect processing before it.',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  'gdpr-art-21-3': {
    source: 'GDPR Art. 21(3)',
    summary: 'Where the data subject objects to processing for direct marketing, the personal data shall no longer be processed for such purposes: the marketing stops when the objection arrives.',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  'uk-gdpr-art-21-3': {
    source: 'UK GDPR Art. 21(3)',
    summary: 'Where the data subject objects to processing for direct marketing, the personal data shall no longer be processed for such purposes: the marketing stops when the objection arrives.',
    url: 'https://www.legislation.gov.uk/eur/2016/679/article/21',
  },
  'uk-gdpr-art-7-3': {
    source: 'UK GDPR Art. 7(3)',
    summary: 'The data subject may withdraw consent at any time, as easily as it was given; the withdrawal takes effect from then on and does not affect processing before it.',
    url: 'https://www.legislation.gov.uk/eur/2016/679/article/7',
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
  'uk-gdpr-art-12-3-12a': {
    source: 'UK GDPR Art. 12(3), as amended, and Art. 12A, inserted by the Data (Use and Access) Act 2025',
    summary:
      'The one month to act on a request (Art. 12(3)), counted from the relevant time that Art. 12A defines: the latest of receipt, of the identity information asked for and of the fee; the citation a letter and the audit report give for the month.',
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
    source: 'CCPA Regs. (11 CCR): "business day" undefined; Cal. Civ. Code § 7; Gov. Code § 6700 (our choice)',
    summary:
      'The CCPA regulations use "business days" without defining them (§ 7001 has no such definition). DPO Desk counts Monday to Friday without California state holidays by default, because Civ. Code § 7 makes the Government Code holidays (§ 6700) the holidays of the Civil Code, where the CCPA sits; the organisation may choose US federal holidays (5 U.S.C. § 6103) instead.',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=7',
  },
  'us-federal-holidays': {
    source: '5 U.S.C. § 6103 (the organisation\'s choice for CCPA business days)',
    summary: 'The US federal legal public holidays; chosen in Settings instead of the California state holidays for counting CCPA business days.',
    url: 'https://www.law.cornell.edu/uscode/text/5/6103',
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
  'gdpr-extension-from-first-end': {
    source: 'GDPR Art. 12(3), second sentence ("two further months"), our reading set in Settings',
    summary:
      'Read as two months added to the end of the first month (the first period ends, then two further months run from it). The other reading counts three months from receipt; the law does not say which, and the two differ only when the first month was clamped or rolled.',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  'edpb-01-2022-para-159': {
    source: 'EDPB Guidelines 01/2022 on data subject rights – Right of access (v2.1), para. 159',
    summary:
      'The period starts when the request reaches the controller through one of its official channels; when the controller needs to communicate with the person because their identity is uncertain, there may be a suspension until it obtains the information needed, provided it asked for it without undue delay.',
    url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-012022-data-subject-rights-right-access_en',
  },
  'nl-atw-3': {
    source: 'Algemene termijnenwet (NL) arts 1, 3',
    summary: 'A statutory period ending on a Saturday, Sunday or recognised holiday runs to the next day that is none of these; the holidays include 5 May every year.',
    url: 'https://wetten.overheid.nl/BWBR0002448/',
  },
  'cal-ccp-12a': {
    source: 'Cal. Code Civ. Proc. §§ 12, 12a, 135',
    summary:
      'The first day is excluded and the last included (§ 12); when the last day of a period set by any law or regulation is a holiday — every Saturday, Sunday and judicial holiday (§ 135) — the period runs to the next day that is not a holiday (§ 12a(a)–(b)).',
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CCP&sectionNum=12a.',
  },
  'br-cc-132': {
    source: 'Código Civil (Lei 10.406/2002) art. 132 caput, § 1',
    summary:
      'Periods exclude the first day and include the last; when the last day is a holiday (feriado) the period runs to the next working day. The article does not make Saturday a holiday (CPC art. 216 does so only for court periods).',
    url: 'https://www.planalto.gov.br/ccivil_03/leis/2002/l10406compilada.htm',
  },
  'ca-interpretation-26': {
    source: 'Interpretation Act (R.S.C. 1985, c. I-21) ss. 26, 27, 35(1)',
    summary:
      'A period in days excludes the first day and includes the last (s. 27); when it ends on a holiday the thing may be done on the next day that is not a holiday (s. 26). Holidays are those of s. 35(1): Sunday and the listed days, not Saturday.',
    url: 'https://laws-lois.justice.gc.ca/eng/acts/I-21/',
  },
  'qc-interpretation-52': {
    source: 'Interpretation Act (Québec, CQLR c. I-16) ss. 52, 61(23)',
    summary:
      'When the date for doing something falls on a holiday it may be done on the next day that is not a holiday (s. 52). Holidays are those of s. 61(23): Sundays and the listed days, not Saturday.',
    url: 'https://www.legisquebec.gouv.qc.ca/en/document/cs/I-16',
  },
  'ch-co-78': {
    source: 'Code of Obligations (SR 220) Arts 77(1)(1), 78(1); Federal Act of 21 June 1963 on Time Limits including Saturdays (SR 173.110.3)',
    summary:
      'A period in days starts the day after the event (Art. 77); one that ends on a Sunday or a public holiday at the place of performance ends on the next working day (Art. 78), and the Act of 1963 treats Saturday as a public holiday for this.',
    url: 'https://www.fedlex.admin.ch/eli/cc/27/317_321_377/en',
  },
  'qc-private-s-32': {
    source: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1) s. 32',
    summary:
      'Respond in writing to a request for access or rectification with diligence and not later than 30 days after receipt; no answer within the period is deemed a refusal. No extension is provided.',
    url: 'https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1',
  },
  'va-cdpa-59-1-577': {
    source: 'Va. Code § 59.1-577(B)(1) (VCDPA)',
    summary: 'Respond within 45 days of receipt; extendable once by 45 additional days when reasonably necessary, informing the consumer, with the reason, within the first 45 days.',
    url: 'https://law.lis.virginia.gov/vacode/title59.1/chapter53/section59.1-577/',
  },
  'co-cpa-6-1-1306': {
    source: 'C.R.S. § 6-1-1306(2) (Colorado Privacy Act)',
    summary: 'Inform the consumer of action taken within 45 days after receipt; extendable by 45 additional days where reasonably necessary, telling the consumer within the first 45 days with the reasons.',
    url: 'https://leg.colorado.gov/sites/default/files/2021a_190_signed.pdf',
  },
  'ct-dpa-42-518': {
    source: 'Conn. Gen. Stat. § 42-518(c)(1) (CTDPA)',
    summary: 'Respond within 45 days of receipt; extendable once by 45 additional days when reasonably necessary, informing the consumer within the first 45 days with the reason.',
    url: 'https://www.cga.ct.gov/current/pub/chap_743jj.htm',
  },
  'ut-cpa-13-61-203': {
    source: 'Utah Code § 13-61-203(2) (UCPA)',
    summary: 'Take action and inform the consumer within 45 days of receipt; extendable by 45 additional days when reasonably necessary, with notice within the first 45 days.',
    url: 'https://le.utah.gov/xcode/Title13/Chapter61/13-61-S203.html',
  },
  'tx-dpsa-541-052': {
    source: 'Tex. Bus. & Com. Code § 541.052(b) (TDPSA)',
    summary: 'Comply without undue delay and not later than the 45th day after receipt; extendable once by 45 additional days when reasonably necessary, informing the consumer within the first 45 days.',
    url: 'https://statutes.capitol.texas.gov/Docs/BC/htm/BC.541.htm',
  },
  'or-cpa-646a-576': {
    source: 'ORS 646A.576(5) (Oregon Consumer Privacy Act)',
    summary: 'Respond within 45 days after receipt; extendable once by 45 additional days when reasonably necessary, telling the consumer within the first 45 days.',
    url: 'https://oregon.public.law/statutes/ors_646a.576',
  },
  'va-code-1-210': {
    source: 'Va. Code § 1-210',
    summary:
      'The day of the event is not counted (A). The weekend and holiday rules cover only judicial proceedings (B), legal actions (C) and acts at a closed government office (E): none reaches a controller\'s answer, so the law is silent and the end stays.',
    url: 'https://law.lis.virginia.gov/vacode/title1/chapter2.1/section1-210/',
  },
  'co-crs-2-4-108': {
    source: 'C.R.S. § 2-4-108',
    summary: 'The first day is excluded and the last included; when the last day is a Saturday, Sunday or legal holiday the period runs to the next day that is not.',
    url: 'https://leg.colorado.gov/',
  },
  'ct-time-silent': {
    source: 'Connecticut: no general statute on computing time',
    summary: 'No Connecticut statute says how a period set for a private party ends on a weekend or holiday; the engine counts the days from the day after receipt and leaves the end where it falls.',
    url: 'https://www.cga.ct.gov/current/pub/titles.htm',
  },
  'ut-code-68-3-7': {
    source: 'Utah Code § 68-3-7',
    summary: 'Exclude the first day and include the last; when the last day is a legal holiday, a Saturday or a Sunday, the period runs to the end of the next day that is none of these.',
    url: 'https://le.utah.gov/xcode/Title68/Chapter3/68-3-S7.html',
  },
  'tx-gov-311-014': {
    source: 'Tex. Gov. Code § 311.014 (Code Construction Act)',
    summary: 'The first day is excluded and the last included; when the last day is a Saturday, Sunday or legal holiday the period extends to the next day that is not.',
    url: 'https://statutes.capitol.texas.gov/Docs/GV/htm/GV.311.htm',
  },
  'or-ors-174-120': {
    source: 'ORS 174.120',
    summary: 'The first day is excluded and the last included; when the last day is a legal holiday (Sunday included) or a Saturday, the period runs to the end of the next day that is neither.',
    url: 'https://oregon.public.law/statutes/ors_174.120',
  },
  'sg-pdpa-s-21': {
    source: 'PDPA 2012 (Singapore) s. 21(1); PDP Regulations 2021 reg. 4 (duty to respond) and reg. 5 (notification of timeframe for response)',
    summary:
      'Respond to an access request as accurately and completely as necessary and reasonably possible (reg. 4); if the organisation cannot respond within 30 days after receiving it, it must tell the person in writing within those 30 days the time by which it will respond (reg. 5).',
    url: 'https://sso.agc.gov.sg/SL/PDPA2012-S63-2021',
  },
  'sg-pdpa-s-22': {
    source: 'PDPA 2012 (Singapore) s. 22(2)',
    summary: 'Correct the data as soon as practicable unless satisfied on reasonable grounds that it should not be corrected; no number of days is set.',
    url: 'https://sso.agc.gov.sg/Act/PDPA2012',
  },
  'sg-interpretation-50': {
    source: 'Interpretation Act 1965 (Singapore) s. 50',
    summary: 'A period excludes the day of the event; when it ends on an excluded day (a Sunday or a public holiday) the act may be done on the next day that is not one. Saturday is not an excluded day.',
    url: 'https://sso.agc.gov.sg/Act/IA1965',
  },
  'au-app-12-4': {
    source: 'Privacy Act 1988 (Cth) Sch. 1, APP 12.4(a); OAIC APP Guidelines ch. 12',
    summary:
      'An agency must respond within 30 days after the request is made; an organisation "within a reasonable period", which the law does not put in days. The OAIC expects a reasonable period generally not to exceed 30 days.',
    url: 'https://www.oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-guidelines/chapter-12-app-12-access-to-personal-information',
  },
  'au-app-13-5': {
    source: 'Privacy Act 1988 (Cth) Sch. 1, APP 13.5(a)',
    summary: 'A request to correct: an agency within 30 days, an organisation within a reasonable period after the request is made.',
    url: 'https://www.oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-guidelines/chapter-13-app-13-correction-of-personal-information',
  },
  'au-aia-36': {
    source: 'Acts Interpretation Act 1901 (Cth) s. 36',
    summary: 'A period after an event excludes the day of the event; when its last day is a Saturday, Sunday or holiday the thing may be done on the next day that is none of these.',
    url: 'https://www.legislation.gov.au/C1901A00002/latest/text',
  },
} as const satisfies Record<string, Omit<Citation, 'id'>>;

/** The id of a rule in {@link CITATIONS}. */
export type CitationId = keyof typeof CITATIONS;

/** The full citation for an id. */
export function citation(id: CitationId): Citation {
  return { id, ...CITATIONS[id] };
}
