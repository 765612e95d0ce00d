import type { AuthorityPhase } from '../../../shared/breaches';
import type { FieldValues } from '../letters/field-catalogue';
import type { BreachWords } from './breach-phrases';

/**
 * What a preliminary notification to the authority says of the controller's own acts while
 * the register and the DPO say nothing of them: a report to the police or the judicial
 * authority ("No report made so far") and whether the people were told ("Not yet decided: the
 * assessment of the risk to the people is under way"). The controller cannot "not know" its
 * own acts, so never "Not yet known: to follow in a later phase" (Art. 33(3)-(4) GDPR; review
 * 6, F10). A complete or supplementary notification still asks the DPO for both.
 */
export function policeReportDefault(phase: AuthorityPhase, w: BreachWords): string | null {
  return phase === 'preliminary' ? w.phrase('policeReportNone') : null;
}

/** The people's communication of a preliminary notification, when the register records no decision, no notice and no order yet (see above). */
export function subjectsUndecided(phase: AuthorityPhase, fields: FieldValues, w: BreachWords): FieldValues {
  return phase === 'preliminary' && !fields['breach.subjectsCommunication'] ? { 'breach.subjectsCommunication': w.phrase('subjectsUndecided') } : {};
}
