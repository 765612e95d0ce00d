import type { AuthorityPhase, NotificationRecipient } from '../../../shared/breaches';
import { fieldIssue, type KeyedIssue } from '../../errors';
import { msg } from '../../i18n';
import { AUTHORITY_NOTICE_HOURS } from '../../../shared/pure/breach-clock';
import { hoursBetween } from './breach-clock';
import { isInFuture } from '../../../shared/pure/future-instant';

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

function phaseIssues(notice: NewNotice, authority: readonly RecordedNotice[], earlier: readonly RecordedNotice[]): KeyedIssue[] {
  if (notice.phase === 'preliminary' && authority.length > 0) return [fieldIssue('phase', msg('msg.error.breach.secondPreliminary'))];
  if (notice.phase === 'complete' && authority.some((n) => n.phase === 'complete')) return [fieldIssue('phase', msg('msg.error.breach.secondComplete'))];
  if (notice.phase === 'supplementary' && earlier.length === 0) return [fieldIssue('phase', msg('msg.error.breach.supplementaryFirst'))];
  if (notice.phase !== 'preliminary' && earlier.length > 0 && notice.adds === null) return [fieldIssue('adds', msg('msg.error.breach.addsMissing'))];
  return [];
}

function authorityIssues(notice: NewNotice, context: NoticeContext): KeyedIssue[] {
  const sent = Date.parse(notice.sentAt);
  const earlier = context.existing.filter((n) => n.recipient === 'authority' && Date.parse(n.sentAt) <= sent);
  const authority = context.existing.filter((n) => n.recipient === 'authority');
  const issues = phaseIssues(notice, authority, earlier);
  const deadline = Date.parse(context.authorityDeadline);
  if (sent > deadline && earlier.length === 0 && notice.delayReasons === null) {
    const hours = hoursBetween(Date.parse(context.awareAt), sent);
    issues.push(fieldIssue('delayReasons', msg('msg.error.breach.lateNoReasons', { hours, limit: AUTHORITY_NOTICE_HOURS, deadline: context.authorityDeadline })));
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
export function notificationIssues(notice: NewNotice, context: NoticeContext): KeyedIssue[] {
  const sent = Date.parse(notice.sentAt);
  if (isInFuture(sent, context.now.getTime())) return [fieldIssue('sentAt', msg('msg.error.breach.noticeInFuture'))];
  if (sent < Date.parse(context.awareAt)) {
    return [fieldIssue('sentAt', msg('msg.error.breach.noticeBeforeAware', { awareAt: context.awareAt }))];
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
export function awarenessMoveIssues(awareAt: string, authorityDeadline: string, notices: readonly StoredNotice[]): KeyedIssue[] {
  const sorted = [...notices].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt));
  const first = sorted[0];
  if (first && Date.parse(first.sentAt) < Date.parse(awareAt)) {
    return [fieldIssue('awareAt', msg('msg.error.breach.awareAfterNotice', { sentAt: first.sentAt }))];
  }
  const firstToAuthority = sorted.find((n) => n.recipient === 'authority');
  if (firstToAuthority && Date.parse(firstToAuthority.sentAt) > Date.parse(authorityDeadline) && firstToAuthority.delayReasons === null) {
    return [fieldIssue('awareAt', msg('msg.error.breach.awareMakesLate', { sentAt: firstToAuthority.sentAt, limit: AUTHORITY_NOTICE_HOURS, deadline: authorityDeadline }))];
  }
  return [];
}
