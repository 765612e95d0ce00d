import type { CitationId } from './citations';
import type { Regime, RequestType } from '../../shared/regimes';

/**
 * Which counting rule governs each (regime, request type). Kept as data so the UI can ask
 * "can this be extended?" or "does the law set a period?" without computing anything.
 */
export type DeadlineRule =
  /** GDPR / UK GDPR Art. 12(3): one month, +2 months, notice within the first month. */
  | { kind: 'one-month'; regime: 'gdpr' | 'uk-gdpr' }
  /** CCPA § 7021: acknowledge in 10 business days, respond in 45 calendar days, +45. */
  | { kind: 'ccpa-response' }
  /** CCPA §§ 7026(f), 7027(g): 15 business days, no acknowledgement, no extension. */
  | { kind: 'business-days'; days: number; citations: CitationId[] }
  /** N calendar days from receipt, optionally extendable. */
  | {
      kind: 'calendar-days';
      days: number;
      citations: CitationId[];
      /** `days`: by at most N more days; `open-ended`: the controller names the new date. */
      extension: { kind: 'days'; days: number; citations: CitationId[] } | { kind: 'open-ended'; citations: CitationId[] } | null;
      /**
       * `law`: the statute sets the period. `reasonable-period`: the statute only says "within a
       * reasonable period" (APP 12.4(a)(ii)); the days are our plan, taken from the guidance cited.
       */
      basis: 'law' | 'reasonable-period';
    }
  /** The law sets no period for this request type. */
  | { kind: 'no-period'; citations: CitationId[] }
  /** GDPR / UK GDPR Arts 21(3), 7(3): acted on when it arrives, due on the day of receipt, never extended. */
  | { kind: 'at-once'; citations: CitationId[] };

const CCPA_OPT_OUT: DeadlineRule = { kind: 'business-days', days: 15, citations: ['ccpa-regs-7026-f', 'ccpa-business-day'] };
const CCPA_LIMIT: DeadlineRule = { kind: 'business-days', days: 15, citations: ['ccpa-regs-7027-g', 'ccpa-business-day'] };

/**
 * LGPD Art. 19 II: 15 days for confirmation or access. Calendar days, counted from the day
 * after the request (Código Civil art. 132); an end on a holiday moves (art. 132 § 1).
 */
const LGPD_ACCESS: DeadlineRule = {
  kind: 'calendar-days',
  days: 15,
  citations: ['lgpd-art-19'],
  extension: null,
  basis: 'law',
};

/** PIPEDA s. 8(3)–(4): 30 days after receipt, extendable by at most 30 with notice. */
const PIPEDA_ACCESS: DeadlineRule = {
  kind: 'calendar-days',
  days: 30,
  citations: ['pipeda-s-8-3'],
  extension: { kind: 'days', days: 30, citations: ['pipeda-s-8-4'] },
  basis: 'law',
};

/** FADP Art. 25(7), FADO Art. 18 (and Art. 22 for portability): 30 days; extension = notice of the new date. */
const CH_ACCESS: DeadlineRule = {
  kind: 'calendar-days',
  days: 30,
  citations: ['ch-fadp-art-25-7', 'ch-fado-art-18'],
  extension: { kind: 'open-ended', citations: ['ch-fado-art-18'] },
  basis: 'law',
};

/** Québec private-sector Act s. 32: 30 days, no extension; silence is a deemed refusal. */
const QC_RESPONSE: DeadlineRule = { kind: 'calendar-days', days: 30, citations: ['qc-private-s-32'], extension: null, basis: 'law' };

/** The statute of each US state law with 45 + 45 days. */
const US_STATE_CITATION = {
  'us-va': 'va-cdpa-59-1-577',
  'us-co': 'co-cpa-6-1-1306',
  'us-ct': 'ct-dpa-42-518',
  'us-ut': 'ut-cpa-13-61-203',
  'us-tx': 'tx-dpsa-541-052',
  'us-or': 'or-cpa-646a-576',
} as const satisfies Record<string, CitationId>;

/** US state laws: 45 days from receipt, once extendable by 45 with notice within the first 45. */
function usStateRule(regime: keyof typeof US_STATE_CITATION): DeadlineRule {
  const cite = US_STATE_CITATION[regime];
  return { kind: 'calendar-days', days: 45, citations: [cite], extension: { kind: 'days', days: 45, citations: [cite] }, basis: 'law' };
}

/** Singapore PDPA s. 21 and PDP Regs 2021: 30 days, then notice of the time by which it will respond. */
const SG_ACCESS: DeadlineRule = {
  kind: 'calendar-days',
  days: 30,
  citations: ['sg-pdpa-s-21'],
  extension: { kind: 'open-ended', citations: ['sg-pdpa-s-21'] },
  basis: 'law',
};

/** Australia APP 12.4 / 13.5: an organisation has "a reasonable period"; we plan for 30 days. */
function auRule(type: RequestType): DeadlineRule {
  return { kind: 'calendar-days', days: 30, citations: [type === 'access' ? 'au-app-12-4' : 'au-app-13-5'], extension: null, basis: 'reasonable-period' };
}

/** The rule for one request type of one regime. */
export function deadlineRule(regime: Regime, type: RequestType): DeadlineRule {
  switch (regime) {
    case 'gdpr':
    case 'uk-gdpr':
      if (type === 'marketing-opt-out') return { kind: 'at-once', citations: [regime === 'gdpr' ? 'gdpr-art-21-3' : 'uk-gdpr-art-21-3'] };
      if (type === 'consent-withdrawal') return { kind: 'at-once', citations: [regime === 'gdpr' ? 'gdpr-art-7-3' : 'uk-gdpr-art-7-3'] };
      return { kind: 'one-month', regime };
    case 'ccpa':
      return type === 'opt-out' ? CCPA_OPT_OUT : type === 'limit' ? CCPA_LIMIT : { kind: 'ccpa-response' };
    case 'lgpd':
      return type === 'confirmation' || type === 'access' ? LGPD_ACCESS : { kind: 'no-period', citations: ['lgpd-art-18'] };
    case 'pipeda':
      return type === 'access' ? PIPEDA_ACCESS : { kind: 'no-period', citations: ['pipeda-sch-1-4-9-5'] };
    case 'ch-fadp':
      return type === 'access' || type === 'portability' ? CH_ACCESS : { kind: 'no-period', citations: ['ch-fadp-art-32'] };
    case 'qc-law25':
      return QC_RESPONSE;
    case 'us-va':
    case 'us-co':
    case 'us-ct':
    case 'us-ut':
    case 'us-tx':
    case 'us-or':
      return usStateRule(regime);
    case 'sg-pdpa':
      return type === 'access' ? SG_ACCESS : { kind: 'no-period', citations: ['sg-pdpa-s-22'] };
    case 'au-privacy':
      return auRule(type);
  }
}

/** True when the law lets the controller extend the period for this request type. */
export function canExtend(regime: Regime, type: RequestType): boolean {
  const rule = deadlineRule(regime, type);
  return rule.kind === 'one-month' || rule.kind === 'ccpa-response' || (rule.kind === 'calendar-days' && rule.extension !== null);
}

/** True when the law sets a period for this request type (false: only the organisation's clock). */
export function hasStatutoryDeadline(regime: Regime, type: RequestType): boolean {
  return deadlineRule(regime, type).kind !== 'no-period';
}

/** Whether the law wants this request acted on as it arrives (GDPR / UK GDPR Arts 21(3), 7(3)): no promise in days applies to it. */
export function dueOnReceipt(regime: Regime, type: RequestType): boolean {
  return deadlineRule(regime, type).kind === 'at-once';
}
