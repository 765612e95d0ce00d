import type { Art34Exemption, TriageResult } from '../../../../../electron/shared/breaches';

/** The decision as the form holds it. */
export interface DecisionForm {
  notifyAuthority: boolean;
  notifySubjects: boolean;
  rationale: string;
  art34Exemption: Art34Exemption | '';
}

export type DecisionIssue = 'rationale-short' | 'ground-required';

/** The register must show why (Art. 33(5)): the back end wants at least this many characters. */
export const MIN_RATIONALE = 10;

/** Not telling the people against a high-risk recommendation needs an Art. 34(3) ground. */
export function needsGround(recommendation: Pick<TriageResult, 'notifySubjects'>, notifySubjects: boolean): boolean {
  return recommendation.notifySubjects && !notifySubjects;
}

/** Where the choice departs from the recommendation, for the authority and for the people. */
export function departures(form: Pick<DecisionForm, 'notifyAuthority' | 'notifySubjects'>, recommendation: Pick<TriageResult, 'notifyAuthority' | 'notifySubjects'>) {
  return { authority: form.notifyAuthority !== recommendation.notifyAuthority, subjects: form.notifySubjects !== recommendation.notifySubjects };
}

/** What stops the decision from being recorded, checked as the back end will. */
export function decisionIssues(form: DecisionForm, recommendation: Pick<TriageResult, 'notifySubjects'>): DecisionIssue[] {
  const issues: DecisionIssue[] = [];
  if (form.rationale.trim().length < MIN_RATIONALE) issues.push('rationale-short');
  if (needsGround(recommendation, form.notifySubjects) && form.art34Exemption === '') issues.push('ground-required');
  return issues;
}

/** The 'breaches.decide' input: the ground only when the people are not told. */
export function decisionInput(form: DecisionForm) {
  return {
    notifyAuthority: form.notifyAuthority,
    notifySubjects: form.notifySubjects,
    rationale: form.rationale.trim(),
    ...(!form.notifySubjects && form.art34Exemption ? { art34Exemption: form.art34Exemption } : {}),
  };
}
