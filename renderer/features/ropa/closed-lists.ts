import type { Art9Condition, DpiaStatus, GaranteDpiaItem, LegalBasis, SccModule, SubProcessorApproval, TransferGround, Wp248Criterion } from '../../../electron/shared/registers';

function complete<T extends string>() {
  return <const A extends readonly T[]>(list: A & ([Exclude<T, A[number]>] extends [never] ? unknown : 'missing a value')): A => list;
}

/** The closed lists the register screens offer, checked against the contract's types. */
export const legalBases = complete<LegalBasis>()(['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests']);
export const art9Conditions = complete<Art9Condition>()([
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
]);
export const dpiaStatuses = complete<DpiaStatus>()(['not-screened', 'not-required', 'required', 'in-progress', 'completed']);
export const subProcessorApprovals = complete<SubProcessorApproval>()(['general', 'specific', 'none']);
export const transferGrounds = complete<TransferGround>()(['adequacy', 'scc', 'bcr', 'code-or-certification', 'ad-hoc-clauses', 'derogation', 'none']);
export const sccModules = complete<SccModule>()(['c2c', 'c2p', 'p2p', 'p2c']);
export const wp248Criteria = complete<Wp248Criterion>()([
  'evaluation-scoring',
  'automated-decision-legal-effect',
  'systematic-monitoring',
  'sensitive-data',
  'large-scale',
  'matching-combining',
  'vulnerable-subjects',
  'innovative-technology',
  'prevents-exercising-rights',
]);
/** In the order of Annex 1 to the Garante's Provv. 467/2018: item n is at index n - 1. */
export const garanteItems = complete<GaranteDpiaItem>()([
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
]);
