import type { LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import { fillPlaceholders } from '../letters/placeholders';
import type { LetterLabels } from '../letters/template-schema';

/**
 * The label an identity check's method starts "What we need" from. Under the GDPR and the UK
 * GDPR a representative is asked for the person's signed authorisation and, where a company or
 * firm acts, the identity and powers of the natural person signing for it, never for "your
 * identity": a company has no identity document (tenth review, K26; Art. 5(1)(c) and 12(6)).
 */
function labelKey(detail: RequestDetail): string | null {
  const method = detail.identity.method;
  if (method === 'agent-authorisation' && (detail.regime === 'gdpr' || detail.regime === 'uk-gdpr')) return 'agent-authorisation-gdpr';
  return method;
}

/** What the identity letter asks for, as its editable field starts: the method's label, the person named. */
export function identityNeededDefault(detail: RequestDetail, language: LetterLanguage, labels: LetterLabels): string | null {
  const key = labelKey(detail);
  const text = key === null ? undefined : labels.identityNeeds[key]?.[language];
  if (text === undefined) return null;
  return fillPlaceholders(text, (field) => (field === 'subject.name' ? detail.subjectName : `{{${field}}}`));
}
