import type { AddBreachNotification, AuthorityPhase, BreachNotification, BreachOptions, NotificationRecipient } from '../../../../../electron/shared/breaches';
import { isInFuture } from '../../../../../electron/shared/pure/future-instant';

type AuthorityChannel = BreachOptions['authorityChannels'][number];
type SubjectChannel = BreachOptions['subjectChannels'][number];
type PublicChannel = BreachOptions['publicChannels'][number];

/** A notification as its form holds it (the moment sent is a separate field). */
export interface NoticeDraft {
  phase: AuthorityPhase | '';
  channel: string;
  reference: string;
  summary: string;
  delayReasons: string;
  /** What a supplementary or complete notice adds to or corrects in the earlier ones. */
  adds: string;
  recipientsCount: string;
}

export type NoticeIssue = 'phase' | 'channel' | 'summary' | 'delayReasons' | 'adds' | 'recipientsCount' | 'sentAt' | 'sentAtFuture';

/**
 * The phases the Garante's model allows next: a preliminary notification only first, one
 * complete notification, supplementary ones once something was sent.
 */
export function allowedPhases(notifications: readonly Pick<BreachNotification, 'recipient' | 'phase'>[]): AuthorityPhase[] {
  const authority = notifications.filter((n) => n.recipient === 'authority');
  const phases: AuthorityPhase[] = [];
  if (authority.length === 0) phases.push('preliminary');
  if (!authority.some((n) => n.phase === 'complete')) phases.push('complete');
  if (authority.length > 0) phases.push('supplementary');
  return phases;
}

/**
 * Art. 33(1): the first notification to the authority, when sent after the 72 hours, must
 * give the reasons for the delay. Later phases add to it and need none.
 */
export function needsDelayReasons(notifications: readonly Pick<BreachNotification, 'recipient' | 'sentAt'>[], authorityDeadline: string, sentAt: string | null): boolean {
  if (sentAt === null) return false;
  const sent = Date.parse(sentAt);
  const earlier = notifications.some((n) => n.recipient === 'authority' && Date.parse(n.sentAt) <= sent);
  return !earlier && sent > Date.parse(authorityDeadline);
}

/**
 * Art. 33(4): a supplementary or complete notice sent after an earlier notice to the
 * authority says what it adds to or corrects in it.
 */
export function needsAdds(notifications: readonly Pick<BreachNotification, 'recipient' | 'sentAt'>[], phase: AuthorityPhase | '', sentAt: string | null): boolean {
  if (phase === '' || phase === 'preliminary') return false;
  const sent = sentAt === null ? Number.POSITIVE_INFINITY : Date.parse(sentAt);
  return notifications.some((n) => n.recipient === 'authority' && Date.parse(n.sentAt) <= sent);
}

/** What stops the notice from being recorded, checked as the back end will. */
export function noticeIssues(recipient: NotificationRecipient, draft: NoticeDraft, sentAt: string | null, nowMs: number, delayNeeded: boolean, addsNeeded = false): NoticeIssue[] {
  const issues: NoticeIssue[] = [];
  if (sentAt === null) issues.push('sentAt');
  else if (isInFuture(sentAt, nowMs)) issues.push('sentAtFuture');
  if (!draft.summary.trim()) issues.push('summary');
  if (recipient === 'authority' && !draft.phase) issues.push('phase');
  if (recipient !== 'authority' && !draft.channel) issues.push('channel');
  if (recipient === 'subjects' && !(Number.isInteger(Number(draft.recipientsCount)) && Number(draft.recipientsCount) >= 1)) issues.push('recipientsCount');
  if (recipient === 'authority' && delayNeeded && !draft.delayReasons.trim()) issues.push('delayReasons');
  if (recipient === 'authority' && addsNeeded && !draft.adds.trim()) issues.push('adds');
  return issues;
}

/** The 'breaches.addNotification' input for a draft that has no issues. */
export function noticeInput(recipient: NotificationRecipient, draft: NoticeDraft, sentAt: string): AddBreachNotification {
  const common = { sentAt, summary: draft.summary.trim(), reference: draft.reference.trim() || null };
  if (recipient === 'authority') {
    return {
      ...common,
      recipient,
      phase: draft.phase || 'preliminary',
      channel: (draft.channel || null) as AuthorityChannel | null,
      delayReasons: draft.delayReasons.trim() || null,
      ...(draft.phase && draft.phase !== 'preliminary' ? { adds: draft.adds.trim() || null } : {}),
    };
  }
  if (recipient === 'subjects') return { ...common, recipient, channel: draft.channel as SubjectChannel, recipientsCount: Number(draft.recipientsCount) };
  return { ...common, recipient, channel: draft.channel as PublicChannel };
}
