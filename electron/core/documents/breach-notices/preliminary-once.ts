import type { BreachDetail } from '../../../shared/breaches';
import type { LetterInputs } from '../../../shared/document-contract';
import { civilDateInZone } from '../../deadlines';
import { AppError, fieldIssue } from '../../errors';
import { msg } from '../../i18n';
import type { NoticeMoment } from './notice-moment';

/**
 * There is one preliminary notification (Art. 33(4) GDPR: the rest follows in phases). Once
 * one was sent before this document's date, a notification chosen as "preliminary" is
 * refused (VALIDATION), naming when it went and its reference, and pointing to the complete
 * or supplementary notification. The recorded preliminary itself, regenerated on its own
 * date, is still allowed.
 */
export function refuseSecondPreliminary(detail: BreachDetail, given: LetterInputs | undefined, moment: NoticeMoment): void {
  const phase = given?.['notice.phase'];
  if (typeof phase !== 'string' || phase.trim() !== 'preliminary' || moment.self !== null) return;
  const earlier = detail.notifications.find((n) => n.recipient === 'authority' && n.phase === 'preliminary' && moment.happened(n.sentAt));
  if (!earlier) return;
  const detailMessage = msg(earlier.reference ? 'msg.error.letter.preliminarySentRef' : 'msg.error.letter.preliminarySent', {
    reference: detail.reference,
    sentOn: civilDateInZone(earlier.sentAt, detail.timeZone ?? 'UTC'),
    protocol: earlier.reference ?? '',
  });
  throw new AppError('VALIDATION', detailMessage, [fieldIssue('notice.phase', detailMessage)]);
}
