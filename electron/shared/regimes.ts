import { z } from 'zod';
import { GDPR_COUNTRIES } from './pure/home-regime';

/**
 * The legal regimes and the request types each one knows: the single source of these names
 * for the database, the IPC schemas, the UI and the CLI. Only stable kebab-case keys live
 * here; human labels belong to the UI's translations.
 */
export const REGIMES = [
  'gdpr',
  'uk-gdpr',
  'ccpa',
  'lgpd',
  'pipeda',
  'ch-fadp',
  'qc-law25',
  'us-va',
  'us-co',
  'us-ct',
  'us-ut',
  'us-tx',
  'us-or',
  'sg-pdpa',
  'au-privacy',
] as const;
export type Regime = (typeof REGIMES)[number];
/** Parses a regime name; the schema the IPC contract and the database layer reuse. */
export const RegimeSchema = z.enum(REGIMES);

/** GDPR Arts 7(3), 15–18, 20–22 (marketing opt-out = the Art. 21(2)–(3) objection). */
export const GDPR_REQUEST_TYPES = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'consent-withdrawal',
  'marketing-opt-out',
  'automated-decision',
] as const;

/** UK GDPR: the same rights as the GDPR. */
export const UK_GDPR_REQUEST_TYPES = GDPR_REQUEST_TYPES;

/**
 * CCPA/CPRA (Cal. Civ. Code §§ 1798.100–1798.121): know, delete, correct, opt-out of
 * sale/sharing, limit the use of sensitive personal information.
 */
export const CCPA_REQUEST_TYPES = ['know', 'delete', 'correct', 'opt-out', 'limit'] as const;
/** Parses one of CCPA_REQUEST_TYPES. */
export const CcpaRequestTypeSchema = z.enum(CCPA_REQUEST_TYPES);

/**
 * LGPD Art. 18, items I–IX: confirmation of processing (I), access (II), correction (III),
 * anonymisation, blocking or deletion of unnecessary or unlawful data (IV), portability (V),
 * deletion of data processed with consent (VI), information about sharing (VII), information
 * about refusing consent (VIII), withdrawal of consent (IX).
 */
export const LGPD_REQUEST_TYPES = [
  'confirmation',
  'access',
  'correction',
  'anonymisation-blocking-deletion',
  'portability',
  'deletion',
  'information-sharing',
  'consent-refusal-information',
  'consent-withdrawal',
] as const;

/** PIPEDA s. 8 (access) and Schedule 1 principle 4.9.5 (correction). */
export const PIPEDA_REQUEST_TYPES = ['access', 'correction'] as const;

/**
 * Swiss FADP: access (Art. 25), portability (Art. 28), rectification (Art. 32(1)),
 * erasure and objection (Art. 32(2), with Art. 30(2)(b)), review of an automated decision (Art. 21(2)).
 */
export const CH_FADP_REQUEST_TYPES = ['access', 'portability', 'rectification', 'erasure', 'objection', 'automated-decision'] as const;

/**
 * Québec, Act respecting the protection of personal information in the private sector
 * (CQLR c. P-39.1, as amended by Law 25): access and portability (s. 27), rectification (s. 28).
 */
export const QC_LAW25_REQUEST_TYPES = ['access', 'portability', 'rectification'] as const;

/**
 * The US state consumer privacy laws with 45 + 45 days (Virginia, Colorado, Connecticut,
 * Texas, Oregon): confirm/access, correct, delete, portable copy, opt out.
 */
export const US_STATE_REQUEST_TYPES = ['access', 'correction', 'deletion', 'portability', 'opt-out'] as const;
/** Utah's UCPA gives no right to correct (Utah Code § 13-61-201). */
export const US_UT_REQUEST_TYPES = ['access', 'deletion', 'portability', 'opt-out'] as const;

/** Singapore PDPA: access (s. 21) and correction (s. 22). */
export const SG_PDPA_REQUEST_TYPES = ['access', 'correction'] as const;

/** Australia, Privacy Act 1988 Sch. 1: access (APP 12) and correction (APP 13). */
export const AU_PRIVACY_REQUEST_TYPES = ['access', 'correction'] as const;

/** The request types of each regime, in the order the UI lists them. */
export const REQUEST_TYPES_BY_REGIME = {
  gdpr: GDPR_REQUEST_TYPES,
  'uk-gdpr': UK_GDPR_REQUEST_TYPES,
  ccpa: CCPA_REQUEST_TYPES,
  lgpd: LGPD_REQUEST_TYPES,
  pipeda: PIPEDA_REQUEST_TYPES,
  'ch-fadp': CH_FADP_REQUEST_TYPES,
  'qc-law25': QC_LAW25_REQUEST_TYPES,
  'us-va': US_STATE_REQUEST_TYPES,
  'us-co': US_STATE_REQUEST_TYPES,
  'us-ct': US_STATE_REQUEST_TYPES,
  'us-ut': US_UT_REQUEST_TYPES,
  'us-tx': US_STATE_REQUEST_TYPES,
  'us-or': US_STATE_REQUEST_TYPES,
  'sg-pdpa': SG_PDPA_REQUEST_TYPES,
  'au-privacy': AU_PRIVACY_REQUEST_TYPES,
} as const satisfies Record<Regime, readonly string[]>;

/** The request types of one regime. */
export type RequestTypeOf<R extends Regime> = (typeof REQUEST_TYPES_BY_REGIME)[R][number];

/** Every request type of every regime (a union; pair it with a regime to be meaningful). */
export const REQUEST_TYPES = [...new Set(Object.values(REQUEST_TYPES_BY_REGIME).flat())] as readonly RequestType[];
export type RequestType = RequestTypeOf<Regime>;
/** Parses any known request type, whatever the regime (check the pair with `isRequestTypeOf`). */
export const RequestTypeSchema = z.enum(REQUEST_TYPES as [RequestType, ...RequestType[]]);

/** True when `type` is one of `regime`'s request types. */
export function isRequestTypeOf(regime: Regime, type: string): type is RequestType {
  return (REQUEST_TYPES_BY_REGIME[regime] as readonly string[]).includes(type);
}

/**
 * The holiday calendar a regime uses when none is given: UK GDPR England's bank holidays,
 * CCPA California's state holidays, each US state law its own state, Québec's, and the
 * national calendars of Brazil, Canada, Switzerland, Singapore and Australia. GDPR has none:
 * the controller's member state must be given.
 */
export const DEFAULT_JURISDICTION = {
  gdpr: null,
  'uk-gdpr': 'GB-ENG',
  ccpa: 'US-CA',
  lgpd: 'BR',
  pipeda: 'CA',
  'ch-fadp': 'CH',
  'qc-law25': 'CA-QC',
  'us-va': 'US-VA',
  'us-co': 'US-CO',
  'us-ct': 'US-CT',
  'us-ut': 'US-UT',
  'us-tx': 'US-TX',
  'us-or': 'US-OR',
  'sg-pdpa': 'SG',
  'au-privacy': 'AU',
} as const satisfies Record<Regime, string | null>;

/**
 * The EEA states where the GDPR applies (EU 27 plus Iceland, Liechtenstein, Norway).
 * Reg. 1182/71 Art. 2 counts the public holidays of the member state where the act is to
 * be done, so a GDPR deadline needs one of these.
 */
export { GDPR_COUNTRIES };

/** The UK nations whose bank holidays UK GDPR deadlines may use. */
export const UK_JURISDICTIONS = ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR'] as const;

/** The only calendar the CCPA knows: California state holidays. */
export const CCPA_JURISDICTIONS = ['US-CA'] as const;

/** The country each regime's calendar must belong to (GDPR: any EEA state). */
export const REGIME_COUNTRIES = {
  gdpr: GDPR_COUNTRIES,
  'uk-gdpr': ['GB'],
  ccpa: ['US'],
  lgpd: ['BR'],
  pipeda: ['CA'],
  'ch-fadp': ['CH'],
  'qc-law25': ['CA'],
  'us-va': ['US'],
  'us-co': ['US'],
  'us-ct': ['US'],
  'us-ut': ['US'],
  'us-tx': ['US'],
  'us-or': ['US'],
  'sg-pdpa': ['SG'],
  'au-privacy': ['AU'],
} as const satisfies Record<Regime, readonly string[]>;
