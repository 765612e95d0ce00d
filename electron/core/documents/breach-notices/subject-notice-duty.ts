import type { BreachDetail } from '../../../shared/breaches';
import type { LetterWarning } from '../../../shared/document-contract';
import { msg, type Message } from '../../i18n';
import type { BreachLabels } from './breach-labels-schema';

/**
 * Whether the law obliges the notice to the people (Art. 34(1) GDPR): only when the DPO's
 * recorded decision is to tell them, the decision the register takes on a likely high risk
 * (the notification to the authority reads the same decision). Without it, the notice is a
 * voluntary one and never says "the law requires us" (review 6, F1). The register records no
 * order of the authority (Art. 34(4)); a DPO so ordered records the decision to tell.
 */
export function subjectsLegalDuty(detail: BreachDetail): boolean {
  return detail.decision?.notifySubjects === true;
}

/**
 * A caution on a notice to the people the register does not oblige (review 6, F1): the
 * decision recorded is not to tell them (with its Art. 34(3) ground, or no likely high risk),
 * or no decision is recorded yet (with the triage's recommendation, when there is one). The
 * notice is then written as a voluntary one; the DPO checks it should go, or records the decision.
 */
export function voluntaryNoticeCaution(detail: BreachDetail, labels: BreachLabels): { code: LetterWarning['code']; message: Message } | null {
  const decision = detail.decision;
  if (decision?.notifySubjects) return null;
  if (decision) {
    const reason = decision.art34Exemption ? msg('msg.letterWarning.subjectsNotToBeToldExempt', { exemption: labels.art34Exemptions[decision.art34Exemption] }) : msg('msg.letterWarning.subjectsNotToBeToldNoHighRisk');
    return { code: 'subjects-not-to-be-told', message: msg('msg.letterWarning.subjectsNotToBeTold', { reason: [reason] }) };
  }
  const key = detail.triage?.notifySubjects ? 'msg.letterWarning.subjectsUndecidedHighRisk' : 'msg.letterWarning.subjectsUndecided';
  return { code: 'subjects-undecided', message: msg(key) };
}
