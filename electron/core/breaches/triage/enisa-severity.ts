import type { AvailabilityLoss, BreachFacts, ConfidentialityLoss, Identifiability, IntegrityLoss } from '../../../shared/breach-facts';
import { scoreDpc, type DpcScore } from './enisa-dpc';
import type { Protections } from './protections';
import type { SeverityLevel } from '../../../shared/triage-result';

/**
 * ENISA's severity of a personal data breach ("Recommendations for a methodology of the
 * assessment of severity of personal data breaches", v1.0, December 2013):
 * SE = DPC × EI + CB, where DPC is the criticality of the data in its context (1–4), EI the
 * ease of identifying the people (0.25–1), and CB the circumstances of the breach, which
 * can only add to the score.
 */

/** EI: negligible, limited, significant, maximum. */
export const eiScores: Record<Identifiability, number> = { negligible: 0.25, limited: 0.5, significant: 0.75, maximum: 1 };

/** CB, loss of confidentiality: known recipients, or an unknown number of them. */
export const confidentialityScores: Record<ConfidentialityLoss, number> = {
  none: 0,
  'known-recipients': 0.25,
  'unknown-recipients': 0.5,
  public: 0.5,
};

/** CB, loss of integrity: altered but recoverable, or not recoverable. */
export const integrityScores: Record<IntegrityLoss, number> = { none: 0, recoverable: 0.25, unrecoverable: 0.5 };

/** CB, loss of availability: temporary (hours or days), or permanent. */
export const availabilityScores: Record<AvailabilityLoss, number> = { none: 0, hours: 0.25, days: 0.25, permanent: 0.5 };

/** CB, malicious intent. */
export const MALICIOUS_SCORE = 0.5;

/** Lower bounds of the bands above low. */
export const SEVERITY_BANDS = { medium: 2, high: 3, veryHigh: 4 } as const;

export interface SeverityAssessment {
  score: number;
  level: SeverityLevel;
  dpc: DpcScore;
  /** The ease of identification scored: negligible when unintelligible data was disclosed. */
  identifiability: Identifiability;
  ei: number;
  cb: { confidentiality: number; integrity: number; availability: number; malicious: number; total: number };
}

/** ENISA's bands: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high. */
export function severityLevelOf(score: number): SeverityLevel {
  if (score >= SEVERITY_BANDS.veryHigh) return 'very-high';
  if (score >= SEVERITY_BANDS.high) return 'high';
  if (score >= SEVERITY_BANDS.medium) return 'medium';
  return 'low';
}

/**
 * Scores the severity. One choice of ours: when unintelligible data (encrypted or hashed
 * to the state of the art, key or salt safe) was disclosed, it is scored with negligible
 * ease of identification, because what reached the recipients was ciphertext from which
 * no one can be identified. ENISA leaves unintelligibility to a qualitative step after the
 * score; folding it into EI keeps the score consistent with the EDPB's reading that such
 * a disclosure is unlikely to harm anyone (Guidelines 01/2021, cases 06 and 10). When
 * nothing was disclosed (a loss of availability or integrity only), encryption does not
 * lessen the harm and EI stays as given.
 * Every term is a multiple of 1/16, so the score is exact in binary floating point.
 */
export function assessSeverity(facts: BreachFacts, protections: Protections): SeverityAssessment {
  const dpc = scoreDpc(facts.dataCategories, facts.vulnerableSubjects, facts);
  const ciphertextDisclosed = protections.unintelligible && facts.confidentiality !== 'none';
  const identifiability: Identifiability = ciphertextDisclosed ? 'negligible' : facts.identifiability;
  const ei = eiScores[identifiability];
  const cb = {
    confidentiality: confidentialityScores[facts.confidentiality],
    integrity: integrityScores[facts.integrity],
    availability: availabilityScores[facts.availability],
    malicious: facts.maliciousIntent ? MALICIOUS_SCORE : 0,
    total: 0,
  };
  cb.total = cb.confidentiality + cb.integrity + cb.availability + cb.malicious;
  const score = dpc.value * ei + cb.total;
  return { score, level: severityLevelOf(score), dpc, identifiability, ei, cb };
}
