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
 * No decision on telling the people is recorded, nor the authority's order by the notice's date:
 * nobody has yet concluded whether Art. 34(1) obliges the notice, so it says nothing of the law
 * either way and is not finalised until the decision is recorded (review 7, G6).
 */
export function subjectsDecisionPending(detail: BreachDetail, date: string): boolean {
  return detail.decision === null && subjectsOrderBy(detail, date) === null;
}

/**
 * Why a notice to the people dated `date` may be drafted but not finalised: no decision recorded
 * (review 7, G6; Art. 34(1) GDPR), in words that say what to record, naming the triage's
 * recommendation when it finds a likely high risk; null once a decision or an order is recorded.
 */
export function undecidedNoticeHold(detail: BreachDetail, date: string): Message | null {
  if (!subjectsDecisionPending(detail, date)) return null;
  return msg(detail.triage?.notifySubjects ? 'msg.error.letter.subjectsUndecidedHighRisk' : 'msg.error.letter.subjectsUndecided', { reference: detail.reference });
}

/**
 * A caution on a notice to the people (review 6, F1; Art. 34(4)): the register does not oblige
 * it — the decision recorded is not to tell them (with its Art. 34(3) ground, or no likely high
 * risk), and the notice is written as a voluntary one; or the authority's order obliges it
 * against the decision recorded not to tell them, and the DPO records a decision that agrees
 * with the order. With no decision yet the hold says it ({@link undecidedNoticeHold}).
 */
export function voluntaryNoticeCaution(detail: BreachDetail, labels: BreachLabels, date: string): { code: LetterWarning['code']; message: Message } | null {
  const decision = detail.decision;
  if (decision?.notifySubjects) return null;
  const order = subjectsOrderBy(detail, date);
  if (order) {
    return decision ? { code: 'subjects-ordered', message: msg('msg.letterWarning.subjectsOrderedAgainstDecision', { orderedOn: order.orderedOn, reference: order.reference ?? '—' }) } : null;
  }
  if (!decision) return null;
  const reason = decision.art34Exemption ? msg('msg.letterWarning.subjectsNotToBeToldExempt', { exemption: labels.art34Exemptions[decision.art34Exemption] }) : msg('msg.letterWarning.subjectsNotToBeToldNoHighRisk');
  return { code: 'subjects-not-to-be-told', message: msg('msg.letterWarning.subjectsNotToBeTold', { reason: [reason] }) };
}
