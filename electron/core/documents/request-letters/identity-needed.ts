import type { LetterLanguage } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import { fillPlaceholders } from '../letters/placeholders';
import type { LetterLabels } from '../letters/template-schema';
import { isCompanyName } from './recipient-greeting';

/**
 * A representative's authority, by law: the person's signed authorisation and, where a company or
 * firm acts, the identity and powers of the natural person signing for it, never "your identity":
 * a company has no identity document (tenth review, K26, for the GDPR and the UK GDPR; eleventh,
 * L2, for the LGPD, PIPEDA and the FADP). PIPEDA's letter spells "authorization" as Canadians do
 * (L9), the FADP's names the power of attorney ("procura"). The CCPA keeps its own label.
 */
const AGENT_LABEL: Partial<Record<RequestDetail['regime'], string>> = {
  gdpr: 'agent-authorisation-signatory',
  'uk-gdpr': 'agent-authorisation-signatory',
  lgpd: 'agent-authorisation-signatory',
  pipeda: 'agent-authorisation-pipeda',
  'ch-fadp': 'agent-authorisation-fadp',
};

/**
 * The label an identity check's method starts "What we need" from. Besides the representative's
 * authority above: a parent under the FADP is also asked for the consent of a child capable of
 * discernment, the right to information being strictly personal (Art. 19c(1) Swiss Civil Code;
 * L11); a Californian parent proves being the child's "parent or legal guardian", the law's
 * words, not the European "parental responsibility" (twelfth review, L1); a Canadian reader is asked for a "driver's licence" (L9).
 */
function labelKey(detail: RequestDetail): string | null {
  const method = detail.identity.method;
  if (method === 'agent-authorisation') {
    const label = AGENT_LABEL[detail.regime];
    if (label === undefined) return method;
    // A representative writing in their own name (a lawyer, a relative) signs for no company: the
    // signatory's powers are not asked for (twelfth review, L5).
    return detail.requesterName !== null && isCompanyName(detail.requesterName) ? label : `${label}-person`;
  }
  if (method === 'parental-authority-proof' && detail.regime === 'ch-fadp') return 'parental-authority-proof-fadp';
  if (method === 'parental-authority-proof' && detail.regime === 'ccpa') return 'parental-authority-proof-ccpa';
  if (method === 'id-document' && detail.regime === 'pipeda') return 'id-document-pipeda';
  return method;
}

/** What the identity letter asks for, as its editable field starts: the method's label, the person named. */
export function identityNeededDefault(detail: RequestDetail, language: LetterLanguage, labels: LetterLabels): string | null {
  const key = labelKey(detail);
  const text = key === null ? undefined : labels.identityNeeds[key]?.[language];
  if (text === undefined) return null;
  return fillPlaceholders(text, (field) => (field === 'subject.name' ? detail.subjectName : `{{${field}}}`));
}
