import type { Art9Condition, DpiaStatus, LegalBasis } from '../../../electron/shared/registers';

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
