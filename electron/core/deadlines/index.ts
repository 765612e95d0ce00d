/**
 * The deadline engine: pure rules for the legal deadlines of data-subject requests, with
 * their explanations and citations, plus the organisation's own clock. No vault, no I/O.
 */
export * from '../../shared/pure/civil-date';
export * from './civil-date-in-zone';
export * from '../../shared/regimes';
export * from './citations';
export * from './jurisdiction';
export * from './holiday-calendar';
export * from './working-days';
export * from './deadline-types';
export * from './deadline-input';
export * from './rule-table';
export { explainStep, explainDetail, describeNonWorkingDay } from './explain';
export { computeDeadlines } from './compute-deadlines';
export * from './organisation-clock';
export { commitmentsBeyondLaw, type CommitmentCheckInput } from './commitments-beyond-law';
