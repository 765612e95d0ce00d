import type { LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import type { FieldValues } from '../letters/field-catalogue';
import { formatCivilDate } from '../letters/format-date';

/**
 * What the holding reply to the person says of the forwarding to the controller, as of its own
 * date: "we forwarded it on …" only for a forwarding recorded by then, "we will forward it by …"
 * only for a day not yet past; otherwise "without undue delay" (review 4: no letter to a person
 * promises a day already past, nor states as done what happened after it).
 */
export function holdingReplyForwarding(detail: RequestDetail, letterDate: string, language: LetterLanguage): FieldValues {
  const side = detail.processorSide;
  const on = side?.forwardedOn && side.forwardedOn <= letterDate ? side.forwardedOn : null;
  const by = on === null && side?.forwardBy && side.forwardBy >= letterDate ? side.forwardBy : null;
  return { 'forward.on': on ? formatCivilDate(on, language) : null, 'forward.by': by ? formatCivilDate(by, language) : null };
}
