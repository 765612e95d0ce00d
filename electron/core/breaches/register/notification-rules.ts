import type { AuthorityPhase, NotificationRecipient } from '../../../shared/breaches';
import type { FieldIssue } from '../../../shared/result';
import { AUTHORITY_NOTICE_HOURS } from '../../../shared/pure/breach-clock';
import { hoursBetween } from './breach-clock';
import { isInFuture } from '../../../shared/pure/future-instant';
import { msg } from '../../i18n';

export interface RecordedNotice {
  recipient: NotificationRecipient;
  phase: AuthorityPhase | null;
  sentAt: string;
}

export interface NewNotice extends RecordedNotice {
  delayReasons: string | null;
  /** What a supplementary or complete notice adds to or corrects in the earlier ones. */
  adds: string | null;
}

export interface NoticeContext {
  awareAt: string;
  authorityDeadline: string;
  existing: readonly RecordedNotice[];
  now: Date;
}

function phaseIssues(notice: NewNotice, authority: readonly RecordedNotice[], earlier: readonly RecordedNotice[]): FieldIssue[] {
  if (notice.phase === 'preliminary' && authority.length > 0) {
    return [
      {
        path: 'phase',
        message: 'The authority has already been notified: later information goes in a supplementary notification',
        detail: msg('msg.error.breach.secondPreliminary'),
      },
    ];
  }
  if (notice.phase === 'complete' && authority.some((n) => n.phase === 'complete')) {
    return [
      {
        path: 'phase',
        message: 'A complete notification is already recorded: later information goes in a supplementary notification',
        detail: msg('msg.error.breach.secondComplete'),
      },
    ];
  }
  if (notice.phase === 'supplementary' && earlier.length === 0) {
    return [
      {
        path: 'phase',
        message: 'A supplementary notification adds to an earlier one: record the preliminary or complete notification first',
        detail: msg('msg.error.breach.supplementaryFirst'),
      },
    ];
  }
  if (notice.phase !== 'preliminary' && earlier.length > 0 && notice.adds === null) {
    return [
      {
        path: 'adds',
        message: 'Say what this notification adds to or corrects in the earlier one (Art. 33(4))',
        detail: msg('msg.error.breach.addsMissing'),
      },
    ];
  }
  return [];
}

function authorityIssues(notice: NewNotice, context: NoticeContext): FieldIssue[] {
  const sent = Date.parse(notice.sentAt);
  const earlier = context.existing.filter((n) => n.recipient === 'authority' && Date.parse(n.sentAt) <= sent);
  const authority = context.existing.filter((n) => n.recipient === 'authority');
  const issues = phaseIssues(notice, authority, earlier);
  const deadline = Date.parse(context.authorityDeadline);
  if (sent > deadline && earlier.length === 0 && notice.delayReasons === null) {
    const hours = hoursBetween(Date.parse(context.awareAt), sent);
    issues.push({
      path: 'delayReasons',
      message: `This notification was sent ${hours} hours after awareness, past the ${AUTHORITY_NOTICE_HOURS}-hour deadline of ${context.authorityDeadline}: Art. 33(1) requires the reasons for the delay`,
      detail: msg('msg.error.breach.delayReasons', { hours, limit: AUTHORITY_NOTICE_HOURS }),
    });
  }
  return issues;
}

/**
 * Checks a notification against the breach: it cannot be sent before awareness or in the
 * future; the authority's phases follow the Garante's model (a preliminary notice comes
 * first, one complete notice, supplementary ones add to an earlier notice, and a notice after
 * the first says what it adds or corrects, Art. 33(4)); and
 * the first notice to the authority, when it is sent after the 72 hours, must give the
 * reasons for the delay (Art. 33(1)). Later phases add to it and need none: the delay was
 * explained with the notice that was late (or there was none).
 */
export function notificationIssues(notice: NewNotice, context: NoticeContext): FieldIssue[] {
  const sent = Date.parse(notice.sentAt);
  if (isInFuture(sent, context.now.getTime())) {
    return [{ path: 'sentAt', message: 'The notification cannot have been sent in the future', detail: msg('msg.error.breach.futureNotice') }];
  }
  if (sent < Date.parse(context.awareAt)) {
    return [{ path: 'sentAt', message: `A notification cannot precede awareness of the breach (${context.awareAt})`, detail: msg('msg.error.breach.beforeAwareness') }];
  }
  return notice.recipient === 'authority' ? authorityIssues(notice, context) : [];
}

export interface StoredNotice extends RecordedNotice {
  delayReasons: string | null;
}

/**
 * Checks a new moment of awareness against the notices already recorded: none may have been
 * sent before it, and if it makes the first notice to the authority late, that notice must
 * already give the reasons for the delay (add them, or a supplementary notice cannot fix it).
 */
export function awarenessMoveIssues(awareAt: string, authorityDeadline: string, notices: readonly StoredNotice[]): FieldIssue[] {
  const sorted = [...notices].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  const first = sorted[0];
  if (first && Date.parse(first.sentAt) < Date.parse(awareAt)) {
    return [{ path: 'awareAt', message: `A notification was sent at ${first.sentAt}, before this moment of awareness` }];
  }
  const firstToAuthority = sorted.find((n) => n.recipient === 'authority');
  if (firstToAuthority && Date.parse(firstToAuthority.sentAt) > Date.parse(authorityDeadline) && firstToAuthority.delayReasons === null) {
    return [
      {
        path: 'awareAt',
        message: `With this moment of awareness the notice to the authority of ${firstToAuthority.sentAt} comes after the ${AUTHORITY_NOTICE_HOURS} hours (deadline ${authorityDeadline}) and gives no reasons for the delay`,
      },
    ];
  }
  return [];
}
