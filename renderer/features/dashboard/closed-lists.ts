import type { DeadlineKind } from '../../../electron/shared/calendar';
import type { RequestGroupKey } from '../../../electron/shared/dashboard';
import type { RetentionTrigger } from '../../../electron/shared/retention';

/**
 * The closed lists the screens walk, in the order they show them. The renderer imports only
 * types from the contract, so the lists are written here and checked against those types:
 * a value missing or unknown fails to compile.
 */
function complete<T extends string>() {
  return <const A extends readonly T[]>(list: A & ([Exclude<T, A[number]>] extends [never] ? unknown : 'missing a value')): A => list;
}

export const requestGroups = complete<RequestGroupKey>()(['overdue', 'pastCommitment', 'dueToday', 'dueThisWeek', 'acknowledgements', 'extensionNotices']);
export const deadlineKinds = complete<DeadlineKind>()(['request-due', 'request-ack', 'extension-notice', 'breach-72h', 'breach-follow-up', 'breach-client', 'breach-nis2', 'breach-nis2-progress', 'processor-forward', 'retention-review', 'register-review']);
export const retentionTriggers = complete<RetentionTrigger>()(['collection', 'end-of-relationship', 'account-closure', 'last-activity', 'end-of-financial-year', 'other']);
