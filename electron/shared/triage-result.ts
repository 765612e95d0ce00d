import type { Message } from './pure/i18n/message';
import type { AuthorityBasis, CompetentAuthority } from './authorities';

/**
 * What the triage returns. A recommendation for the DPO, never a decision: the breach
 * register records the DPO's own decision and rationale next to it.
 */

/** ENISA severity bands: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very-high. */
export const severityLevels = ['low', 'medium', 'high', 'very-high'] as const;
export type SeverityLevel = (typeof severityLevels)[number];

/**
 * The Art. 33/34 GDPR risk: `unlikely` (unlikely to result in a risk: record only),
 * `risk` (notify the authority), `high-risk` (notify the authority and tell the people).
 */
export const riskLevels = ['unlikely', 'risk', 'high-risk'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/**
 * The stable codes of the facts and rules a reason can name, so the UI can translate a
 * reason by its code. Each code appears at most once in a result.
 */
export const reasonFactors = [
  'severity',
  'data-categories',
  'vulnerable-subjects',
  'dpc-context',
  'identifiability',
  'unintelligible',
  'confidentiality',
  'integrity',
  'availability',
  'malicious-intent',
  'recipient-trusted',
  'special-categories',
  'fraud-exposure',
  'malicious-exfiltration',
  'large-volume',
  'misuse-observed',
  'no-lasting-effect',
  'competent-authority',
] as const;
export type ReasonFactor = (typeof reasonFactors)[number];

/**
 * One reason of the explanation, in a DPO's words, naming the factor that drove it: its
 * sentences as catalogue messages (render them in the reader's language) and in English.
 */
export interface TriageReason {
  factor: ReasonFactor;
  messages: Message[];
  /** The messages rendered in English, joined. */
  text: string;
}

export interface TriageResult {
  /** ENISA 2013: SE = DPC × EI + CB, and its band. */
  severity: { score: number; level: SeverityLevel };
  risk: RiskLevel;
  /** Art. 33(1): false only when the breach is unlikely to result in a risk. */
  notifyAuthority: boolean;
  /** Art. 34(1): true when the breach is likely to result in a high risk. */
  notifySubjects: boolean;
  /** 72 hours after awareAt, in awareAt's offset (see `authorityDeadline`). */
  authorityDeadline: string;
  /** The authority or authorities to notify (empty when the facts do not say where). */
  authorities: CompetentAuthority[];
  /** The rule that named them. */
  authorityBasis: AuthorityBasis;
  reasons: TriageReason[];
}
