import type { DocumentKind } from '../../../shared/document-contract';
import type { RequestDetail } from '../../../shared/requests';
import { msg, type Message } from '../../i18n';
import { fillPlaceholders } from '../letters/placeholders';
import { loadTemplate } from '../letters/template-files';

/**
 * Whether a letter of `kind` gives the person their data: the access, portability and FADP
 * responses, the CCPA response to know, the PIPEDA response (Sch. 1, 4.9), and the LGPD
 * confirmation (Art. 19, I: it confirms the processing and may sum the data up) and declaration
 * (Art. 19, II), unless the declaration states that no record is held (nothing is disclosed,
 * as the GDPR's "no data held" answer).
 */
function disclosesData(detail: RequestDetail, kind: DocumentKind): boolean {
  switch (kind) {
    case 'access-response':
    case 'access-partial':
    case 'portability-response':
    case 'fadp-response':
    case 'pipeda-response':
    case 'lgpd-confirmation':
      return true;
    case 'lgpd-declaration':
      return detail.outcome !== 'no-data-held';
    case 'ccpa-response':
      return detail.types.includes('know');
    default:
      return false;
  }
}

/** The message keys of the hold under each law that has its own identity ground; the GDPR and UK GDPR share one with the law's name. */
const HOLD_KEYS: Partial<Record<RequestDetail['regime'], string>> = {
  // CCPA regs §§ 7060–7062.
  ccpa: 'msg.error.letter.identityBeforeDataCcpa',
  // The Swiss Ordinance: appropriate measures to identify the person (DPO Art. 16(5)).
  'ch-fadp': 'msg.error.letter.identityBeforeDataFadp',
  // PIPEDA Sch. 1: the information sufficient to give the account (4.9.2), safeguards against unauthorized disclosure (4.7.1).
  pipeda: 'msg.error.letter.identityBeforeDataPipeda',
  // LGPD: the rights exercised on the express request of the person or a legally constituted representative (Art. 18, § 3), security against unauthorised access (Art. 46).
  lgpd: 'msg.error.letter.identityBeforeDataLgpd',
};

/**
 * Why a letter that gives the person their data cannot be finalised yet: their identity is
 * still open on the register (not verified, not recorded as not needed), as closing the
 * request is held back. The reason names the letter by its title in the reader's language,
 * never by its code, and cites the request's own law (Arts 12(6), 5(1)(f) GDPR or UK GDPR;
 * CCPA regs §§ 7060–7062; FADO Art. 16(5); PIPEDA Sch. 1, 4.9.2 and 4.7.1; LGPD Arts 18 § 3 and 46),
 * never the GDPR for another law. Null when nothing holds it.
 */
export function identityHold(detail: RequestDetail, kind: DocumentKind, lawShort: string): Message | null {
  const identityOpen = detail.identity.outcome === 'pending' || detail.identity.outcome === 'failed';
  if (!identityOpen || !disclosesData(detail, kind)) return null;
  const template = loadTemplate('request', kind);
  const named = (text: string) => fillPlaceholders(text, (key) => (key === 'request.reference' ? detail.reference : ''));
  const title = { en: named(template.en.title), it: named(template.it.title) };
  const key = HOLD_KEYS[detail.regime];
  return key ? msg(key, { kind, title, reference: detail.reference }) : msg('msg.error.letter.identityBeforeData', { kind, title, reference: detail.reference, law: lawShort });
}
