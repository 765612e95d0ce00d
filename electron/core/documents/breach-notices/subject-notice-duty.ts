import type { BreachDetail, SubjectsOrder } from '../../../shared/breaches';
import type { LetterWarning } from '../../../shared/document-contract';
import { msg, type Message } from '../../i18n';
import type { BreachLabels } from './breach-labels-schema';

/** The supervisory authority's order to tell the people (Art. 34(4)) the register records by a document's date, or null. */
export function subjectsOrderBy(detail: BreachDetail, date: string): SubjectsOrder | null {
  const order = detail.subjectsOrder;
  return order && order.orderedOn <= date ? order : null;
}

/**
 * Whether the law obliges the notice to the people dated `date`: on the DPO's recorded decision
 * to tell them, the decision the register takes on a likely high risk (Art. 34(1) GDPR; the
 * notification to the authority reads the same decision), or on the supervisory authority's
 * order to tell them recorded by then (Art. 34(4): the authority "may require" it, whatever the
 * controller decided). Without either, the notice is a voluntary one and never says "the law
 * requires us" (review 6, F1).
 */
export function subjectsLegalDuty(detail: BreachDetail, date: string): boolean {
  return detail.decision?.notifySubjects === true || subjectsOrderBy(detail, date) !== null;
}

/**
 * A caution on a notice to the people (review 6, F1; Art. 34(4)): the register does not oblige
 * it — the decision recorded is not to tell them (with its Art. 34(3) ground, or no likely high
 * risk), or no decision is recorded yet (with the triage's recommendation, when there is one),
 * and the notice is written as a voluntary one; or the authority's order obliges it against the
 * decision recorded not to tell them, and the DPO records a decision that agrees with the order.
 */
export function voluntaryNoticeCaution(detail: BreachDetail, labels: BreachLabels, date: string): { code: LetterWarning['code']; message: Message } | null {
  const decision = detail.decision;
  if (decision?.notifySubjects) return null;
  const order = subjectsOrderBy(detail, date);
  if (order) {
    return decision ? { code: 'subjects-ordered', message: msg('msg.letterWarning.subjectsOrderedAgainstDecision', { orderedOn: order.orderedOn, reference: order.reference ?? '—' }) } : null;
  }
  if (decision) {
    const reason = decision.art34Exemption ? msg('msg.letterWarning.subjectsNotToBeToldExempt', { exemption: labels.art34Exemptions[decision.art34Exemption] }) : msg('msg.letterWarning.subjectsNotToBeToldNoHighRisk');
    return { code: 'subjects-not-to-be-told', message: msg('msg.letterWarning.subjectsNotToBeTold', { reason: [reason] }) };
  }
  const key = detail.triage?.notifySubjects ? 'msg.letterWarning.subjectsUndecidedHighRisk' : 'msg.letterWarning.subjectsUndecided';
  return { code: 'subjects-undecided', message: msg(key) };
}
