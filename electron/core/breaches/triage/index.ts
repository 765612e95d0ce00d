/** The breach triage: facts in, ENISA severity and Art. 33/34 recommendation out. */
export {
  availabilityLosses,
  breachFactsSchema,
  confidentialityLosses,
  dataCategories,
  identifiabilityLevels,
  integrityLosses,
  type AvailabilityLoss,
  type BreachFacts,
  type BreachFactsInput,
  type ConfidentialityLoss,
  type DataCategory,
  type Identifiability,
  type IntegrityLoss,
} from '../../../shared/breach-facts';
export { parseBreachFacts } from './parse-breach-facts';
export { triageBreach, triageBreachFacts } from './triage';
export {
  reasonFactors,
  riskLevels,
  severityLevels,
  type ReasonFactor,
  type RiskLevel,
  type SeverityLevel,
  type TriageReason,
  type TriageResult,
} from '../../../shared/triage-result';
export { SUPERVISORY_AUTHORITIES, AUTHORITY_COUNTRIES } from '../../../shared/authorities';
export type { AuthorityBasis, AuthorityCountry, CompetentAuthority } from '../../../shared/authorities';
export { competentAuthorities, type AuthorityFinding } from './authorities';
