/**
 * The closed lists of the registers (Art. 30, 28, 44–49 and 35): one source for the API's
 * schemas, the services and the screens that offer them.
 */

/** Art. 6(1)(a)–(f). */
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Art. 9(2)(a)–(j): the condition that lifts the ban on special categories. */
export const ART9_CONDITIONS = [
  'explicit-consent',
  'employment-social-security',
  'vital-interests',
  'not-for-profit-body',
  'made-public',
  'legal-claims',
  'substantial-public-interest',
  'health-or-social-care',
  'public-health',
  'archiving-research-statistics',
] as const;
export type Art9Condition = (typeof ART9_CONDITIONS)[number];

export const ACTIVITY_ROLES = ['controller', 'processor'] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

export const DPIA_STATUSES = ['not-screened', 'not-required', 'required', 'in-progress', 'completed'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

/** The nine criteria of WP248 rev.01 (endorsed by the EDPB): two or more usually mean a DPIA. */
export const WP248_CRITERIA = [
  'evaluation-scoring',
  'automated-decision-legal-effect',
  'systematic-monitoring',
  'sensitive-data',
  'large-scale',
  'matching-combining',
  'vulnerable-subjects',
  'innovative-technology',
  'prevents-exercising-rights',
] as const;
export type Wp248Criterion = (typeof WP248_CRITERIA)[number];

/**
 * The Garante's list of processing that requires a DPIA under Art. 35(4): Annex 1 to Provv.
 * n. 467 of 11 October 2018 (doc. web 9058979; Gazzetta Ufficiale n. 269 of 19 November 2018),
 * checked against that text. In the Annex's order, item n at index n - 1:
 *  1. large-scale evaluation or scoring, profiling and predictive activities (performance at
 *     work, economic situation, health, preferences, reliability, behaviour, location);
 *  2. automated decisions with legal or similarly significant effects, including those that
 *     keep a person from a right, a good, a service or a contract;
 *  3. systematic observation, monitoring or control, including over networks and of unique
 *     identifiers of online-service users over long periods, and metadata;
 *  4. large-scale processing of highly personal data (private or family life, electronic
 *     communications, location, financial data open to fraud);
 *  5. technological systems at work (video surveillance, geolocation) that allow remote
 *     monitoring of employees;
 *  6. non-occasional processing of vulnerable people's data (minors, disabled, elderly,
 *     mentally ill, patients, asylum seekers);
 *  7. innovative technologies (IoT, AI, online voice assistants, wearables, proximity
 *     tracking such as wi-fi tracking), only where at least one other WP248 criterion is met
 *     (see `pure/dpia-indicated.ts`);
 *  8. large-scale exchange of data between controllers by electronic means;
 *  9. interconnection, combination or comparison of information (e.g. digital consumption
 *     crossed with payment data);
 * 10. Art. 9 or Art. 10 data interconnected with other data collected for other purposes;
 * 11. systematic processing of biometric data;
 * 12. systematic processing of genetic data.
 */
export const GARANTE_DPIA_LIST = [
  'large-scale-scoring-profiling',
  'automated-decisions-legal-effect',
  'systematic-monitoring',
  'highly-personal-data-large-scale',
  'employee-remote-monitoring',
  'vulnerable-subjects-non-occasional',
  'innovative-technology',
  'large-scale-exchange-between-controllers',
  'interconnection-combination',
  'special-categories-interconnected',
  'biometric-systematic',
  'genetic-systematic',
] as const;
export type GaranteDpiaItem = (typeof GARANTE_DPIA_LIST)[number];

/** Art. 46(2)–(3), adequacy (Art. 45) and the Art. 49 derogations. */
export const TRANSFER_GROUNDS = ['adequacy', 'scc', 'bcr', 'code-or-certification', 'ad-hoc-clauses', 'derogation', 'none'] as const;
export type TransferGround = (typeof TRANSFER_GROUNDS)[number];

/** The four modules of the 2021 SCCs (Decision (EU) 2021/914). */
export const SCC_MODULES = ['c2c', 'c2p', 'p2p', 'p2c'] as const;
export type SccModule = (typeof SCC_MODULES)[number];

export const SUB_PROCESSOR_APPROVALS = ['general', 'specific', 'none'] as const;
export type SubProcessorApproval = (typeof SUB_PROCESSOR_APPROVALS)[number];

export const MEASURE_KINDS = ['technical', 'organisational'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
